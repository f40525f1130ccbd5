import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorSummary } from "~/components/forms";
import { failureErrors } from "~/components/manage/results";
import { describeSession } from "~/components/manage/schedule-text";
import { HoursPreviewSection, PreviewAndSaveButtons } from "~/components/manage/ListingPreview";
import { RemoveForm } from "~/components/manage/RemoveForm";
import { SessionFields } from "~/components/manage/SessionFields";
import { byIntent, useAppForm } from "~/lib/forms";
import { t } from "~/lib/i18n";
import { sessionSchema } from "~/modules/cafe";
import { checkSession, getManagedCafe, hoursPreview, removeSession, updateSession, type ManagedCafe } from "~/modules/cafe/index.server";
import { can } from "~/modules/identity";
import { requireCafe } from "~/modules/identity/index.server";
import { notFound, refused } from "~/platform/responses.server";
import { readSubmission } from "~/platform/forms.server";
import { z } from "zod";

export const meta: MetaFunction = () => [{ title: `${t("manage.session.changeTitle")} – ${t("brand.appName")}` }];

/** The café and its session named in the address, after the access check; 404 (thrown) when either is missing. */
async function load(args: { request: Request; params: { cafeId?: string; sessionId?: string } }, permission: "cafe.view" | "cafe.edit") {
  const found = await requireCafe(args, permission, getManagedCafe);
  const session = found.cafe.sessions.find((s) => s.id === args.params.sessionId);
  if (!session) throw notFound();
  return { ...found, session };
}

/** The form's values as stored. */
function sessionValues(session: ManagedCafe["sessions"][number]) {
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
  return {
    cafeId,
    canEdit: can(user, "cafe.edit", { cafeId }),
    text: describeSession(session),
    values: sessionValues(session),
    offers: cafe.offers.map((o) => ({ id: o.id, title: o.title })),
    capPlacesDefault: cafe.capPlacesDefault,
  };
}

/** The page's forms: the session (Preview or Save), and removing it. */
const sessionForms = byIntent({ save: sessionSchema, preview: sessionSchema, remove: z.object({}) }, { otherwise: "save" });

export async function action({ request, params }: ActionFunctionArgs) {
  const { cafeId, user, cafe, session } = await load({ request, params }, "cafe.edit");
  const read = await readSubmission(request, sessionForms, { shown: sessionValues(session) });
  if (!read.ok) return read.response;
  const form = read.value;
  if (form.intent === "remove") {
    const result = await removeSession(user, cafeId, session.id);
    if (!result.ok) refused(result);
    return redirect(`/manage/cafes/${cafeId}/sessions?saved=removed`);
  }

  if (form.intent === "preview") {
    const check = await checkSession(cafeId, session.id, form);
    if (!check.ok) return read.refuse({ fieldErrors: failureErrors(check) ?? refused(check) });
    const changed = { ...form, id: session.id, offer: cafe.offers.find((o) => o.id === form.offerId) ?? null };
    const sessions = cafe.sessions.map((s) => (s.id === session.id ? changed : s));
    return { ...read.reply(), preview: hoursPreview(cafe, { sessions, exceptions: cafe.exceptions }, form.validFrom) };
  }

  const result = await updateSession(user, cafeId, session.id, form);
  if (!result.ok) return read.refuse({ fieldErrors: failureErrors(result) ?? refused(result) });
  return redirect(`/manage/cafes/${cafeId}/sessions?saved=changed`);
}

export default function ChangeSession() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { fields, formProps, summary } = useAppForm({ schema: sessionSchema, lastResult: actionData, defaultValue: data.values });
  const preview = actionData && "preview" in actionData ? actionData.preview : null;
  return (
    <>
      <h1>{t("manage.session.changeTitle")}</h1>
      <p className="nhsuk-body-l">{data.text}</p>
      <HoursPreviewSection hours={preview} />
      {data.canEdit ? (
        <>
          <Form method="post" {...formProps} className="manage-form">
            <ErrorSummary errors={summary} />
            <SessionFields fields={fields} offers={data.offers} capPlacesDefault={data.capPlacesDefault} />
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
