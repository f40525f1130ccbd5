import type { MessageKey } from "~/lib/i18n";

/**
 * The way from an application to its grant: an awarded application leads to its offer (to read and
 * accept), an accepted or launched one to its grant's page; none before a decision.
 */
export function awardLink(application: { id: string; status: string }): { href: string; label: MessageKey } | null {
  if (application.status === "awarded") return { href: `/organisation/awards/${application.id}`, label: "grants.app.offerLink" };
  if (application.status === "accepted" || application.status === "launched") return { href: `/organisation/awards/${application.id}`, label: "grants.app.grantLink" };
  return null;
}
