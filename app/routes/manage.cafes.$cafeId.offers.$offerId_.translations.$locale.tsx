import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { TextArea, TextField } from "~/components/forms";
import { failureErrors } from "~/components/manage/results";
import { inLanguage, languageName, TranslationPage } from "~/components/manage/Translations";
import { byIntent, useAppForm } from "~/lib/forms";
import { t } from "~/lib/i18n";
import { isTranslationLocale, localisedOffer, offerTranslationSchema } from "~/modules/cafe";
import { getTranslatableCafe, getTranslatableOffer, offerTranslations, removeOfferTranslation, saveOfferTranslation } from "~/modules/cafe/index.server";
import { can } from "~/modules/identity";
import { requireCafe } from "~/modules/identity/index.server";
import { notFound, refused } from "~/platform/responses.server";
import { readSubmission } from "~/platform/forms.server";
import { z } from "zod";

export const meta: MetaFunction = () => [{ title: `${t("manage.translations.heading")} – ${t("brand.appName")}` }];

/** The café, its offer and the language named in the address, after the access check; 404 when the offer or language is not one. */
async function load(
  args: { request: Request; params: { cafeId?: string; offerId?: string; locale?: string } },
  permission: "cafe.view" | "cafe.edit",
) {
  const found = await requireCafe(args, permission, getTranslatableCafe);
  const offer = await getTranslatableOffer(found.cafeId, args.params.offerId ?? "");
  const locale = args.params.locale;
  if (!offer || !isTranslationLocale(locale)) throw notFound();
  const saved = (await offerTranslations(found.cafeId, offer)).find((tr) => tr.locale === locale)?.saved ?? null;
  return { ...found, offer, locale, saved };
}

const savedValues = (saved: { title: string; description: string } | null) => ({ title: saved?.title ?? "", description: saved?.description ?? "" });

export async function loader(args: LoaderFunctionArgs) {
  const { cafeId, user, cafe, offer, locale, saved } = await load(args, "cafe.view");
  return {
    cafeId,
    offerId: offer.id,
    locale,
    original: { title: offer.title, description: offer.description, language: cafe.textLanguage },
    saved,
    canEdit: can(user, "cafe.edit", { cafeId }),
    values: savedValues(saved),
  };
}

const translationForms = byIntent({ save: offerTranslationSchema, preview: offerTranslationSchema, remove: z.object({}) }, { otherwise: "save" });

export async function action({ request, params }: ActionFunctionArgs) {
  const { cafeId, user, cafe, offer, locale, saved } = await load({ request, params }, "cafe.edit");
  const read = await readSubmission(request, translationForms, { shown: savedValues(saved) });
  if (!read.ok) return read.response;
  const form = read.value;
  const back = `/manage/cafes/${cafeId}/offers/${offer.id}/translations/${locale}`;
  if (form.intent === "remove") {
    if (!saved) return redirect(back);
    const result = await removeOfferTranslation(user, cafeId, offer.id, locale);
    if (!result.ok) refused(result);
    return redirect(`${back}?saved=removed`);
  }
  if (form.intent === "preview") {
    const shown = localisedOffer({ ...offer, translations: [{ locale, ...form }] }, cafe.textLanguage, locale);
    return { ...read.reply(), preview: [shown.title, shown.description] };
  }
  const result = await saveOfferTranslation(user, cafeId, offer.id, locale, form);
  if (!result.ok) return read.refuse({ fieldErrors: failureErrors(result) ?? refused(result) });
  return redirect(`${back}?saved=saved`);
}

export default function OfferTranslation() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const form = useAppForm({ schema: offerTranslationSchema, lastResult: actionData, defaultValue: data.values });
  const language = languageName(data.locale);
  return (
    <TranslationPage
      heading={t("manage.translation.offerTitle", { language })}
      savedParam={actionData ? null : params.get("saved")}
      locale={data.locale}
      originalChanged={Boolean(data.saved?.originalChanged)}
      original={{
        language: data.original.language,
        lines: [
          { label: t("manage.offer.field.title"), text: data.original.title },
          { label: t("manage.offer.field.description"), text: data.original.description },
        ],
      }}
      preview={actionData && "preview" in actionData ? actionData.preview : null}
      canEdit={data.canEdit}
      form={form}
      fields={
        <>
          <TextField field={form.fields.title} label={t("manage.translation.field.title", { language })} {...inLanguage(data.locale)} />
          <TextArea field={form.fields.description} label={t("manage.translation.field.offerDescription", { language })} rows={4} {...inLanguage(data.locale)} />
        </>
      }
      saved={
        data.saved ? (
          <div {...inLanguage(data.locale)}>
            <p className="nhsuk-u-font-weight-bold">{data.saved.title}</p>
            <p className="manage-pre">{data.saved.description}</p>
          </div>
        ) : null
      }
      back={{ to: `/manage/cafes/${data.cafeId}/offers/${data.offerId}`, label: t("manage.translation.backToOffer") }}
    />
  );
}
