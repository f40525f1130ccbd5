import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorSummary } from "~/components/forms";
import { HoursPreview, OfferPreview, PreviewSection, PreviewAndSaveButtons } from "~/components/manage/ListingPreview";
import { OfferFields } from "~/components/manage/OfferFields";
import { RemoveForm } from "~/components/manage/RemoveForm";
import { failureErrors } from "~/components/manage/results";
import { offerSchema } from "~/components/manage/schemas";
import { t } from "~/lib/i18n";
import { checkOffer, getManagedCafe, offerPreview, removeOffer, updateOffer, type ManagedCafe } from "~/modules/cafe/index.server";
import { tagChoices } from "~/modules/tags/index.server";
import { can } from "~/modules/identity";
import { requireCafe } from "~/modules/identity/index.server";
import { notFound } from "~/platform/responses.server";
import { formFailure, formValues, parseForm, readForm, unreadableFormFailure, writeFailure, type FormValues } from "~/platform/forms.server";

export const meta: MetaFunction = () => [{ title: `${t("manage.offer.changeTitle")} – ${t("brand.appName")}` }];

/** The café and its offer named in the address, after the access check; 404 (thrown) when either is missing. */
async function load(args: { request: Request; params: { cafeId?: string; offerId?: string } }, permission: "cafe.view" | "cafe.edit") {
  const found = await requireCafe(args, permission, getManagedCafe);
  const offer = found.cafe.offers.find((o) => o.id === args.params.offerId);
  if (!offer) throw notFound();
  return { ...found, offer };
}

/** The form's values as stored. */
function offerValues(offer: ManagedCafe["offers"][number]): FormValues {
  return {
    title: offer.title,
    description: offer.description,
    audienceTagIds: offer.tags.filter((ot) => ot.tag.kind === "audience").map((ot) => ot.tagId),
    languageTagIds: offer.tags.filter((ot) => ot.tag.kind === "language").map((ot) => ot.tagId),
  };
}

export async function loader(args: LoaderFunctionArgs) {
  const { cafeId, user, offer } = await load(args, "cafe.view");
  const tags = await tagChoices(["audience", "language"], offer.tags.map((ot) => ot.tagId));
  const values = offerValues(offer);
  return json({
    cafeId,
    title: offer.title,
    canEdit: can(user, "cafe.edit", { cafeId }),
    values,
    audienceTags: tags.filter((tag) => tag.kind === "audience"),
    languageTags: tags.filter((tag) => tag.kind === "language"),
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { cafeId, user, cafe, offer } = await load({ request, params }, "cafe.edit");
  const read = await readForm(request);
  if (!read.ok) return unreadableFormFailure(read, offerValues(offer));
  const form = read.formData;
  const intent = form.get("intent") ?? "save";
  if (intent === "remove") {
    const result = await removeOffer(user, cafeId, offer.id);
    if (!result.ok) throw notFound();
    return redirect(`/manage/cafes/${cafeId}/offers?saved=removed`);
  }
  if (intent !== "save" && intent !== "preview") return formFailure({ errors: { _form: t("manage.error.unknownAction") }, values: formValues(form) });
  const parsed = parseForm(form, offerSchema);
  if (!parsed.ok) return formFailure(parsed);
  if (intent === "preview") {
    const check = await checkOffer(offer.id, parsed.data);
    if (!check.ok) return writeFailure(failureErrors(check), parsed.values);
    return json({ errors: {}, values: parsed.values, preview: await offerPreview(cafe, offer.id, parsed.data) });
  }
  const result = await updateOffer(user, cafeId, offer.id, parsed.data);
  if (!result.ok) return writeFailure(failureErrors(result), parsed.values);
  return redirect(`/manage/cafes/${cafeId}/offers?saved=changed`);
}

export default function ChangeOffer() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const values = actionData?.values ?? data.values;
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
          <Form method="post" noValidate className="manage-form">
            <ErrorSummary errors={actionData?.errors} />
            <OfferFields values={values} errors={actionData?.errors} audienceTags={data.audienceTags} languageTags={data.languageTags} />
            <PreviewAndSaveButtons intent="save" label={t("manage.offer.save")} />
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
