import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorSummary, SelectField, TextArea, TextField } from "~/components/forms";
import { AddressFields } from "~/components/manage/AddressFields";
import { BackLink } from "~/components/manage/BackLink";
import { useAppForm } from "~/lib/forms";
import { t } from "~/lib/i18n";
import { NEW_CAFE_STATUSES, newCafeSchema } from "~/modules/cafe";
import { createCafe, footprintChoices } from "~/modules/cafe/index.server";
import { organisationChoices } from "~/modules/organisation/index.server";
import { requirePermission } from "~/modules/identity/index.server";
import { readSubmission } from "~/platform/forms.server";
import { refused } from "~/platform/responses.server";
import manageStyles from "~/styles/manage.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: manageStyles }];
export const meta: MetaFunction = () => [{ title: `${t("manage.admin.newCafe.title")} – ${t("brand.appName")}` }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "cafe.administer");
  const [operators, footprints] = await Promise.all([organisationChoices(), footprintChoices()]);
  return { operators, footprints };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "cafe.administer");
  const read = await readSubmission(request, newCafeSchema);
  if (!read.ok) return read.response;
  const result = await createCafe(user, read.value);
  if (result.ok) return redirect(`/admin/cafes/${result.id}?created=1`);
  if ("errors" in result) return read.refuse({ fieldErrors: result.errors });
  refused(result);
}

export default function NewCafe() {
  const { operators, footprints } = useLoaderData<typeof loader>();
  const { fields, formProps, summary } = useAppForm({
    schema: newCafeSchema,
    lastResult: useActionData<typeof action>(),
    defaultValue: { status: "setting-up" },
  });
  return (
    <>
      <BackLink to="/admin/cafes">{t("manage.admin.cafes.back")}</BackLink>
      <h1>{t("manage.admin.newCafe.title")}</h1>
      <Form method="post" {...formProps} className="manage-form">
        <ErrorSummary errors={summary} />
        <TextField field={fields.name} label={t("manage.details.field.name")} />
        <SelectField
          field={fields.organisationId}
          label={t("manage.details.field.operator")}
          options={[{ value: "", label: t("manage.admin.newCafe.chooseOperator") }, ...operators.map((o) => ({ value: o.id, label: o.name }))]}
        />
        <AddressFields fields={fields} />
        <SelectField
          field={fields.footprintId}
          label={t("manage.details.field.footprint")}
          hint={t("manage.admin.newCafe.footprintHint")}
          options={[{ value: "", label: t("manage.admin.newCafe.footprintSuggest") }, ...footprints.map((f) => ({ value: f.id, label: f.name }))]}
        />
        <SelectField
          field={fields.status}
          label={t("manage.admin.newCafe.status")}
          options={NEW_CAFE_STATUSES.map((s) => ({ value: s, label: t(`manage.status.${s}`) }))}
        />
        <TextArea field={fields.description} label={t("manage.details.field.description")} />
        <button type="submit" className="nhsuk-button">
          {t("manage.admin.newCafe.create")}
        </button>
      </Form>
    </>
  );
}
