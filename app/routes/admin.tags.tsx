import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useCallback, useState } from "react";
import { KIND_KEYS, TagTable, type RenameRefusal } from "~/components/admin/TagLists";
import { ErrorSummary, SelectField, TextField } from "~/components/forms";
import { BackLink } from "~/components/manage/BackLink";
import { SavedNotice } from "~/components/manage/SavedNotice";
import { replyMessages, useAppForm, type FormReply } from "~/lib/forms";
import { code, t } from "~/lib/i18n";
import { newTagSchema, TAG_KINDS, tagListForms } from "~/modules/tags";
import { createTag, listAllTags, renameTag, setTagRetired } from "~/modules/tags/index.server";
import { requirePermission } from "~/modules/identity/index.server";
import { notFound } from "~/platform/responses.server";
import { readSubmission } from "~/platform/forms.server";
import manageStyles from "~/styles/manage.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: manageStyles }];
export const meta: MetaFunction = () => [{ title: `${t("manage.tags.title")} – ${t("brand.appName")}` }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "admin");
  return { tags: await listAllTags() };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "admin");
  const read = await readSubmission(request, tagListForms);
  if (!read.ok) return read.response;
  const form = read.value;
  const duplicate = { fieldErrors: { label: code("manage.tags.error.duplicate") } };

  if (form.intent === "add") {
    const result = await createTag(user.id, { kind: form.kind, label: form.label });
    if (!result.ok) return read.refuse(duplicate);
    return redirect(`/admin/tags?saved=added#tags-${form.kind}`);
  }
  if (form.intent === "rename") {
    const result = await renameTag(user.id, form.tagId, form.label);
    if (!result.ok) {
      if (result.error === "not-found") throw notFound();
      return read.refuse(duplicate);
    }
    return redirect(`/admin/tags?saved=renamed`);
  }
  const retire = form.intent === "retire";
  const result = await setTagRetired(user.id, form.tagId, retire);
  if (!result.ok) throw notFound();
  return redirect(`/admin/tags?saved=${retire ? "retired" : "unretired"}`);
}

type Refused = { tagId: string; message: string };

/** The refused rename the page's error summary shows: the server's answer, then the one last tried in the browser. */
function useRenameRefusal(reply: FormReply | null) {
  const [refused, setRefused] = useState<Refused | null>(() => {
    const tagId = reply?.initialValue?.tagId;
    const messages = replyMessages(reply);
    const message = messages.label ?? messages.tagId ?? messages._form;
    return typeof tagId === "string" && message ? { tagId, message } : null;
  });
  const onRefused = useCallback<RenameRefusal>((tagId, message) => {
    setRefused((shown) => {
      if (message) return shown?.tagId === tagId && shown.message === message ? shown : { tagId, message };
      return shown?.tagId === tagId ? null : shown;
    });
  }, []);
  return { summary: refused ? { [`label-${refused.tagId}`]: refused.message } : undefined, onRefused };
}

export default function AdminTags() {
  const { tags } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const saved = params.get("saved");
  const submitted = actionData?.initialValue?.intent;
  const renameReply = submitted === "rename" ? actionData! : null;
  const otherErrors = actionData && submitted !== "add" && submitted !== "rename" ? replyMessages(actionData) : undefined;
  const rename = useRenameRefusal(renameReply);
  const add = useAppForm({ schema: newTagSchema, lastResult: submitted === "add" ? actionData : null, id: "add-tag", defaultValue: { kind: "audience" } });

  return (
    <>
      <BackLink to="/admin">{t("manage.admin.back")}</BackLink>
      <h1>{t("manage.tags.title")}</h1>
      {saved && !actionData ? (
        <SavedNotice>{t(`manage.tags.saved.${saved === "renamed" || saved === "retired" || saved === "unretired" ? saved : "added"}`)}</SavedNotice>
      ) : null}
      <p>{t("manage.tags.intro")}</p>
      <ErrorSummary errors={rename.summary ?? otherErrors} />

      {TAG_KINDS.map((kind) => {
        const ofKind = tags.filter((tag) => tag.kind === kind);
        return (
          <section key={kind} aria-labelledby={`tags-${kind}`}>
            <h2 className="nhsuk-heading-m" id={`tags-${kind}`}>
              {t(KIND_KEYS[kind])}
            </h2>
            {ofKind.length ? (
              <TagTable kind={kind} tags={ofKind} renameReply={renameReply} onRenameRefused={rename.onRefused} />
            ) : (
              <p>{t("manage.tags.noneOfKind")}</p>
            )}
          </section>
        );
      })}

      <h2 className="nhsuk-heading-m" id="add-tag-heading">{t("manage.tags.addHeading")}</h2>
      <Form method="post" {...add.formProps} className="manage-form" aria-labelledby="add-tag-heading">
        <ErrorSummary errors={add.summary} />
        <input type="hidden" name="intent" value="add" />
        <SelectField
          field={add.fields.kind}
          label={t("manage.tags.field.kind")}
          options={TAG_KINDS.map((kind) => ({ value: kind, label: t(KIND_KEYS[kind]) }))}
        />
        <TextField field={add.fields.label} label={t("manage.tags.field.label")} hint={t("manage.tags.field.labelHint")} />
        <button type="submit" className="nhsuk-button">
          {t("manage.tags.addButton")}
        </button>
      </Form>
    </>
  );
}
