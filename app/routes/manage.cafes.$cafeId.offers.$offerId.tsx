import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorSummary } from "~/components/forms";
import { OfferFields } from "~/components/manage/OfferFields";
import { RemoveForm } from "~/components/manage/RemoveForm";
import { failureErrors } from "~/components/manage/results";
import { offerSchema } from "~/components/manage/schemas";
import { t } from "~/i18n";
import { getManagedCafe, removeOffer, updateOffer } from "~/models/cafe-admin.server";
import { tagChoices } from "~/models/tag.server";
import { canEditCafe, notFound, requireCafe } from "~/services/auth.server";
import { formFailure, parseForm, readFormData, writeFailure } from "~/services/forms.server";

export const meta: MetaFunction = () => [{ title: `${t("manage.offer.changeTitle")} – ${t("brand.appName")}` }];

/** The café and its offer named in the address, after the access check; 404 (thrown) when either is missing. */
async function load(args: { request: Request; params: { cafeId?: string; offerId?: string } }, access: { write: boolean }) {
  const found = await requireCafe(args, access, getManagedCafe);
  const offer = found.cafe.offers.find((o) => o.id === args.params.offerId);
  if (!offer) throw notFound();
  return { ...found, offer };
}

export async function loader(args: LoaderFunctionArgs) {
  const { cafeId, user, offer } = await load(args, { write: false });
  const tags = await tagChoices(["audience", "language"], offer.tags.map((ot) => ot.tagId));
  const values: Record<string, string | string[]> = {
    title: offer.title,
    description: offer.description,
    audienceTagIds: offer.tags.filter((ot) => ot.tag.kind === "audience").map((ot) => ot.tagId),
    languageTagIds: offer.tags.filter((ot) => ot.tag.kind === "language").map((ot) => ot.tagId),
  };
  return json({
    cafeId,
    title: offer.title,
    canEdit: canEditCafe(user, cafeId),
    values,
    audienceTags: tags.filter((tag) => tag.kind === "audience"),
    languageTags: tags.filter((tag) => tag.kind === "language"),
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { cafeId, user, offer } = await load({ request, params }, { write: true });
  const form = await readFormData(request);
  if (form.get("intent") === "remove") {
    const result = await removeOffer(user, cafeId, offer.id);
    if (!result.ok) throw notFound();
    return redirect(`/manage/cafes/${cafeId}/offers?saved=removed`);
  }
  const parsed = parseForm(form, offerSchema);
  if (!parsed.ok) return formFailure(parsed);
  const result = await updateOffer(user, cafeId, offer.id, parsed.data);
  if (!result.ok) return writeFailure(failureErrors(result), parsed.values);
  return redirect(`/manage/cafes/${cafeId}/offers?saved=changed`);
}

export default function ChangeOffer() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const values = actionData?.values ?? data.values;
  return (
    <>
      <h1>{t("manage.offer.changeTitle")}</h1>
      <p className="nhsuk-body-l">{data.title}</p>
      {data.canEdit ? (
        <>
          <Form method="post" noValidate className="manage-form">
            <ErrorSummary errors={actionData?.errors} />
            <input type="hidden" name="intent" value="save" />
            <OfferFields values={values} errors={actionData?.errors} audienceTags={data.audienceTags} languageTags={data.languageTags} />
            <button type="submit" className="nhsuk-button">
              {t("manage.offer.save")}
            </button>
          </Form>
          <RemoveForm heading={t("manage.offer.removeHeading")} note={t("manage.offer.removeHint")} button={t("manage.offer.removeButton")} />
        </>
      ) : null}
      <p>
        <Link to={`/manage/cafes/${data.cafeId}/offers`}>{t("manage.offer.back")}</Link>
      </p>
    </>
  );
}
