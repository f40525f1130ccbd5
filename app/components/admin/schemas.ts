import { z } from "zod";
import { ROLES, SCOPED_ROLES } from "~/domain/roles";
import { t } from "~/i18n";

/** The admin's invitation form, shared by the action and the page. */
function text<S extends z.ZodType>(schema: S) {
  return z.preprocess((v) => (typeof v === "string" ? v : Array.isArray(v) ? (v[0] ?? "") : ""), schema);
}

export const inviteSchema = z
  .object({
    email: text(
      z
        .string()
        .trim()
        .toLowerCase()
        .min(1, t("admin.users.error.email"))
        .max(254, t("admin.users.error.email"))
        .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, t("admin.users.error.email")),
    ),
    role: text(z.enum(ROLES, { error: t("admin.users.error.role") })),
    organisationId: text(z.string().trim().max(100)),
    cafeId: text(z.string().trim().max(100)),
  })
  .superRefine((d, ctx) => {
    const scope = SCOPED_ROLES[d.role];
    if (scope === "organisation" && !d.organisationId) {
      ctx.addIssue({ code: "custom", path: ["organisationId"], message: t("admin.users.error.organisation") });
    }
    if (scope === "cafe" && !d.cafeId) {
      ctx.addIssue({ code: "custom", path: ["cafeId"], message: t("admin.users.error.cafe") });
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

export const idSchema = z.object({ id: text(z.string().trim().min(1).max(100)) });
