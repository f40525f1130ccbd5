import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { TextArea } from "~/components/forms";
import { failureErrors } from "~/components/manage/results";
import { inLanguage, languageName, TranslationPage } from "~/components/manage/Translations";
import { byIntent, useAppForm } from "~/lib/forms";
import { t } from "~/lib/i18n";
import { cafeTranslationSchema, isTranslationLocale, localisedText } from "~/modules/cafe";
import { cafeTranslations, getTranslatableCafe, removeCafeTranslation, saveCafeTranslation } from "~/modules/cafe/index.server";
import { can } from "~/modules/identity";
import { requireCafe } from "~/modules/identity/index.server";
import { notFound, refused } from "~/platform/responses.server";
import { readSubmission } from "~/platform/forms.server";
import { z } from "zod";

export const meta: MetaFunction = () => [{ title: `${t("manage.translations.heading")} – ${t("brand.appName")}` }];

/** The café and the language named in the address, after the access check; 404 for a language not offered. */
async function load(args: { request: Request; params: { cafeId?: string; locale?: string } }, permission: "cafe.view" | "cafe.edit") {
  const found = await requireCafe(args, permission, getTranslatableCafe);
  const locale = args.params.locale;
  if (!isTranslationLocale(locale)) throw notFound();
  const saved = (await cafeTranslations(found.cafeId, found.cafe.description)).find((tr) => tr.locale === locale)?.saved ?? null;
  return { ...found, locale, saved };
}

export async function loader(args: LoaderFunctionArgs) {
  const { cafeId, user, cafe, locale, saved } = await load(args, "cafe.view");
  return {
    cafeId,
    locale,
    original: { description: cafe.description, language: cafe.textLanguage },
    saved,
    canEdit: can(user, "cafe.edit", { cafeId }),
    values: { description: saved?.description ?? "" },
  };
}

const translationForms = byIntent({ save: cafeTranslationSchema, preview: cafeTranslationSchema, remove: z.object({}) }, { otherwise: "save" });

export async function action({ request, params }: ActionFunctionArgs) {
  const { cafeId, user, cafe, locale, saved } = await load({ request, params }, "cafe.edit");
  const read = await readSubmission(request, translationForms, { shown: { description: saved?.description ?? "" } });
  if (!read.ok) return read.response;
  const form = read.value;
  const back = `/manage/cafes/${cafeId}/details/translations/${locale}`;
  if (form.intent === "remove") {
    if (!saved) return redirect(back);
    const result = await removeCafeTranslation(user, cafeId, locale);
    if (!result.ok) refused(result);
    return redirect(`${back}?saved=removed`);
  }
  if (form.intent === "preview") {
    const shown = localisedText({ text: cafe.description, language: cafe.textLanguage }, [{ locale, text: form.description }], locale);
    return { ...read.reply(), preview: [shown] };
  }
  const result = await saveCafeTranslation(user, cafeId, locale, form);
  if (!result.ok) return read.refuse({ fieldErrors: failureErrors(result) ?? refused(result) });
  return redirect(`${back}?saved=saved`);
}

export default function CafeTranslation() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const form = useAppForm({ schema: cafeTranslationSchema, lastResult: actionData, defaultValue: data.values });
  const language = languageName(data.locale);
  return (
    <TranslationPage
      heading={t("manage.translation.cafeTitle", { language })}
      savedParam={actionData ? null : params.get("saved")}
      locale={data.locale}
      originalChanged={Boolean(data.saved?.originalChanged)}
      original={{ language: data.original.language, lines: [{ label: t("manage.details.field.description"), text: data.original.description }] }}
      preview={actionData && "preview" in actionData ? actionData.preview : null}
      canEdit={data.canEdit}
      form={form}
      fields={
        <TextArea
          field={form.fields.description}
          label={t("manage.translation.field.description", { language })}
          hint={t("manage.translation.field.descriptionHint", { language })}
          rows={6}
          {...inLanguage(data.locale)}
        />
      }
      saved={
        data.saved ? (
          <p className="manage-pre" {...inLanguage(data.locale)}>
            {data.saved.description}
          </p>
        ) : null
      }
      back={{ to: `/manage/cafes/${data.cafeId}/details`, label: t("manage.translation.backToDetails") }}
    />
  );
}
