import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorSummary } from "~/components/forms";
import { failureErrors } from "~/components/manage/results";
import { sessionSchema } from "~/components/manage/schemas";
import { describeSession } from "~/components/manage/schedule-text";
import { HoursPreview, PreviewSection, PreviewAndSaveButtons } from "~/components/manage/ListingPreview";
import { RemoveForm } from "~/components/manage/RemoveForm";
import { SessionFields } from "~/components/manage/SessionFields";
import { t } from "~/lib/i18n";
import { checkSession, getManagedCafe, hoursPreview, removeSession, updateSession, type ManagedCafe } from "~/modules/cafe/index.server";
import { can } from "~/modules/identity";
import { requireCafe } from "~/modules/identity/index.server";
import { notFound } from "~/platform/responses.server";
import { formFailure, formValues, parseForm, readForm, unreadableFormFailure, writeFailure, type FormValues } from "~/platform/forms.server";

export const meta: MetaFunction = () => [{ title: `${t("manage.session.changeTitle")} – ${t("brand.appName")}` }];

/** The café and its session named in the address, after the access check; 404 (thrown) when either is missing. */
async function load(args: { request: Request; params: { cafeId?: string; sessionId?: string } }, permission: "cafe.view" | "cafe.edit") {
  const found = await requireCafe(args, permission, getManagedCafe);
  const session = found.cafe.sessions.find((s) => s.id === args.params.sessionId);
  if (!session) throw notFound();
  return { ...found, session };
}

/** The form's values as stored. */
function sessionValues(session: ManagedCafe["sessions"][number]): FormValues {
  return {
    dayOfWeek: String(session.dayOfWeek),
    startTime: session.startTime,
    endTime: session.endTime,
    validFrom: session.validFrom ?? "",
    validUntil: session.validUntil ?? "",
    offerId: session.offerId ?? "",
    capPlaces: session.capPlaces === null ? "" : String(session.capPlaces),
  };
}

export async function loader(args: LoaderFunctionArgs) {
  const { cafeId, user, cafe, session } = await load(args, "cafe.view");
  const values = sessionValues(session);
  return json({
    cafeId,
    canEdit: can(user, "cafe.edit", { cafeId }),
    text: describeSession(session),
    values,
    offers: cafe.offers.map((o) => ({ id: o.id, title: o.title })),
    capPlacesDefault: cafe.capPlacesDefault,
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { cafeId, user, cafe, session } = await load({ request, params }, "cafe.edit");
  const read = await readForm(request);
  if (!read.ok) return unreadableFormFailure(read, sessionValues(session));
  const form = read.formData;
  const intent = form.get("intent") ?? "save";
  if (intent === "remove") {
    const result = await removeSession(user, cafeId, session.id);
    if (!result.ok) throw notFound();
    return redirect(`/manage/cafes/${cafeId}/sessions?saved=removed`);
  }
  if (intent !== "save" && intent !== "preview") return formFailure({ errors: { _form: t("manage.error.unknownAction") }, values: formValues(form) });
  const parsed = parseForm(form, sessionSchema);
  if (!parsed.ok) return formFailure(parsed);

  if (intent === "preview") {
    const check = await checkSession(cafeId, session.id, parsed.data);
    if (!check.ok) return writeFailure(failureErrors(check), parsed.values);
    const changed = { ...parsed.data, id: session.id, offer: cafe.offers.find((o) => o.id === parsed.data.offerId) ?? null };
    const sessions = cafe.sessions.map((s) => (s.id === session.id ? changed : s));
    return json({ errors: {}, values: parsed.values, preview: hoursPreview(cafe, { sessions, exceptions: cafe.exceptions }, parsed.data.validFrom) });
  }

  const result = await updateSession(user, cafeId, session.id, parsed.data);
  if (!result.ok) return writeFailure(failureErrors(result), parsed.values);
  return redirect(`/manage/cafes/${cafeId}/sessions?saved=changed`);
}

export default function ChangeSession() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const values = actionData?.values ?? data.values;
  const errors = actionData?.errors;
  const preview = actionData && "preview" in actionData ? actionData.preview : null;
  return (
    <>
      <h1>{t("manage.session.changeTitle")}</h1>
      <p className="nhsuk-body-l">{data.text}</p>
      {preview ? (
        <PreviewSection shows={preview}>
          <HoursPreview hours={preview} />
        </PreviewSection>
      ) : null}
      {data.canEdit ? (
        <>
          <Form method="post" noValidate className="manage-form">
            <ErrorSummary errors={errors} />
            <SessionFields values={values} errors={errors} offers={data.offers} capPlacesDefault={data.capPlacesDefault} />
            <PreviewAndSaveButtons intent="save" label={t("manage.session.save")} />
          </Form>
          <RemoveForm heading={t("manage.session.removeHeading")} button={t("manage.session.removeButton")} />
        </>
      ) : null}
      <p>
        <Link to={`/manage/cafes/${data.cafeId}/sessions`}>{t("manage.session.cancel")}</Link>
      </p>
    </>
  );
}
