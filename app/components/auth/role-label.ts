import { isRole } from "~/modules/identity";
import { t } from "~/lib/i18n";

/** The name of a role as people read it, with its organisation or café when it has one. */
export function roleLabel(role: string, scope?: string | null): string {
  const name = isRole(role) ? t(`auth.role.${role}`) : role;
  return scope ? t("auth.role.withScope", { role: name, scope }) : name;
}
