import { z } from "zod";
import { ROLES, SCOPED_ROLES } from "~/modules/identity";
import { t } from "~/lib/i18n";
import { emailAddress, text } from "~/components/auth/schemas";

/** The admin's invitation form, shared by the action and the page. */
export const inviteSchema = z
  .object({
    email: emailAddress(t("admin.users.error.email"), t("admin.users.error.email")),
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
