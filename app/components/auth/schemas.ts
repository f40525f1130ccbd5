import { z } from "zod";
import { t } from "~/lib/i18n";

/**
 * The account forms' validation, shared by the server actions and the pages. Messages say what to do.
 * Keep MIN/MAX in step with app/modules/identity/password.server.ts (MIN_PASSWORD_LENGTH).
 */
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A single text value from the form (missing fields become ""). */
export function text<S extends z.ZodType>(schema: S) {
  return z.preprocess((v) => (typeof v === "string" ? v : Array.isArray(v) ? (v[0] ?? "") : ""), schema);
}

/** An email address, trimmed and in lower case: `missing` when left empty, `invalid` when it is not one. */
export function emailAddress(missing: string, invalid: string) {
  return text(z.string().trim().toLowerCase().min(1, missing).max(254, invalid).regex(EMAIL_PATTERN, invalid));
}

const emailField = emailAddress(t("auth.error.emailRequired"), t("auth.error.emailFormat"));

const newPassword = text(
  z
    .string()
    .min(PASSWORD_MIN, t("auth.error.passwordTooShort", { min: PASSWORD_MIN }))
    .max(PASSWORD_MAX, t("auth.error.passwordTooLong", { max: PASSWORD_MAX })),
);
const confirm = text(z.string().min(1, t("auth.error.confirmRequired")));

function matching<T extends { password: string; confirm: string }>(schema: z.ZodType<T>) {
  return schema.refine((d) => d.password === d.confirm, { message: t("auth.error.passwordsDiffer"), path: ["confirm"] });
}

export const signInSchema = z.object({
  email: emailField,
  password: text(z.string().min(1, t("auth.error.passwordRequired")).max(1000, t("auth.signIn.failed"))),
  redirectTo: text(z.string().max(2000)).optional(),
});

export const forgotPasswordSchema = z.object({ email: emailField });

export const newPasswordSchema = matching(z.object({ password: newPassword, confirm }));

export const changePasswordSchema = matching(
  z.object({
    currentPassword: text(z.string().min(1, t("auth.error.currentPasswordRequired")).max(1000)),
    password: newPassword,
    confirm,
  }),
);

export const NAME_MAX = 100;
export const newAccountSchema = matching(
  z.object({
    name: text(
      z
        .string()
        .trim()
        .min(1, t("auth.error.nameRequired"))
        .max(NAME_MAX, t("auth.error.nameTooLong", { max: NAME_MAX })),
    ),
    password: newPassword,
    confirm,
  }),
);
