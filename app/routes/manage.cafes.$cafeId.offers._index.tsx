import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { ErrorSummary } from "~/components/forms";
import { OfferPreview, PreviewSection, PreviewAndSaveButtons } from "~/components/manage/ListingPreview";
import { OfferFields } from "~/components/manage/OfferFields";
import { failureErrors } from "~/components/manage/results";
import { SavedNotice } from "~/components/manage/SavedNotice";
import { byIntent, useAppForm } from "~/lib/forms";
import { t } from "~/lib/i18n";
import { offerSchema } from "~/modules/cafe";
import { checkOffer, createOffer, getManagedCafe, offerPreview } from "~/modules/cafe/index.server";
import { tagChoices } from "~/modules/tags/index.server";
import { can } from "~/modules/identity";
import { requireCafe } from "~/modules/identity/index.server";
import { readSubmission } from "~/platform/forms.server";
import { refused } from "~/platform/responses.server";

export const meta: MetaFunction = () => [{ title: `${t("manage.offers.title")} – ${t("brand.appName")}` }];

export async function loader(args: LoaderFunctionArgs) {
  const { cafeId, user, cafe } = await requireCafe(args, "cafe.view", getManagedCafe);
  const tags = await tagChoices(["audience", "language"]);
  return {
    cafeId,
    canEdit: can(user, "cafe.edit", { cafeId }),
    offers: cafe.offers.map((o) => ({
      id: o.id,
      title: o.title,
      description: o.description,
      audiences: o.tags.filter((ot) => ot.tag.kind === "audience").map((ot) => ot.tag.label),
      languages: o.tags.filter((ot) => ot.tag.kind === "language").map((ot) => ot.tag.label),
      sessions: o._count.sessions + o._count.exceptions,
    })),
    audienceTags: tags.filter((tag) => tag.kind === "audience"),
    languageTags: tags.filter((tag) => tag.kind === "language"),
  };
}

/** The page's form: a new offer, with Preview. */
const offerForms = byIntent({ add: offerSchema, preview: offerSchema }, { otherwise: "add" });

export async function action({ request, params }: ActionFunctionArgs) {
  const { cafeId, user, cafe } = await requireCafe({ request, params }, "cafe.edit", getManagedCafe);
  const read = await readSubmission(request, offerForms);
  if (!read.ok) return read.response;
  const form = read.value;
  if (form.intent === "preview") {
    const check = await checkOffer(null, form);
    if (!check.ok) return read.refuse({ fieldErrors: failureErrors(check) ?? refused(check) });
    return { ...read.reply(), preview: await offerPreview(cafe, null, form) };
  }
  const result = await createOffer(user, cafeId, form);
  if (!result.ok) return read.refuse({ fieldErrors: failureErrors(result) ?? refused(result) });
  return redirect(`/manage/cafes/${cafeId}/offers?saved=added`);
}

export default function CafeOffers() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { fields, formProps, summary } = useAppForm({ schema: offerSchema, lastResult: actionData });
  const [params] = useSearchParams();
  const saved = params.get("saved");
  const preview = actionData && "preview" in actionData ? actionData.preview : null;
  return (
    <>
      <h1>{t("manage.offers.title")}</h1>
      {saved && !actionData ? (
        <SavedNotice>{t(saved === "removed" ? "manage.offers.removed" : saved === "changed" ? "manage.offers.changed" : "manage.offers.added")}</SavedNotice>
      ) : null}
      <p>{t("manage.offers.intro")}</p>
      {data.offers.length ? (
        <ul className="nhsuk-list manage-offer-list">
          {data.offers.map((o) => (
            <li key={o.id} className="manage-offer">
              <h2 className="nhsuk-heading-s">{o.title}</h2>
              {o.description ? <p>{o.description}</p> : null}
              <p className="nhsuk-body-s">
                {o.audiences.length ? t("manage.offers.forWho", { audiences: o.audiences.join(", ") }) : null}
                {o.audiences.length && o.languages.length ? " · " : null}
                {o.languages.length ? t("manage.offers.inLanguages", { languages: o.languages.join(", ") }) : null}
              </p>
              <p className="nhsuk-body-s manage-muted">
                {o.sessions ? t("manage.offers.usedBy", { count: o.sessions }) : t("manage.offers.unused")}
              </p>
              {data.canEdit ? (
                <Link to={`/manage/cafes/${data.cafeId}/offers/${o.id}`}>
                  {t("manage.offers.change")}
                  <span className="nhsuk-u-visually-hidden"> {o.title}</span>
                </Link>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("manage.offers.none")}</p>
      )}
      {data.canEdit ? (
        <>
          <h2 className="nhsuk-heading-m" id="add-offer-heading">{t("manage.offers.addHeading")}</h2>
          <p>{t("manage.offers.addIntro")}</p>
          {preview ? (
            <PreviewSection shows={preview}>
              <OfferPreview offer={preview.offer} />
            </PreviewSection>
          ) : null}
          <Form method="post" {...formProps} className="manage-form" aria-labelledby="add-offer-heading">
            <ErrorSummary errors={summary} />
            <OfferFields fields={fields} audienceTags={data.audienceTags} languageTags={data.languageTags} />
            <PreviewAndSaveButtons intent="add" label={t("manage.offers.addButton")} />
          </Form>
        </>
      ) : null}
    </>
  );
}
