import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { ErrorSummary } from "~/components/forms";
import { failureErrors } from "~/components/manage/results";
import { describeSession, validityText } from "~/components/manage/schedule-text";
import { PlacesField, SessionFields } from "~/components/manage/SessionFields";
import { HoursPreviewSection, PreviewAndSaveButtons } from "~/components/manage/ListingPreview";
import { SavedNotice } from "~/components/manage/SavedNotice";
import { byIntent, sentValue, useAppForm } from "~/lib/forms";
import { t } from "~/lib/i18n";
import { capPlacesFor } from "~/modules/bookings";
import { capDefaultSchema, sessionSchema } from "~/modules/cafe";
import { addSession, checkSession, getManagedCafe, hoursPreview, setCapPlacesDefault } from "~/modules/cafe/index.server";
import { can } from "~/modules/identity";
import { requireCafe } from "~/modules/identity/index.server";
import { refused } from "~/platform/responses.server";
import { readSubmission } from "~/platform/forms.server";

export const meta: MetaFunction = () => [{ title: `${t("manage.sessions.title")} – ${t("brand.appName")}` }];

export async function loader(args: LoaderFunctionArgs) {
  const { cafeId, user, cafe } = await requireCafe(args, "cafe.view", getManagedCafe);
  return {
    cafeId,
    canEdit: can(user, "cafe.edit", { cafeId }),
    capPlacesDefault: cafe.capPlacesDefault,
    offers: cafe.offers.map((o) => ({ id: o.id, title: o.title })),
    sessions: cafe.sessions.map((s) => ({
      id: s.id,
      text: describeSession(s),
      validity: validityText(s.validFrom, s.validUntil),
      offer: s.offer?.title ?? null,
      capPlaces: capPlacesFor(s, cafe.capPlacesDefault),
      capIsDefault: s.capPlaces === null,
    })),
  };
}

/** The page's forms: a new session (with Preview), and the café's usual number of CAP places. */
const sessionsForms = byIntent({ add: sessionSchema, preview: sessionSchema, "cap-default": capDefaultSchema });

export async function action({ request, params }: ActionFunctionArgs) {
  const { cafeId, user, cafe } = await requireCafe({ request, params }, "cafe.edit", getManagedCafe);
  const read = await readSubmission(request, sessionsForms);
  if (!read.ok) return read.response;
  const form = read.value;

  if (form.intent === "cap-default") {
    const result = await setCapPlacesDefault(user, cafeId, form.capPlacesDefault);
    if (!result.ok) return read.refuse({ fieldErrors: failureErrors(result) ?? refused(result) });
    return redirect(`/manage/cafes/${cafeId}/sessions?saved=cap`);
  }

  if (form.intent === "preview") {
    const check = await checkSession(cafeId, null, form);
    if (!check.ok) return read.refuse({ fieldErrors: failureErrors(check) ?? refused(check) });
    const added = { ...form, id: "preview", offer: cafe.offers.find((o) => o.id === form.offerId) ?? null };
    return { ...read.reply(), preview: hoursPreview(cafe, { sessions: [...cafe.sessions, added], exceptions: cafe.exceptions }, form.validFrom) };
  }

  const result = await addSession(user, cafeId, form);
  if (!result.ok) return read.refuse({ fieldErrors: failureErrors(result) ?? refused(result) });
  return redirect(`/manage/cafes/${cafeId}/sessions?saved=added`);
}

export default function CafeSessions() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const capSent = sentValue(actionData, "intent") === "cap-default";
  const session = useAppForm({ schema: sessionSchema, lastResult: capSent ? null : actionData, id: "add-session" });
  const cap = useAppForm({
    schema: capDefaultSchema,
    lastResult: capSent ? actionData : null,
    defaultValue: { capPlacesDefault: String(data.capPlacesDefault) },
    id: "cap-default",
  });
  const preview = actionData && "preview" in actionData ? actionData.preview : null;
  const saved = params.get("saved");

  return (
    <>
      <h1>{t("manage.sessions.title")}</h1>
      {saved && !actionData ? (
        <SavedNotice>{t(saved === "cap" ? "manage.sessions.capSaved" : saved === "removed" ? "manage.sessions.removed" : saved === "changed" ? "manage.sessions.changed" : "manage.sessions.added")}</SavedNotice>
      ) : null}
      <p>{t("manage.sessions.intro")}</p>

      {data.sessions.length ? (
        <table className="nhsuk-table">
          <caption className="nhsuk-table__caption nhsuk-table__caption--s">{t("manage.sessions.tableCaption")}</caption>
          <thead className="nhsuk-table__head">
            <tr className="nhsuk-table__row">
              <th scope="col" className="nhsuk-table__header">{t("manage.sessions.col.session")}</th>
              <th scope="col" className="nhsuk-table__header">{t("manage.sessions.col.offer")}</th>
              <th scope="col" className="nhsuk-table__header">{t("manage.sessions.col.cap")}</th>
              <th scope="col" className="nhsuk-table__header">
                <span className="nhsuk-u-visually-hidden">{t("manage.sessions.col.actions")}</span>
              </th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {data.sessions.map((s) => (
              <tr key={s.id} className="nhsuk-table__row">
                <td className="nhsuk-table__cell">
                  {s.text}
                  {s.validity ? <span className="manage-line manage-muted">{s.validity}</span> : null}
                </td>
                <td className="nhsuk-table__cell">{s.offer ?? t("manage.sessions.noOffer")}</td>
                <td className="nhsuk-table__cell">
                  {s.capIsDefault ? t("manage.sessions.capDefaultValue", { places: s.capPlaces }) : s.capPlaces}
                </td>
                <td className="nhsuk-table__cell">
                  {data.canEdit ? (
                    <Link to={`/manage/cafes/${data.cafeId}/sessions/${s.id}`}>
                      {t("manage.sessions.change")}
                      <span className="nhsuk-u-visually-hidden"> {s.text}</span>
                    </Link>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t("manage.sessions.none")}</p>
      )}

      <HoursPreviewSection hours={preview} />

      {data.canEdit ? (
        <>
          <h2 className="nhsuk-heading-m" id="add-session-heading">{t("manage.sessions.addHeading")}</h2>
          <Form method="post" {...session.formProps} className="manage-form" aria-labelledby="add-session-heading">
            <ErrorSummary errors={session.summary} />
            <SessionFields fields={session.fields} offers={data.offers} capPlacesDefault={data.capPlacesDefault} />
            <PreviewAndSaveButtons intent="add" label={t("manage.sessions.addButton")} />
          </Form>

          <h2 className="nhsuk-heading-m" id="cap-heading">{t("manage.sessions.capHeading")}</h2>
          <Form method="post" {...cap.formProps} className="manage-form" aria-labelledby="cap-heading">
            <ErrorSummary errors={cap.summary} />
            <input type="hidden" name="intent" value="cap-default" />
            <PlacesField field={cap.fields.capPlacesDefault} label={t("manage.sessions.capDefaultLabel")} hint={t("manage.sessions.capDefaultHint")} />
            <button type="submit" className="nhsuk-button nhsuk-button--secondary">
              {t("manage.sessions.capSave")}
            </button>
          </Form>
        </>
      ) : (
        <p>{t("manage.sessions.capDefaultRead", { places: data.capPlacesDefault })}</p>
      )}
    </>
  );
}
