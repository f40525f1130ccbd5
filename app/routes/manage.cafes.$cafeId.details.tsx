import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { SummaryRow } from "~/components/SummaryRow";
import { ErrorSummary, SelectField, TextArea, TextField, valueOf, valuesOf, type FieldErrors, type FieldValues } from "~/components/forms";
import { AddressFields } from "~/components/manage/AddressFields";
import { ListingPreview, type ListingPreviewData, PreviewAndSaveButtons } from "~/components/manage/ListingPreview";
import { failureErrors } from "~/components/manage/results";
import { detailsSchema, footprintSchema, type DetailsForm } from "~/components/manage/schemas";
import { TagChoices } from "~/components/manage/TagChoices";
import { SavedNotice } from "~/components/manage/SavedNotice";
import { t, type MessageKey } from "~/lib/i18n";
import {
  checkCafeDetails,
  footprintChoices,
  getCafeHeading,
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
import { requireCafe, requirePermission } from "~/modules/identity/index.server";
import { notFound } from "~/platform/responses.server";
import { formFailure, formValues, parseForm, readForm, unreadableFormFailure, writeFailure, type FormValues } from "~/platform/forms.server";

export const meta: MetaFunction = () => [{ title: `${t("manage.details.title")} – ${t("brand.appName")}` }];

/** The form's values as stored. */
function detailsValues(cafe: ManagedCafe): FormValues {
  return {
    name: cafe.name,
    description: cafe.description,
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
  const [tags, operators, footprints, suggested] = await Promise.all([
    tagChoices(["access", "language"], carried),
    can(user, "cafe.administer") ? organisationChoices() : Promise.resolve(null),
    footprintEditor ? footprintChoices() : Promise.resolve(null),
    suggestedFootprintFor(cafe.lat, cafe.lng),
  ]);
  const values = detailsValues(cafe);
  return json({
    canEdit: can(user, "cafe.edit", { cafeId }),
    values,
    operator: cafe.organisation.name,
    footprint: cafe.footprint?.name ?? null,
    suggested,
    accessTags: tags.filter((tag) => tag.kind === "access"),
    languageTags: tags.filter((tag) => tag.kind === "language"),
    operators,
    footprints,
  });
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

const INTENTS = ["footprint", "preview", "save"] as const;
const isIntent = (v: unknown): v is (typeof INTENTS)[number] => typeof v === "string" && (INTENTS as readonly string[]).includes(v);

export async function action({ request, params }: ActionFunctionArgs) {
  const cafeId = params.cafeId ?? "";
  const read = await readForm(request);
  if (!read.ok) {
    // Shown again as the page showed it, with the message above the form.
    const { cafe } = await requireCafe({ request, params }, "cafe.view", getManagedCafe);
    return unreadableFormFailure(read, detailsValues(cafe));
  }
  const form = read.formData;
  const intent = form.get("intent");
  if (!isIntent(intent)) {
    await requirePermission(request, "cafe.edit", { cafeId });
    return formFailure({ errors: { _form: t("manage.error.unknownAction") }, values: formValues(form) });
  }

  if (intent === "footprint") {
    // Admins and commissioners place a café in a footprint; nobody else.
    const user = await requirePermission(request, "cafe.footprint.change");
    if (!(await getCafeHeading(cafeId))) throw notFound();
    const parsed = parseForm(form, footprintSchema);
    if (!parsed.ok) return formFailure(parsed);
    const result = await setCafeFootprint(user, cafeId, parsed.data.footprintId);
    if (!result.ok) return formFailure({ errors: failureErrors(result) ?? { footprintId: t("manage.error.footprintChoice") }, values: parsed.values });
    return redirect(`/manage/cafes/${cafeId}/details?saved=footprint`);
  }

  const { user, cafe } = await requireCafe({ request, params }, "cafe.edit", getManagedCafe);
  const parsed = parseForm(form, detailsSchema);
  if (!parsed.ok) return formFailure(parsed);

  if (intent === "preview") {
    // The same checks as saving: the postcode, tags from the right lists and not retired since, the operator.
    const check = await checkCafeDetails(user, cafeId, parsed.data);
    if (!check.ok) return writeFailure(failureErrors(check), parsed.values);
    const operatorName = (await organisationNames([check.organisationId]))[0]?.name ?? cafe.organisation.name;
    return json({ preview: await previewOf(parsed.data, cafe, operatorName), hours: hoursPreview(cafe, cafe), values: parsed.values, errors: {} });
  }

  const result = await updateCafeDetails(user, cafeId, parsed.data);
  if (!result.ok) return writeFailure(failureErrors(result), parsed.values);
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
  const submitted = actionData?.values;
  const footprintSubmit = submitted?.intent === "footprint";
  const values = submitted && !footprintSubmit ? submitted : data.values;
  const errors: FieldErrors = actionData && !footprintSubmit ? actionData.errors : undefined;
  const footprintErrors: FieldErrors = footprintSubmit ? actionData?.errors : undefined;
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
        <Form method="post" noValidate className="manage-form">
          <ErrorSummary errors={errors} />
          <TextField name="name" label={t("manage.details.field.name")} defaultValue={valueOf(values, "name")} error={errors?.name} />
          <TextArea
            name="description"
            label={t("manage.details.field.description")}
            hint={t("manage.details.field.descriptionHint")}
            defaultValue={valueOf(values, "description")}
            error={errors?.description}
            rows={5}
          />
          {data.operators ? (
            <SelectField
              name="organisationId"
              label={t("manage.details.field.operator")}
              options={data.operators.map((o) => ({ value: o.id, label: o.name }))}
              defaultValue={valueOf(values, "organisationId")}
              error={errors?.organisationId}
            />
          ) : (
            <div className="nhsuk-form-group">
              <h2 className="nhsuk-label nhsuk-label--s manage-label-heading">{t("manage.details.field.operator")}</h2>
              <p>{data.operator}</p>
              <p className="nhsuk-hint">{t("manage.details.field.operatorReadOnly")}</p>
            </div>
          )}
          <TextArea
            name="whoFor"
            label={t("manage.details.field.whoFor")}
            hint={t("manage.details.field.whoForHint")}
            defaultValue={valueOf(values, "whoFor")}
            error={errors?.whoFor}
            rows={2}
          />
          <AddressFields values={values} errors={errors} />
          <TextArea
            name="gettingThere"
            label={t("manage.details.field.gettingThere")}
            hint={t("manage.details.field.gettingThereHint")}
            defaultValue={valueOf(values, "gettingThere")}
            error={errors?.gettingThere}
            rows={3}
          />
          <fieldset className="nhsuk-fieldset manage-fieldset">
            <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">{t("manage.details.contact")}</legend>
            <TextField name="phone" type="tel" width={20} autoComplete="tel" label={t("manage.details.field.phone")} defaultValue={valueOf(values, "phone")} error={errors?.phone} />
            <TextField name="email" type="email" autoComplete="email" label={t("manage.details.field.email")} defaultValue={valueOf(values, "email")} error={errors?.email} />
            <TextField name="website" type="url" label={t("manage.details.field.website")} hint={t("manage.details.field.websiteHint")} defaultValue={valueOf(values, "website")} error={errors?.website} />
          </fieldset>
          <TagChoices
            name="accessTagIds"
            legend={t("manage.details.field.accessibility")}
            hint={t("manage.details.field.accessibilityHint")}
            tags={data.accessTags}
            selected={valuesOf(values, "accessTagIds")}
            errors={errors}
          />
          <TextArea
            name="accessNotes"
            label={t("manage.details.field.accessNotes")}
            defaultValue={valueOf(values, "accessNotes")}
            error={errors?.accessNotes}
            rows={3}
          />
          <TagChoices
            name="languageTagIds"
            legend={t("manage.details.field.languages")}
            hint={t("manage.details.field.languagesHint")}
            tags={data.languageTags}
            selected={valuesOf(values, "languageTagIds")}
            errors={errors}
          />
          <PreviewAndSaveButtons intent="save" label={t("manage.details.save")} />
        </Form>
      ) : (
        <>
          <ErrorSummary errors={errors} />
          <CafeDetailsSummary
          values={data.values}
          operator={data.operator}
            tagLabel={(id) => [...data.accessTags, ...data.languageTags].find((tag) => tag.id === id)?.label}
          />
        </>
      )}

      <h2 className="nhsuk-heading-m" id="footprint-heading">
        {t("manage.details.footprintHeading")}
      </h2>
      <p>{data.footprint ? t("manage.details.footprintCurrent", { footprint: data.footprint }) : t("manage.details.footprintNone")}</p>
      {data.suggested && data.suggested.name !== data.footprint ? (
        <p>{t("manage.details.footprintSuggested", { footprint: data.suggested.name })}</p>
      ) : null}
      {data.footprints ? (
        <Form method="post" noValidate className="manage-form" aria-labelledby="footprint-heading">
          <input type="hidden" name="intent" value="footprint" />
          <SelectField
            name="footprintId"
            label={t("manage.details.field.footprint")}
            options={[
              { value: "", label: t("manage.details.field.footprintNone") },
              ...data.footprints.map((f) => ({ value: f.id, label: f.name })),
            ]}
            defaultValue={valueOf(footprintSubmit ? submitted : data.values, "footprintId")}
            error={footprintErrors?.footprintId}
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
