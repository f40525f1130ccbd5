import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorSummary, SelectField, TextArea, TextField, valueOf, type FormField } from "~/components/forms";
import { ADDRESS_FIELDS, AddressFields, type AddressFieldNames } from "~/components/manage/AddressFields";
import { failureErrors } from "~/components/manage/results";
import { newCafeSchema } from "~/components/manage/schemas";
import { BackLink } from "~/components/manage/BackLink";
import { t } from "~/lib/i18n";
import { createCafe, footprintChoices } from "~/modules/cafe/index.server";
import { organisationChoices } from "~/modules/organisation/index.server";
import { requirePermission } from "~/modules/identity/index.server";
import { formFailure, parseForm, readForm } from "~/platform/forms.server";
import manageStyles from "~/styles/manage.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: manageStyles }];
export const meta: MetaFunction = () => [{ title: `${t("manage.admin.newCafe.title")} – ${t("brand.appName")}` }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "cafe.administer");
  const [operators, footprints] = await Promise.all([organisationChoices(), footprintChoices()]);
  return json({ operators, footprints });
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "cafe.administer");
  const read = await readForm(request);
  if (!read.ok) return read.response;
  const form = read.formData;
  const parsed = parseForm(form, newCafeSchema);
  if (!parsed.ok) return formFailure(parsed);
  const result = await createCafe(user, parsed.data);
  if (!result.ok) return formFailure({ errors: failureErrors(result) ?? {}, values: parsed.values });
  return redirect(`/admin/cafes/${result.id}?created=1`);
}

export default function NewCafe() {
  const { operators, footprints } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const values = actionData?.values;
  const errors = actionData?.errors;
  return (
    <>
      <BackLink to="/admin/cafes">{t("manage.admin.cafes.back")}</BackLink>
      <h1>{t("manage.admin.newCafe.title")}</h1>
      <Form method="post" noValidate className="manage-form">
        <ErrorSummary errors={errors} />
        <TextField name="name" label={t("manage.details.field.name")} defaultValue={valueOf(values, "name")} error={errors?.name} />
        <SelectField
          name="organisationId"
          label={t("manage.details.field.operator")}
          options={[{ value: "", label: t("manage.admin.newCafe.chooseOperator") }, ...operators.map((o) => ({ value: o.id, label: o.name }))]}
          defaultValue={valueOf(values, "organisationId")}
          error={errors?.organisationId}
        />
        <AddressFields
          fields={Object.fromEntries(ADDRESS_FIELDS.map((name) => [name, { name, initialValue: values?.[name], errors: errors?.[name] ? [errors[name]] : [] }])) as Record<AddressFieldNames, FormField>}
        />
        <SelectField
          name="footprintId"
          label={t("manage.details.field.footprint")}
          hint={t("manage.admin.newCafe.footprintHint")}
          options={[{ value: "", label: t("manage.admin.newCafe.footprintSuggest") }, ...footprints.map((f) => ({ value: f.id, label: f.name }))]}
          defaultValue={valueOf(values, "footprintId")}
          error={errors?.footprintId}
        />
        <SelectField
          name="status"
          label={t("manage.admin.newCafe.status")}
          options={(["setting-up", "planned", "open"] as const).map((s) => ({ value: s, label: t(`manage.status.${s}`) }))}
          defaultValue={valueOf(values, "status", "setting-up")}
          error={errors?.status}
        />
        <TextArea name="description" label={t("manage.details.field.description")} defaultValue={valueOf(values, "description")} error={errors?.description} />
        <button type="submit" className="nhsuk-button">
          {t("manage.admin.newCafe.create")}
        </button>
      </Form>
    </>
  );
}
