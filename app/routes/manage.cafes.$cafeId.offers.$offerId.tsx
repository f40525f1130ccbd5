import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorSummary } from "~/components/forms";
import { HoursPreview, OfferPreview, PreviewSection, PreviewAndSaveButtons } from "~/components/manage/ListingPreview";
import { OfferFields } from "~/components/manage/OfferFields";
import { RemoveForm } from "~/components/manage/RemoveForm";
import { TranslationsList } from "~/components/manage/Translations";
import { failureErrors } from "~/components/manage/results";
import { byIntent, useAppForm } from "~/lib/forms";
import { t } from "~/lib/i18n";
import { offerSchema } from "~/modules/cafe";
import {
  checkOffer,
  getManagedCafe,
  offerPreview,
  offerTranslations,
  removeOffer,
  updateOffer,
  type ManagedCafe,
} from "~/modules/cafe/index.server";
import { tagChoices } from "~/modules/tags/index.server";
import { can } from "~/modules/identity";
import { requireCafe } from "~/modules/identity/index.server";
import { notFound, refused } from "~/platform/responses.server";
import { readSubmission } from "~/platform/forms.server";
import { z } from "zod";

export const meta: MetaFunction = () => [{ title: `${t("manage.offer.changeTitle")} – ${t("brand.appName")}` }];

/** The café and its offer named in the address, after the access check; 404 (thrown) when either is missing. */
async function load(args: { request: Request; params: { cafeId?: string; offerId?: string } }, permission: "cafe.view" | "cafe.edit") {
  const found = await requireCafe(args, permission, getManagedCafe);
  const offer = found.cafe.offers.find((o) => o.id === args.params.offerId);
  if (!offer) throw notFound();
  return { ...found, offer };
}

/** The form's values as stored. */
function offerValues(offer: ManagedCafe["offers"][number]) {
  return {
    title: offer.title,
    description: offer.description,
    audienceTagIds: offer.tags.filter((ot) => ot.tag.kind === "audience").map((ot) => ot.tagId),
    languageTagIds: offer.tags.filter((ot) => ot.tag.kind === "language").map((ot) => ot.tagId),
  };
}

export async function loader(args: LoaderFunctionArgs) {
  const { cafeId, user, cafe, offer } = await load(args, "cafe.view");
  const [tags, translations] = await Promise.all([tagChoices(["audience", "language"], offer.tags.map((ot) => ot.tagId)), offerTranslations(cafeId, offer)]);
  return {
    cafeId,
    offerId: offer.id,
    textLanguage: cafe.textLanguage,
    translations: translations.map((tr) => ({ locale: tr.locale, saved: tr.saved && { updatedAt: tr.saved.updatedAt, originalChanged: tr.saved.originalChanged } })),
    title: offer.title,
    canEdit: can(user, "cafe.edit", { cafeId }),
    values: offerValues(offer),
    audienceTags: tags.filter((tag) => tag.kind === "audience"),
    languageTags: tags.filter((tag) => tag.kind === "language"),
  };
}

/** The page's forms: the offer (Preview or Save), and removing it. */
const offerForms = byIntent({ save: offerSchema, preview: offerSchema, remove: z.object({}) }, { otherwise: "save" });

export async function action({ request, params }: ActionFunctionArgs) {
  const { cafeId, user, cafe, offer } = await load({ request, params }, "cafe.edit");
  const read = await readSubmission(request, offerForms, { shown: offerValues(offer) });
  if (!read.ok) return read.response;
  const form = read.value;
  if (form.intent === "remove") {
    const result = await removeOffer(user, cafeId, offer.id);
    if (!result.ok) refused(result);
    return redirect(`/manage/cafes/${cafeId}/offers?saved=removed`);
  }
  if (form.intent === "preview") {
    const check = await checkOffer(offer.id, form);
    if (!check.ok) return read.refuse({ fieldErrors: failureErrors(check) ?? refused(check) });
    return { ...read.reply(), preview: await offerPreview(cafe, offer.id, form) };
  }
  const result = await updateOffer(user, cafeId, offer.id, form);
  if (!result.ok) return read.refuse({ fieldErrors: failureErrors(result) ?? refused(result) });
  return redirect(`/manage/cafes/${cafeId}/offers?saved=changed`);
}

export default function ChangeOffer() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { fields, formProps, summary } = useAppForm({ schema: offerSchema, lastResult: actionData, defaultValue: data.values });
  const preview = actionData && "preview" in actionData ? actionData.preview : null;
  return (
    <>
      <h1>{t("manage.offer.changeTitle")}</h1>
      <p className="nhsuk-body-l">{data.title}</p>
      {preview ? (
        <PreviewSection shows={preview}>
          <OfferPreview offer={preview.offer} />
          <HoursPreview hours={preview.hours} />
        </PreviewSection>
      ) : null}
      {data.canEdit ? (
        <>
          <Form method="post" {...formProps} className="manage-form">
            <ErrorSummary errors={summary} />
            <OfferFields fields={fields} audienceTags={data.audienceTags} languageTags={data.languageTags} />
            <PreviewAndSaveButtons intent="save" label={t("manage.offer.save")} />
          </Form>
          <RemoveForm heading={t("manage.offer.removeHeading")} note={t("manage.offer.removeHint")} button={t("manage.offer.removeButton")} />
        </>
      ) : null}
      <TranslationsList
        intro={t("manage.translations.introOffer")}
        rows={data.translations}
        originalLanguage={data.textLanguage}
        hrefFor={(locale) => `/manage/cafes/${data.cafeId}/offers/${data.offerId}/translations/${locale}`}
        canEdit={data.canEdit}
      />
      <p>
        <Link to={`/manage/cafes/${data.cafeId}/offers`}>{t("manage.offer.back")}</Link>
      </p>
    </>
  );
}
