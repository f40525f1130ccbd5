import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { ErrorSummary, fieldId } from "~/components/forms";
import { ApplicationSections } from "~/components/grants/ApplicationSections";
import { SavedNotice } from "~/components/manage/SavedNotice";
import { byIntent, replyMessages, text, useAppForm } from "~/lib/forms";
import { t, type MessageKey } from "~/lib/i18n";
import { formatLondonDateTime } from "~/components/grants/dates";
import { awardLink, formatPounds, mayWithdraw, problemWords, SECTION_KEYS, SECTION_TITLES, type SectionKey } from "~/modules/grants";
import { RoundGuidance } from "~/components/grants/RoundGuidance";
import { applicationAccess, getApplication, problemsOf, roundForApplicants, sectionNames, sectionsData, submitApplication } from "~/modules/grants/index.server";
import { requireUser } from "~/modules/identity/index.server";
import { readSubmission } from "~/platform/forms.server";
import { forbidden, notFound } from "~/platform/responses.server";

export const meta: MetaFunction = () => [{ title: `${t("grants.app.title")} – ${t("brand.appName")}` }];

async function applicantView(request: Request, applicationId: string | undefined) {
  const user = await requireUser(request);
  const gate = await applicationAccess(user, applicationId ?? "");
  if (!gate) throw forbidden();
  if (gate.access !== "applicant" && gate.access !== "staff") throw forbidden();
  const view = await getApplication(gate.application.id);
  if (!view) throw notFound();
  return { user, view, access: gate.access };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, view, access } = await applicantView(request, params.applicationId);
  const round = await roundForApplicants(user, view.round.id, access === "staff");
  const problems = problemsOf(view);
  const editable = access === "applicant" && (view.status === "draft" || view.status === "more-information");
  const status: Record<string, "complete" | "incomplete" | "not-started"> = {};
  for (const key of SECTION_KEYS) {
    const saved = view.sections.some((s) => s.key === key);
    status[key] = !saved ? "not-started" : problems.some((p) => p.section === key) ? "incomplete" : "complete";
  }
  return {
    application: {
      id: view.id,
      reference: view.reference,
      status: view.status,
      cafeName: view.cafeName,
      requestedPence: view.requestedPence,
      submittedAt: view.submittedAt?.toISOString() ?? null,
      organisation: view.organisation.name,
      verified: !!view.organisation.verifiedAt,
      round: { id: view.round.id, title: view.round.title, closesAt: view.round.closesAt?.toISOString() ?? null },
    },
    guidance: round ? { ...round, opensAt: round.opensAt?.toISOString() ?? null, closesAt: round.closesAt?.toISOString() ?? null } : null,
    /** An awarded application's offer (or, once accepted, its grant), for its members */
    award: access === "applicant" ? awardLink(view) : null,
    editable,
    mayWithdraw: access === "applicant" && mayWithdraw(view.status),
    status,
    reopened: Object.fromEntries(view.sections.filter((s) => s.reopenedAt).map((s) => [s.key, s.reopenComment ?? ""])),
    sections: sectionsData(view),
    names: await sectionNames(),
    attachments: view.attachments.map((a) => ({ ...a, href: `/applications/${view.id}/attachments/${a.id}` })),
    problems: problems.map((p) => ({ section: p.section, field: p.field, message: p.message })),
  };
}

const submitForm = byIntent({ submit: z.object({ confirm: text(z.string()) }) }, { otherwise: "submit" });

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, view, access } = await applicantView(request, params.applicationId);
  if (access !== "applicant") throw forbidden();
  const read = await readSubmission(request, submitForm);
  if (!read.ok) return read.response;
  const result = await submitApplication(user, view.id);
  if (result.ok) return redirect(`/organisation/applications/${view.id}?submitted=1`);
  const message: Record<string, MessageKey> = {
    closed: "grants.app.error.closed",
    "not-verified": "grants.app.error.notVerified",
    incomplete: "grants.app.error.incomplete",
    locked: "grants.app.error.locked",
    "not-found": "grants.app.error.locked",
  };
  return read.refuse({ formError: t(message[result.reason] ?? "grants.app.error.locked") }, result.reason === "incomplete" ? 400 : 409);
}

export default function ApplicationPage() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const { formProps } = useAppForm({ schema: submitForm, lastResult: actionData, id: "submit" });
  const app = data.application;
  const saved = params.get("saved") as SectionKey | null;
  return (
    <>
      <p>
        <Link to="/organisation">{t("grants.app.backHome")}</Link>
      </p>
      <h1>
        <span className="nhsuk-caption-l">
          {app.round.title}
          {" "}
        </span>
        {t("grants.app.heading", { reference: app.reference })}
      </h1>
      {saved && SECTION_KEYS.includes(saved) ? <SavedNotice>{t("grants.app.saved", { section: t(SECTION_TITLES[saved]) })}</SavedNotice> : null}
      {params.get("submitted") ? <SavedNotice>{t("grants.app.submitted")}</SavedNotice> : null}
      {params.get("withdrawn") && app.status === "withdrawn" ? <SavedNotice>{t("grants.withdraw.done")}</SavedNotice> : null}
      <dl className="nhsuk-summary-list">
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">{t("grants.app.status")}</dt>
          <dd className="nhsuk-summary-list__value">
            {t(`grants.status.${app.status}` as MessageKey)}
            {data.award ? (
              <>
                {" "}
                <Link to={data.award.href}>{t(data.award.label)}</Link>
              </>
            ) : null}
          </dd>
        </div>
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">{t("grants.app.closes")}</dt>
          <dd className="nhsuk-summary-list__value">{app.round.closesAt ? formatLondonDateTime(app.round.closesAt) : ""}</dd>
        </div>
        {app.submittedAt ? (
          <div className="nhsuk-summary-list__row">
            <dt className="nhsuk-summary-list__key">{t("grants.app.submittedAt")}</dt>
            <dd className="nhsuk-summary-list__value">{formatLondonDateTime(app.submittedAt)}</dd>
          </div>
        ) : null}
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">{t("grants.field.amountRequested")}</dt>
          <dd className="nhsuk-summary-list__value">{formatPounds(app.requestedPence)}</dd>
        </div>
      </dl>
      {!app.verified ? <div className="nhsuk-inset-text">{t("grants.app.awaitingVerification")}</div> : null}
      {data.guidance ? (
        <details className="nhsuk-details" id="guidance">
          <summary className="nhsuk-details__summary">
            <span className="nhsuk-details__summary-text">{t("grants.guidance.panel")}</span>
          </summary>
          <div className="nhsuk-details__text">
            <RoundGuidance round={data.guidance} level={3} />
            <p>
              <Link to={`/organisation/rounds/${app.round.id}`}>{t("grants.guidance.link", { round: app.round.title })}</Link>
            </p>
          </div>
        </details>
      ) : null}
      {/* Grants (panel): the thread with the grants team and the application's history */}
      <p>
        <Link to={`/organisation/applications/${app.id}/messages`}>{t("grantsPanel.thread.link")}</Link>
      </p>

      {data.editable ? (
        <>
          <h2>{t("grants.app.sectionsHeading")}</h2>
          <ul className="nhsuk-list grants-task-list">
            {SECTION_KEYS.map((key) => {
              const reopened = key in data.reopened;
              const canEdit = app.status === "draft" || reopened;
              return (
                <li key={key}>
                  {canEdit ? <Link to={`/organisation/applications/${app.id}/${key}`}>{t(SECTION_TITLES[key])}</Link> : t(SECTION_TITLES[key])}{" "}
                  <strong className="nhsuk-tag">{t(`grants.section.${data.status[key] === "not-started" ? "notStarted" : data.status[key]}` as MessageKey)}</strong>
                  {reopened ? <span className="nhsuk-hint"> {t("grants.section.reopened", { comment: data.reopened[key] ?? "" })}</span> : null}
                </li>
              );
            })}
          </ul>
          <h2>{t("grants.app.submitHeading")}</h2>
          <Form method="post" {...formProps}>
            <ErrorSummary errors={replyMessages(actionData)} />
            {data.problems.length ? (
              <>
                <p>{t("grants.app.stillToDo", { count: data.problems.length })}</p>
                <ul>
                  {data.problems.slice(0, 20).map((p, i) => (
                    <li key={i}>
                      <Link to={`/organisation/applications/${app.id}/${p.section}${p.field ? `#${fieldId(p.field)}` : ""}`}>{t(SECTION_TITLES[p.section as SectionKey])}</Link>:{" "}
                      {problemWords(p)}
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              <p>{t("grants.app.ready")}</p>
            )}
            <input type="hidden" name="intent" value="submit" />
            <input type="hidden" name="confirm" value="yes" />
            <button type="submit" className="nhsuk-button">
              {app.status === "more-information" ? t("grants.app.resubmit") : t("grants.app.submit")}
            </button>
          </Form>
        </>
      ) : null}

      {data.mayWithdraw ? (
        <p>
          <Link to={`/organisation/applications/${app.id}/withdraw`}>{t("grants.withdraw.link")}</Link>
        </p>
      ) : null}

      <h2>{t("grants.app.answersHeading")}</h2>
      <ApplicationSections sections={data.sections} names={data.names} attachments={data.attachments} reopened={data.reopened} headingLevel={3} />
    </>
  );
}
