import { t, type MessageKey } from "~/lib/i18n";
import type { BudgetLine, SectionKey, SessionLine } from "./sections";

/**
 * A section's answers as rows of a summary list (label, lines of text), for the read-only view of an
 * application (the applicant's page, the officer's, the panel's) and for comparing two versions of a
 * section. `names` turns stored ids (language tags, university sites, footprints) into names.
 */

export type SectionRow = { label: MessageKey; lines: string[] };
export type SectionNames = Record<string, string>;

const money = new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP" });

/** Pence as pounds, "£1,250.00". */
export function formatPounds(pence: number): string {
  return money.format(pence / 100);
}

function str(value: unknown): string {
  if (value === null || value === undefined) return "";
  return typeof value === "string" ? value : typeof value === "number" ? String(value) : "";
}

export function sectionRows(key: SectionKey, data: unknown, names: SectionNames = {}): SectionRow[] {
  const d = (data && typeof data === "object" ? data : {}) as Record<string, unknown>;
  const row = (label: MessageKey, ...values: unknown[]): SectionRow => ({ label, lines: values.map(str).filter((v) => v.trim() !== "") });
  const named = (id: unknown) => (typeof id === "string" && id ? (names[id] ?? id) : "");
  switch (key) {
    case "cafe":
      return [
        row("grants.field.cafeName", d.cafeName),
        row("grants.field.venue", d.venueName, d.addressLine1, d.town, d.postcode),
        row("grants.field.footprint", named(d.footprintId)),
        ...(d.coverageSiteId ? [row("grants.field.university", named(d.coverageSiteId))] : []),
      ];
    case "communities":
      return [row("grants.field.communities", d.communities), row("grants.field.culturalOffer", d.culturalOffer)];
    case "languages":
      return [
        row("grants.field.languages", ...(Array.isArray(d.languageTagIds) ? d.languageTagIds.map(named) : [])),
        row("grants.field.otherLanguages", d.otherLanguages),
      ];
    case "sessions": {
      const lines = Array.isArray(d.sessions) ? (d.sessions as SessionLine[]) : [];
      return [
        row(
          "grants.field.sessions",
          ...lines.map((l) =>
            t("grants.display.session", {
              day: l.day ? t(`hours.weekday.${l.day}` as MessageKey) : "?",
              start: l.start || "?",
              end: l.end || "?",
              note: l.note ? ` – ${l.note}` : "",
            }),
          ),
        ),
        row("grants.field.sessionsNote", d.sessionsNote),
      ];
    }
    case "staffing":
      return [
        row("grants.field.paidWorkers", d.paidWorkers),
        row("grants.field.volunteers", d.volunteers),
        row("grants.field.supervision", d.supervision),
      ];
    case "safeguarding":
      return [
        row("grants.field.leadName", d.leadName),
        row("grants.field.leadRole", d.leadRole),
        row("grants.field.arrangements", d.arrangements),
      ];
    case "partners":
      return [row("grants.field.partners", d.partners), row("grants.field.coLocation", d.coLocation)];
    case "community-voice":
      return [row("grants.field.howShaped", d.howShaped)];
    case "budget": {
      const lines = Array.isArray(d.lines) ? (d.lines as BudgetLine[]) : [];
      return [
        row(
          "grants.field.budgetLines",
          ...lines.map((l) =>
            t("grants.display.budgetLine", {
              category: l.category ? t(`grants.budget.category.${l.category}` as MessageKey) : "?",
              description: l.description ? ` (${l.description})` : "",
              amount: l.amount === null ? "?" : formatPounds(l.amount),
            }),
          ),
        ),
        row("grants.field.amountRequested", typeof d.amountRequested === "number" ? formatPounds(d.amountRequested) : ""),
      ];
    }
    case "start":
      return [row("grants.field.plannedStartDate", d.plannedStartDate)];
  }
}

/** Whether two versions of a section say the same (compared as their rows, so formatting alone is no change). */
export function sameSection(key: SectionKey, a: unknown, b: unknown): boolean {
  return JSON.stringify(sectionRows(key, a)) === JSON.stringify(sectionRows(key, b));
}
