import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { SummaryRow } from "~/components/SummaryRow";
import { ErrorSummary, SelectField, TextArea, TextField, valueOf, valuesOf, type FieldValues } from "~/components/forms";
import { AddressFields } from "~/components/manage/AddressFields";
import { ListingPreview, type ListingPreviewData, PreviewAndSaveButtons } from "~/components/manage/ListingPreview";
import { failureErrors } from "~/components/manage/results";
import { TagChoices } from "~/components/manage/TagChoices";
import { SavedNotice } from "~/components/manage/SavedNotice";
import { languageName, TranslationsList } from "~/components/manage/Translations";
import { byIntent, sentValue, useAppForm } from "~/lib/forms";
import { t, type MessageKey } from "~/lib/i18n";
import { detailsSchema, footprintSchema, TEXT_LANGUAGES, type DetailsForm } from "~/modules/cafe";
import {
  cafeTranslations,
  checkCafeDetails,
  footprintChoices,
  getManagedCafe,
  hoursPreview,
  setCafeFootprint,
  suggestedFootprintFor,
  updateCafeDetails,
  type ManagedCafe,
} from "~/modules/cafe/index.server";
import { normalisePostcode } from "~/modules/geo";
import { organisationChoices, organisationNames } from "~/modules/organisation/index.server";
import { tagChoices } from "~/modules/tags/index.server";
import { can } from "~/modules/identity";
import { requireCafe } from "~/modules/identity/index.server";
import { forbidden, refused } from "~/platform/responses.server";
import { readSubmission } from "~/platform/forms.server";

export const meta: MetaFunction = () => [{ title: `${t("manage.details.title")} – ${t("brand.appName")}` }];

/** The form's values as stored. */
function detailsValues(cafe: ManagedCafe): Record<string, string | string[]> {
  return {
    name: cafe.name,
    description: cafe.description,
    textLanguage: cafe.textLanguage,
    organisationId: cafe.organisationId,
    venueName: cafe.venueName ?? "",
    addressLine1: cafe.addressLine1,
    addressLine2: cafe.addressLine2 ?? "",
    town: cafe.town,
    postcode: cafe.postcode,
    phone: cafe.phone ?? "",
    email: cafe.email ?? "",
    website: cafe.website ?? "",
    gettingThere: cafe.gettingThere ?? "",
    whoFor: cafe.whoFor ?? "",
    accessNotes: cafe.accessNotes ?? "",
    accessTagIds: cafe.tags.filter((ct) => ct.tag.kind === "access").map((ct) => ct.tagId),
    languageTagIds: cafe.tags.filter((ct) => ct.tag.kind === "language").map((ct) => ct.tagId),
    footprintId: cafe.footprintId ?? "",
  };
}

export async function loader(args: LoaderFunctionArgs) {
  const { cafeId, user, cafe } = await requireCafe(args, "cafe.view", getManagedCafe);
  const carried = cafe.tags.map((ct) => ct.tagId);
  const footprintEditor = can(user, "cafe.footprint.change");
  const [tags, operators, footprints, suggested, translations] = await Promise.all([
    tagChoices(["access", "language"], carried),
    can(user, "cafe.administer") ? organisationChoices() : Promise.resolve(null),
    footprintEditor ? footprintChoices() : Promise.resolve(null),
    suggestedFootprintFor(cafe.lat, cafe.lng),
    cafeTranslations(cafeId, cafe.description),
  ]);
  return {
    cafeId,
    canEdit: can(user, "cafe.edit", { cafeId }),
    values: detailsValues(cafe),
    operator: cafe.organisation.name,
    footprint: cafe.footprint?.name ?? null,
    suggested,
    accessTags: tags.filter((tag) => tag.kind === "access"),
    languageTags: tags.filter((tag) => tag.kind === "language"),
    operators,
    footprints,
    textLanguage: cafe.textLanguage,
    translations: translations.map((tr) => ({ locale: tr.locale, saved: tr.saved && { updatedAt: tr.saved.updatedAt, originalChanged: tr.saved.originalChanged } })),
  };
}

async function previewOf(data: DetailsForm, cafe: ManagedCafe, operatorName: string): Promise<ListingPreviewData> {
  const tags = await tagChoices(["access", "language"], cafe.tags.map((ct) => ct.tagId));
  const label = (id: string) => tags.find((tag) => tag.id === id)?.label;
  return {
    name: data.name,
    operator: operatorName,
    description: data.description,
    venueName: data.venueName,
    address: [data.addressLine1, data.addressLine2 ?? "", data.town, normalisePostcode(data.postcode) ?? data.postcode].filter(Boolean),
    phone: data.phone,
    email: data.email,
    website: data.website,
    gettingThere: data.gettingThere,
    whoFor: data.whoFor,
    accessNotes: data.accessNotes,
    accessibility: data.accessTagIds.map(label).filter((l): l is string => !!l),
    languages: data.languageTagIds.map(label).filter((l): l is string => !!l),
  };
}

/** The page's forms: the details (with Preview), and the footprint. */
const detailsForms = byIntent({ preview: detailsSchema, save: detailsSchema, footprint: footprintSchema });

export async function action({ request, params }: ActionFunctionArgs) {
  // Answered only to someone who may read the café; a form too large to read gets the details as stored.
  const { cafeId, user, cafe } = await requireCafe({ request, params }, "cafe.view", getManagedCafe);
  const read = await readSubmission(request, detailsForms, { shown: detailsValues(cafe) });
  // Admins and commissioners place a café in a footprint; everything else is for those who may edit it.
  const intent = read.ok ? read.value.intent : sentValue(read.response.data, "intent");
  if (!can(user, intent === "footprint" ? "cafe.footprint.change" : "cafe.edit", { cafeId })) throw forbidden();
  if (!read.ok) return read.response;
  const form = read.value;

  if (form.intent === "footprint") {
    const result = await setCafeFootprint(user, cafeId, form.footprintId);
    if (!result.ok) return read.refuse({ fieldErrors: failureErrors(result) ?? refused(result) });
    return redirect(`/manage/cafes/${cafeId}/details?saved=footprint`);
  }

  if (form.intent === "preview") {
    // The same checks as saving: the postcode, tags from the right lists and not retired since, the operator.
    const check = await checkCafeDetails(user, cafeId, form);
    if (!check.ok) return read.refuse({ fieldErrors: failureErrors(check) ?? refused(check) });
    const operatorName = (await organisationNames([check.organisationId]))[0]?.name ?? cafe.organisation.name;
    return { ...read.reply(), preview: await previewOf(form, cafe, operatorName), hours: hoursPreview(cafe, cafe) };
  }

  const result = await updateCafeDetails(user, cafeId, form);
  if (!result.ok) return read.refuse({ fieldErrors: failureErrors(result) ?? refused(result) });
  return redirect(`/manage/cafes/${cafeId}/details?saved=details`);
}

/** Everything the café team can edit, read only (for commissioners, who may change only the footprint). */
function CafeDetailsSummary({
  values,
  operator,
  tagLabel,
}: {
  values: FieldValues;
  operator: string;
  tagLabel: (id: string) => string | undefined;
}) {
  const lines = (...names: string[]) => names.map((name) => valueOf(values, name)).filter(Boolean);
  const labels = (name: string) => valuesOf(values, name).map(tagLabel).filter((label): label is string => !!label);
  const rows: [MessageKey, string[]][] = [
    ["manage.details.read.name", lines("name")],
    ["manage.details.read.operator", [operator]],
    ["manage.details.read.description", lines("description")],
    ["manage.details.field.textLanguage", [languageName(valueOf(values, "textLanguage"))]],
    ["manage.details.read.whoFor", lines("whoFor")],
    ["manage.details.read.address", lines("venueName", "addressLine1", "addressLine2", "town", "postcode")],
    ["manage.details.read.gettingThere", lines("gettingThere")],
    ["manage.details.read.phone", lines("phone")],
    ["manage.details.read.email", lines("email")],
    ["manage.details.read.website", lines("website")],
    ["manage.details.read.accessibility", labels("accessTagIds")],
    ["manage.details.read.accessNotes", lines("accessNotes")],
    ["manage.details.read.languages", labels("languageTagIds")],
  ];
  return (
    <dl className="nhsuk-summary-list">
      {rows.map(([key, value]) => (
        <SummaryRow key={key} label={t(key)}>
          {value.length ? (
            value.map((line, i) => (
              <span key={i} className="manage-line manage-pre">
                {line}
              </span>
            ))
          ) : (
            <span className="manage-muted">{t("manage.details.read.none")}</span>
          )}
        </SummaryRow>
      ))}
    </dl>
  );
}

export default function CafeDetails() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const footprintSent = sentValue(actionData, "intent") === "footprint";
  const details = useAppForm({ schema: detailsSchema, lastResult: footprintSent ? null : actionData, defaultValue: data.values, id: "details" });
  const footprint = useAppForm({ schema: footprintSchema, lastResult: footprintSent ? actionData : null, defaultValue: data.values, id: "footprint" });
  const fields = details.fields;
  const preview = actionData && "preview" in actionData ? { listing: actionData.preview, hours: actionData.hours } : null;
  const saved = params.get("saved");

  return (
    <>
      <h1>{t("manage.details.title")}</h1>
      {saved && !actionData ? (
        <SavedNotice>{saved === "footprint" ? t("manage.details.footprintSaved") : t("manage.details.saved")}</SavedNotice>
      ) : null}
      {preview ? <ListingPreview listing={preview.listing} hours={preview.hours} /> : null}

      {data.canEdit ? (
        <Form method="post" {...details.formProps} className="manage-form">
          <ErrorSummary errors={details.summary} />
          <TextField field={fields.name} label={t("manage.details.field.name")} />
          <TextArea field={fields.description} label={t("manage.details.field.description")} hint={t("manage.details.field.descriptionHint")} rows={5} />
          <SelectField
            field={fields.textLanguage}
            label={t("manage.details.field.textLanguage")}
            hint={t("manage.details.field.textLanguageHint")}
            options={TEXT_LANGUAGES.map((code) => ({ value: code, label: languageName(code) }))}
          />
          {data.operators ? (
            <SelectField
              field={fields.organisationId}
              label={t("manage.details.field.operator")}
              options={data.operators.map((o) => ({ value: o.id, label: o.name }))}
            />
          ) : (
            <div className="nhsuk-form-group">
              <h2 className="nhsuk-label nhsuk-label--s manage-label-heading">{t("manage.details.field.operator")}</h2>
              <p>{data.operator}</p>
              <p className="nhsuk-hint">{t("manage.details.field.operatorReadOnly")}</p>
            </div>
          )}
          <TextArea field={fields.whoFor} label={t("manage.details.field.whoFor")} hint={t("manage.details.field.whoForHint")} rows={2} />
          <AddressFields fields={fields} />
          <TextArea field={fields.gettingThere} label={t("manage.details.field.gettingThere")} hint={t("manage.details.field.gettingThereHint")} rows={3} />
          <fieldset className="nhsuk-fieldset manage-fieldset">
            <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">{t("manage.details.contact")}</legend>
            <TextField field={fields.phone} type="tel" width={20} autoComplete="tel" label={t("manage.details.field.phone")} />
            <TextField field={fields.email} type="email" autoComplete="email" label={t("manage.details.field.email")} />
            <TextField field={fields.website} type="url" label={t("manage.details.field.website")} hint={t("manage.details.field.websiteHint")} />
          </fieldset>
          <TagChoices
            field={fields.accessTagIds}
            legend={t("manage.details.field.accessibility")}
            hint={t("manage.details.field.accessibilityHint")}
            tags={data.accessTags}
          />
          <TextArea field={fields.accessNotes} label={t("manage.details.field.accessNotes")} rows={3} />
          <TagChoices
            field={fields.languageTagIds}
            legend={t("manage.details.field.languages")}
            hint={t("manage.details.field.languagesHint")}
            tags={data.languageTags}
          />
          <PreviewAndSaveButtons intent="save" label={t("manage.details.save")} />
        </Form>
      ) : (
        <>
          <ErrorSummary errors={details.summary} />
          <CafeDetailsSummary
            values={data.values}
            operator={data.operator}
            tagLabel={(id) => [...data.accessTags, ...data.languageTags].find((tag) => tag.id === id)?.label}
          />
        </>
      )}

      <TranslationsList
        intro={t("manage.translations.introDescription")}
        rows={data.translations}
        originalLanguage={data.textLanguage}
        hrefFor={(locale) => `/manage/cafes/${data.cafeId}/details/translations/${locale}`}
        canEdit={data.canEdit}
      />

      <h2 className="nhsuk-heading-m" id="footprint-heading">
        {t("manage.details.footprintHeading")}
      </h2>
      <p>{data.footprint ? t("manage.details.footprintCurrent", { footprint: data.footprint }) : t("manage.details.footprintNone")}</p>
      {data.suggested && data.suggested.name !== data.footprint ? (
        <p>{t("manage.details.footprintSuggested", { footprint: data.suggested.name })}</p>
      ) : null}
      {data.footprints ? (
        <Form method="post" {...footprint.formProps} className="manage-form" aria-labelledby="footprint-heading">
          <input type="hidden" name="intent" value="footprint" />
          <SelectField
            field={footprint.fields.footprintId}
            label={t("manage.details.field.footprint")}
            options={[
              { value: "", label: t("manage.details.field.footprintNone") },
              ...data.footprints.map((f) => ({ value: f.id, label: f.name })),
            ]}
          />
          <button type="submit" className="nhsuk-button nhsuk-button--secondary">
            {t("manage.details.footprintSave")}
          </button>
        </Form>
      ) : (
        <p className="nhsuk-hint">{t("manage.details.footprintWho")}</p>
      )}
    </>
  );
}
