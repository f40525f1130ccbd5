import { TextField, type FormField } from "~/components/forms";
import { t } from "~/lib/i18n";

/**
 * A new password, typed twice. Passwords are never sent back to the page, so these fields always
 * start empty.
 */
export function NewPasswordFields({ password, confirm, minLength }: { password: FormField; confirm: FormField; minLength: number }) {
  return (
    <>
      <TextField
        field={password}
        type="password"
        label={t("auth.field.newPassword")}
        hint={t("auth.passwordHint", { min: minLength })}
        autoComplete="new-password"
        width={20}
      />
      <TextField field={confirm} type="password" label={t("auth.field.confirmPassword")} autoComplete="new-password" width={20} />
    </>
  );
}
