import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useFetcher, useLoaderData } from "@remix-run/react";
import { useEffect, useRef, useState } from "react";
import { ErrorSummary } from "~/components/forms";
import { ApplicationSections } from "~/components/grants/ApplicationSections";
import { AttachmentForms } from "~/components/grants/AttachmentForms";
import { flatten, SectionFields } from "~/components/grants/SectionFields";
import { replyMessages, useAppForm } from "~/lib/forms";
import { code, t, type MessageKey } from "~/lib/i18n";
import { isSectionKey, sectionAttachments, sectionFormValues, sectionSchemaWithVersion, SECTION_FORM_MAX_BYTES, SECTION_TITLES, type SectionKey } from "~/modules/grants";
import { applicationAccess, getApplication, saveSection, sectionNames } from "~/modules/grants/index.server";
import { requireUser } from "~/modules/identity/index.server";
import { tagChoices } from "~/modules/tags/index.server";
import { readSubmission } from "~/platform/forms.server";
import { forbidden, notFound } from "~/platform/responses.server";

export const meta: MetaFunction = () => [{ title: `${t("grants.form.title")} – ${t("brand.appName")}` }];

/** The application and section of the address, if the person is a member of the applying organisation. */
async function applicantSection(request: Request, params: { applicationId?: string; section?: string }) {
  const user = await requireUser(request);
  const key = params.section;
  const gate = await applicationAccess(user, params.applicationId ?? "");
  if (!gate || (gate.access !== "applicant" && gate.access !== "staff")) throw forbidden();
  if (!isSectionKey(key)) throw notFound();
  const view = await getApplication(gate.application.id);
  if (!view) throw notFound();
  return { user, key, view, access: gate.access };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { key, view, access } = await applicantSection(request, params);
  const stored = view.sections.find((s) => s.key === key);
  const editable = access === "applicant" && (view.status === "draft" || (view.status === "more-information" && !!stored?.reopenedAt));
  const [languages, names] = await Promise.all([key === "languages" ? tagChoices(["language"], []) : Promise.resolve([]), sectionNames()]);
  return {
    key,
    editable,
    application: { id: view.id, reference: view.reference, status: view.status, roundId: view.round.id, roundTitle: view.round.title, roundKind: view.round.kind },
    version: stored?.version ?? 0,
    stored: (stored?.data ?? null) as unknown,
    values: flatten(sectionFormValues(key, stored?.data ?? null)),
    reopenComment: stored?.reopenComment ?? null,
    languages: languages.map((tag) => ({ value: tag.id, label: tag.label })),
    sites: view.round.areas.filter((a) => a.coverageSiteId).map((a) => ({ value: a.coverageSiteId!, label: a.coverageSite?.name ?? "" })),
    attachments: view.attachments
      .filter((a) => sectionAttachments(key).includes(a.kind as never))
      .map((a) => ({ ...a, href: `/applications/${view.id}/attachments/${a.id}` })),
    names,
    uploadError: uploadProblem(request),
  };
}

/** A refused upload, from the address the upload answered with (?upload=<kind>:<problem>). */
function uploadProblem(request: Request): { kind: string; message: string } | null {
  const raw = new URL(request.url).searchParams.get("upload");
  if (!raw) return null;
  const [kind = "", problem = ""] = raw.split(":");
  const known = ["too-large", "empty", "wrong-type", "locked", "unreadable"];
  return { kind, message: t(`grants.attachment.error.${known.includes(problem) ? problem : "unreadable"}` as MessageKey) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, key, access, view } = await applicantSection(request, params);
  if (access !== "applicant") throw forbidden();
  // A body too large to read: nothing typed can come back, so the form shows the last saved answers.
  const stored = view.sections.find((s) => s.key === key);
  const read = await readSubmission(request, sectionSchemaWithVersion(key), {
    maxBytes: SECTION_FORM_MAX_BYTES,
    tooLarge: code("grants.form.error.tooLarge"),
    shown: { ...flatten(sectionFormValues(key, stored?.data ?? null)), version: String(stored?.version ?? 0) },
  });
  if (!read.ok) return read.response;
  const { version, ...input } = read.value as Record<string, unknown> & { version: number };
  const autosave = read.formData.get("autosave") === "1";
  const result = await saveSection(user, params.applicationId!, key, input, version);
  if (result.ok) {
    if (autosave) return data({ saved: true as const, version: result.version });
    return redirect(`/organisation/applications/${params.applicationId}?saved=${key}`);
  }
  if (result.reason === "stale") {
    // Nothing is lost: the form keeps what this person typed; the page shows the newer save beside it.
    return data(
      { ...read.reply({ formError: t("grants.form.stale") }), stale: { data: result.current.data, version: result.current.version, updatedAt: result.current.updatedAt.toISOString() } },
      { status: 409 },
    );
  }
  if (result.reason === "not-found") throw notFound();
  if (result.reason === "unknown-choice") return read.refuse({ fieldErrors: { [result.field]: t("grants.section.error.unknownChoice") } });
  return read.refuse({ formError: t(result.reason === "not-reopened" ? "grants.form.notReopened" : "grants.form.locked") }, 409);
}

/** With JavaScript: saves quietly a few seconds after the person stops typing, and keeps the version in step. */
function useAutosave(formRef: React.RefObject<HTMLFormElement | null>, enabled: boolean, onSaved: (version: number) => void) {
  const fetcher = useFetcher<{ saved?: boolean; version?: number; stale?: unknown }>();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => {
    const form = formRef.current;
    if (!form || !enabled) return;
    const onInput = () => {
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        const body = new FormData(form);
        body.set("autosave", "1");
        fetcher.submit(body, { method: "post" });
      }, 4000);
    };
    form.addEventListener("input", onInput);
    return () => {
      form.removeEventListener("input", onInput);
      if (timer.current) clearTimeout(timer.current);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [formRef, enabled]);
  useEffect(() => {
    if (fetcher.data?.saved && typeof fetcher.data.version === "number") onSaved(fetcher.data.version);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [fetcher.data]);
  return fetcher.state !== "idle" ? "saving" : fetcher.data?.saved ? "saved" : fetcher.data?.stale ? "stale" : null;
}

export default function ApplicationSectionPage() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const reply = actionData && "status" in actionData ? actionData : null;
  const stale = actionData && "stale" in actionData ? (actionData.stale as { data: unknown; version: number; updatedAt: string }) : null;
  const { formProps } = useAppForm({ schema: sectionSchemaWithVersion(data.key as SectionKey), lastResult: reply, id: `section-${data.key}` });
  const errors = replyMessages(reply);
  const values = reply?.initialValue ? flatten(reply.initialValue) : data.values;
  const [version, setVersion] = useState(data.version);
  useEffect(() => setVersion(stale ? stale.version : data.version), [stale, data.version]);
  const formRef = useRef<HTMLFormElement>(null);
  const autosave = useAutosave(formRef, data.editable && !stale, setVersion);
  const key = data.key as SectionKey;

  return (
    <>
      <p>
        <Link to={`/organisation/applications/${data.application.id}`}>{t("grants.form.back", { reference: data.application.reference })}</Link>
      </p>
      <span className="nhsuk-caption-l">{data.application.roundTitle}</span>
      <h1>{t(SECTION_TITLES[key])}</h1>
      <p>
        <Link to={`/organisation/rounds/${data.application.roundId}`}>{t("grants.guidance.link", { round: data.application.roundTitle })}</Link>
      </p>
      {data.reopenComment ? <div className="nhsuk-inset-text">{t("grants.section.reopened", { comment: data.reopenComment })}</div> : null}
      <ErrorSummary errors={errors} />
      {stale ? (
        <div className="nhsuk-warning-callout">
          <h2 className="nhsuk-warning-callout__label">{t("grants.form.staleHeading")}</h2>
          <p>{t("grants.form.staleIntro")}</p>
          <ApplicationSections sections={{ [key]: stale.data }} names={data.names} attachments={data.attachments} only={[key]} headingLevel={3} />
          <p>{t("grants.form.staleYours")}</p>
        </div>
      ) : null}
      {data.editable ? (
        <Form method="post" {...formProps} ref={formRef} className="manage-form">
          <input type="hidden" name="version" value={String(version)} />
          <SectionFields section={key} values={values} errors={errors} roundKind={data.application.roundKind} languages={data.languages} sites={data.sites} />
          <button type="submit" className="nhsuk-button">
            {stale ? t("grants.form.saveMine") : t("grants.form.save")}
          </button>
          <p role="status" className="nhsuk-hint">
            {autosave === "saving" ? t("grants.form.autosaving") : autosave === "saved" ? t("grants.form.autosaved") : ""}
          </p>
        </Form>
      ) : (
        <>
          <p>{t("grants.form.readOnly")}</p>
          <ApplicationSections sections={{ [key]: data.stored }} only={[key]} names={data.names} attachments={data.attachments} />
        </>
      )}
      {data.editable && sectionAttachments(key).length ? <AttachmentForms
          applicationId={data.application.id}
          kinds={sectionAttachments(key)}
          attachments={data.attachments}
          returnTo={`/organisation/applications/${data.application.id}/${key}`}
          error={data.uploadError}
        /> : null}
    </>
  );
}
