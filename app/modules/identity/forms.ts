import { z } from "zod";
import { emailAddress, message, secret, text } from "~/lib/forms";
import { ROLES, SCOPED_ROLES } from "./roles";

/**
 * The account and user forms: sign in, forgotten password, new password, change password, accepting an
 * invitation, inviting someone. One schema per form, used by its action and by its page in the browser.
 * Passwords: at least PASSWORD_MIN characters (see password.server.ts), at most PASSWORD_MAX.
 */
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;
export const NAME_MAX = 100;

/** Fields never sent back to the page. */
export const PASSWORD_FIELDS = ["password", "confirm", "currentPassword"];

const emailField = emailAddress(message("auth.error.emailRequired"), message("auth.error.emailFormat"));

const newPassword = secret(
  z
    .string()
    .min(PASSWORD_MIN, message("auth.error.passwordTooShort", { min: PASSWORD_MIN }))
    .max(PASSWORD_MAX, message("auth.error.passwordTooLong", { max: PASSWORD_MAX })),
);
const confirm = secret(z.string().min(1, message("auth.error.confirmRequired")));

function matching<S extends z.ZodType<{ password: string; confirm: string }>>(schema: S): S {
  return schema.refine((d) => d.password === d.confirm, { message: message("auth.error.passwordsDiffer"), path: ["confirm"] }) as S;
}

export const signInSchema = z.object({
  email: emailField,
  password: secret(z.string().min(1, message("auth.error.passwordRequired")).max(1000, message("auth.signIn.failed"))),
  redirectTo: text(z.string().max(2000)).optional(),
});

export const forgotPasswordSchema = z.object({ email: emailField });

export const newPasswordSchema = matching(z.object({ password: newPassword, confirm }));

export const changePasswordSchema = matching(
  z.object({
    currentPassword: secret(z.string().min(1, message("auth.error.currentPasswordRequired")).max(1000)),
    password: newPassword,
    confirm,
  }),
);

export const newAccountSchema = matching(
  z.object({
    name: text(
      z
        .string()
        .trim()
        .min(1, message("auth.error.nameRequired"))
        .max(NAME_MAX, message("auth.error.nameTooLong", { max: NAME_MAX })),
    ),
    password: newPassword,
    confirm,
  }),
);

/** The admin's invitation form. */
export const inviteSchema = z
  .object({
    email: emailAddress(message("admin.users.error.email"), message("admin.users.error.email")),
    role: text(z.enum(ROLES, { error: message("admin.users.error.role") })),
    organisationId: text(z.string().trim().max(100)),
    cafeId: text(z.string().trim().max(100)),
  })
  .superRefine((d, ctx) => {
    const scope = SCOPED_ROLES[d.role];
    if (scope === "organisation" && !d.organisationId) {
      ctx.addIssue({ code: "custom", path: ["organisationId"], message: message("admin.users.error.organisation") });
    }
    if (scope === "cafe" && !d.cafeId) {
      ctx.addIssue({ code: "custom", path: ["cafeId"], message: message("admin.users.error.cafe") });
    }
  })
  .transform((d) => {
    const scope = SCOPED_ROLES[d.role];
    return {
      email: d.email,
      role: d.role,
      organisationId: scope === "organisation" ? d.organisationId : null,
      cafeId: scope === "cafe" ? d.cafeId : null,
    };
  });

/** A form that names one record (withdraw an invitation, remove a role, retry an email); a name that cannot be one is not found. */
const recordGone = message("admin.users.error.notFound");
export const idSchema = z.object({ id: text(z.string().trim().min(1, recordGone).max(100, recordGone)) });
