import { TextField, type FieldErrors } from "~/components/forms";
import { t } from "~/lib/i18n";

/**
 * A new password, typed twice. Passwords are never sent back to the page, so these fields always
 * start empty.
 */
export function NewPasswordFields({ errors, minLength }: { errors: FieldErrors; minLength: number }) {
  return (
    <>
      <TextField
        name="password"
        type="password"
        label={t("auth.field.newPassword")}
        hint={t("auth.passwordHint", { min: minLength })}
        error={errors?.password}
        autoComplete="new-password"
        width={20}
      />
      <TextField
        name="confirm"
        type="password"
        label={t("auth.field.confirmPassword")}
        error={errors?.confirm}
        autoComplete="new-password"
        width={20}
      />
    </>
  );
}
