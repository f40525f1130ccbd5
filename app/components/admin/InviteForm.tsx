import { Form } from "@remix-run/react";
import { roleLabel } from "~/components/auth/role-label";
import { SelectField, TextField } from "~/components/forms";
import type { useAppForm } from "~/lib/forms";
import { t } from "~/lib/i18n";
import { ROLES, type inviteSchema } from "~/modules/identity";

/**
 * Invite someone with a role. The organisation and café choices are always shown (the form works
 * without JavaScript); the server uses only the one the chosen role needs.
 */
export function InviteForm({
  form,
  organisations,
  cafes,
  days,
}: {
  /** The page's invitation form (useAppForm over inviteSchema) */
  form: Pick<ReturnType<typeof useAppForm<typeof inviteSchema>>, "fields" | "formProps">;
  organisations: { id: string; name: string }[];
  cafes: { id: string; name: string; organisationName: string }[];
  days: number;
}) {
  const { fields, formProps } = form;
  return (
    <Form method="post" {...formProps} aria-labelledby="invite-title">
      <h2 id="invite-title">{t("admin.users.inviteTitle")}</h2>
      <p>{t("admin.users.inviteIntro", { days })}</p>
      <input type="hidden" name="intent" value="invite" />
      <TextField field={fields.email} type="email" label={t("admin.users.email")} autoComplete="off" spellCheck={false} width={30} />
      <SelectField
        field={fields.role}
        label={t("admin.users.role")}
        options={[{ value: "", label: t("admin.users.chooseRole") }, ...ROLES.map((r) => ({ value: r, label: roleLabel(r) }))]}
      />
      <SelectField
        field={fields.organisationId}
        label={t("admin.users.organisation")}
        hint={t("admin.users.organisationHint")}
        options={[{ value: "", label: t("admin.users.none") }, ...organisations.map((o) => ({ value: o.id, label: o.name }))]}
      />
      <SelectField
        field={fields.cafeId}
        label={t("admin.users.cafe")}
        hint={t("admin.users.cafeHint")}
        options={[
          { value: "", label: t("admin.users.none") },
          ...cafes.map((c) => ({ value: c.id, label: t("admin.users.cafeOption", { cafe: c.name, organisation: c.organisationName }) })),
        ]}
      />
      <button className="nhsuk-button" type="submit">
        {t("admin.users.inviteButton")}
      </button>
    </Form>
  );
}
