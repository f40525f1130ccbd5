import { Form } from "@remix-run/react";
import { roleLabel } from "~/components/auth/role-label";
import { SelectField, TextField, valueOf, type FieldErrors, type FieldValues } from "~/components/forms";
import { ROLES } from "~/modules/identity";
import { t } from "~/lib/i18n";

/**
 * Invite someone with a role. The organisation and café choices are always shown (the form works
 * without JavaScript); the server uses only the one the chosen role needs.
 */
export function InviteForm({
  errors,
  values,
  organisations,
  cafes,
  days,
}: {
  errors: FieldErrors;
  values: FieldValues;
  organisations: { id: string; name: string }[];
  cafes: { id: string; name: string; organisationName: string }[];
  days: number;
}) {
  return (
    <Form method="post" noValidate aria-labelledby="invite-title">
      <h2 id="invite-title">{t("admin.users.inviteTitle")}</h2>
      <p>{t("admin.users.inviteIntro", { days })}</p>
      <input type="hidden" name="intent" value="invite" />
      <TextField
        name="email"
        type="email"
        label={t("admin.users.email")}
        autoComplete="off"
        spellCheck={false}
        defaultValue={valueOf(values, "email")}
        error={errors?.email}
        width={30}
      />
      <SelectField
        name="role"
        label={t("admin.users.role")}
        defaultValue={valueOf(values, "role")}
        error={errors?.role}
        options={[{ value: "", label: t("admin.users.chooseRole") }, ...ROLES.map((r) => ({ value: r, label: roleLabel(r) }))]}
      />
      <SelectField
        name="organisationId"
        label={t("admin.users.organisation")}
        hint={t("admin.users.organisationHint")}
        defaultValue={valueOf(values, "organisationId")}
        error={errors?.organisationId}
        options={[{ value: "", label: t("admin.users.none") }, ...organisations.map((o) => ({ value: o.id, label: o.name }))]}
      />
      <SelectField
        name="cafeId"
        label={t("admin.users.cafe")}
        hint={t("admin.users.cafeHint")}
        defaultValue={valueOf(values, "cafeId")}
        error={errors?.cafeId}
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
