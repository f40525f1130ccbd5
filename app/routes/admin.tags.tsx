import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { ErrorSummary, SelectField, TextField, valueOf } from "~/components/forms";
import { renameTagSchema, tagSchema } from "~/components/manage/schemas";
import { BackLink } from "~/components/manage/BackLink";
import { SavedNotice } from "~/components/manage/SavedNotice";
import { t } from "~/lib/i18n";
import { TAG_KINDS, type TagKind } from "~/modules/tags";
import { createTag, listAllTags, renameTag, setTagRetired } from "~/modules/tags/index.server";
import { requirePermission } from "~/modules/identity/index.server";
import { notFound } from "~/platform/responses.server";
import { formFailure, formValues, parseForm, readForm } from "~/platform/forms.server";
import manageStyles from "~/styles/manage.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: manageStyles }];
export const meta: MetaFunction = () => [{ title: `${t("manage.tags.title")} – ${t("brand.appName")}` }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "admin");
  return json({ tags: await listAllTags() });
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "admin");
  const read = await readForm(request);
  if (!read.ok) return read.response;
  const form = read.formData;
  const intent = form.get("intent");

  if (intent === "add") {
    const parsed = parseForm(form, tagSchema);
    if (!parsed.ok) return formFailure(parsed);
    const result = await createTag(user.id, parsed.data);
    if (!result.ok) return formFailure({ errors: { label: t("manage.tags.error.duplicate") }, values: parsed.values });
    return redirect(`/admin/tags?saved=added#tags-${parsed.data.kind}`);
  }
  if (intent === "rename") {
    const parsed = parseForm(form, renameTagSchema);
    if (!parsed.ok) return formFailure({ errors: { [`label-${String(form.get("tagId"))}`]: parsed.errors.label ?? t("manage.tags.error.label") }, values: parsed.values });
    const result = await renameTag(user.id, parsed.data.tagId, parsed.data.label);
    if (!result.ok) {
      if (result.error === "not-found") throw notFound();
      return formFailure({ errors: { [`label-${parsed.data.tagId}`]: t("manage.tags.error.duplicate") }, values: parsed.values });
    }
    return redirect(`/admin/tags?saved=renamed`);
  }
  if (intent === "retire" || intent === "unretire") {
    const result = await setTagRetired(user.id, String(form.get("tagId") ?? ""), intent === "retire");
    if (!result.ok) throw notFound();
    return redirect(`/admin/tags?saved=${intent === "retire" ? "retired" : "unretired"}`);
  }
  return formFailure({ errors: { _form: t("manage.error.unknownAction") }, values: formValues(form) });
}

const KIND_KEYS = {
  audience: "manage.tags.kind.audience",
  language: "manage.tags.kind.language",
  access: "manage.tags.kind.access",
} as const satisfies Record<TagKind, string>;

export default function AdminTags() {
  const { tags } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const saved = params.get("saved");
  const addValues = actionData?.values.intent === "add" ? actionData.values : undefined;
  const addErrors = actionData?.values.intent === "add" ? actionData.errors : undefined;
  const renameErrors = actionData?.values.intent === "rename" ? actionData.errors : undefined;
  const renameId = actionData?.values.intent === "rename" ? valueOf(actionData.values, "tagId") : null;
  const submitted = actionData?.values.intent;
  const otherErrors = actionData && submitted !== "add" && submitted !== "rename" ? actionData.errors : undefined;

  return (
    <>
      <BackLink to="/admin">{t("manage.admin.back")}</BackLink>
      <h1>{t("manage.tags.title")}</h1>
      {saved && !actionData ? (
        <SavedNotice>{t(`manage.tags.saved.${saved === "renamed" || saved === "retired" || saved === "unretired" ? saved : "added"}`)}</SavedNotice>
      ) : null}
      <p>{t("manage.tags.intro")}</p>
      <ErrorSummary errors={renameErrors ?? otherErrors} />

      {TAG_KINDS.map((kind) => {
        const ofKind = tags.filter((tag) => tag.kind === kind);
        return (
          <section key={kind} aria-labelledby={`tags-${kind}`}>
            <h2 className="nhsuk-heading-m" id={`tags-${kind}`}>
              {t(KIND_KEYS[kind])}
            </h2>
            {ofKind.length ? (
              <table className="nhsuk-table manage-tags">
                <caption className="nhsuk-u-visually-hidden">{t(KIND_KEYS[kind])}</caption>
                <thead className="nhsuk-table__head">
                  <tr className="nhsuk-table__row">
                    <th scope="col" className="nhsuk-table__header">{t("manage.tags.col.name")}</th>
                    <th scope="col" className="nhsuk-table__header">{t("manage.tags.col.uses")}</th>
                    <th scope="col" className="nhsuk-table__header">{t("manage.tags.col.state")}</th>
                  </tr>
                </thead>
                <tbody className="nhsuk-table__body">
                  {ofKind.map((tag) => {
                    const inputId = `field-label-${tag.id}`;
                    const error = renameErrors?.[`label-${tag.id}`];
                    return (
                      <tr key={tag.id} className="nhsuk-table__row">
                        <td className="nhsuk-table__cell">
                          <Form method="post" className={`manage-rename${error ? " nhsuk-form-group--error" : ""}`}>
                            <input type="hidden" name="intent" value="rename" />
                            <input type="hidden" name="tagId" value={tag.id} />
                            <label className="nhsuk-u-visually-hidden" htmlFor={inputId}>
                              {t("manage.tags.renameLabel", { label: tag.label })}
                            </label>
                            {error ? (
                              <span className="nhsuk-error-message" id={`${inputId}-error`}>
                                <span className="nhsuk-u-visually-hidden">{t("manage.errorPrefix")}</span> {error}
                              </span>
                            ) : null}
                            <input
                              className={`nhsuk-input nhsuk-input--width-20${error ? " nhsuk-input--error" : ""}`}
                              id={inputId}
                              name="label"
                              type="text"
                              defaultValue={renameId === tag.id ? valueOf(actionData?.values, "label") : tag.label}
                              aria-describedby={error ? `${inputId}-error` : undefined}
                              aria-invalid={error ? true : undefined}
                            />{" "}
                            <button type="submit" className="nhsuk-button nhsuk-button--secondary nhsuk-button--small">
                              {t("manage.tags.rename")}
                              <span className="nhsuk-u-visually-hidden"> {tag.label}</span>
                            </button>
                          </Form>
                        </td>
                        <td className="nhsuk-table__cell">{tag.uses === 1 ? t("manage.tags.usesOne") : t("manage.tags.uses", { count: tag.uses })}</td>
                        <td className="nhsuk-table__cell">
                          <Form method="post">
                            <input type="hidden" name="tagId" value={tag.id} />
                            {tag.retired ? (
                              <>
                                <strong className="nhsuk-tag nhsuk-tag--grey">{t("manage.tags.retired")}</strong>{" "}
                                <button type="submit" name="intent" value="unretire" className="link-button manage-link-button">
                                  {t("manage.tags.unretire")}
                                  <span className="nhsuk-u-visually-hidden"> {tag.label}</span>
                                </button>
                              </>
                            ) : (
                              <button type="submit" name="intent" value="retire" className="link-button manage-link-button">
                                {t("manage.tags.retire")}
                                <span className="nhsuk-u-visually-hidden"> {tag.label}</span>
                              </button>
                            )}
                          </Form>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            ) : (
              <p>{t("manage.tags.noneOfKind")}</p>
            )}
          </section>
        );
      })}

      <h2 className="nhsuk-heading-m" id="add-tag-heading">{t("manage.tags.addHeading")}</h2>
      <Form method="post" noValidate className="manage-form" aria-labelledby="add-tag-heading">
        <ErrorSummary errors={addErrors} />
        <input type="hidden" name="intent" value="add" />
        <SelectField
          name="kind"
          label={t("manage.tags.field.kind")}
          options={TAG_KINDS.map((kind) => ({ value: kind, label: t(KIND_KEYS[kind]) }))}
          defaultValue={valueOf(addValues, "kind", "audience")}
          error={addErrors?.kind}
        />
        <TextField name="label" label={t("manage.tags.field.label")} hint={t("manage.tags.field.labelHint")} defaultValue={valueOf(addValues, "label")} error={addErrors?.label} />
        <button type="submit" className="nhsuk-button">
          {t("manage.tags.addButton")}
        </button>
      </Form>
    </>
  );
}
