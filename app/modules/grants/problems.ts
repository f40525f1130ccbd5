import { isMessageCode, t, words, type MessageKey } from "~/lib/i18n";
import { isAttachmentKind } from "./sections";
import type { SectionProblem } from "./sections";

/**
 * What still stops an application being submitted, in words that name the field ("Postcode is needed"),
 * for the list on the application's page (each linking to the field on its section's page).
 */

/** Fields whose label is not simply `grants.field.<name>`. */
const LABELS: Record<string, MessageKey> = {
  coverageSiteId: "grants.field.university",
  languageTagIds: "grants.field.languages",
  lines: "grants.field.budgetLines",
  category: "grants.field.budgetCategory",
  description: "grants.field.budgetDescription",
  amount: "grants.field.budgetAmount",
  day: "grants.field.sessionDay",
  start: "grants.field.sessionStart",
  end: "grants.field.sessionEnd",
  note: "grants.field.sessionNote",
};

/** The label of a problem's field ("Budget line 2: Category"), or null for the section as a whole. */
export function problemFieldLabel(field: string): string | null {
  if (!field) return null;
  if (field.startsWith("attachment-")) {
    const kind = field.slice("attachment-".length);
    return isAttachmentKind(kind) ? t(`grants.attachment.${kind}` as MessageKey) : null;
  }
  const row = /^(lines|sessions)\[(\d+)\]\.(\w+)$/.exec(field);
  const name = row ? row[3]! : field;
  const key = LABELS[name] ?? `grants.field.${name}`;
  if (!isMessageCode(key)) return null;
  const label = t(key as MessageKey);
  if (!row) return label;
  const n = Number(row[2]) + 1;
  return t("grants.app.problem.row", { row: t(row[1] === "lines" ? "grants.app.problem.line" : "grants.app.problem.session", { n }), field: label });
}

/** A problem in words, naming its field: "Postcode is needed", "Amount requested: The most this round awards is £15,000". */
export function problemWords(problem: Pick<SectionProblem, "field" | "message">): string {
  const label = problemFieldLabel(problem.field);
  if (!label) return words(problem.message);
  if (problem.message === "grants.section.error.required") return t("grants.app.problem.needed", { field: label });
  return t("grants.app.problem.other", { field: label, message: words(problem.message) });
}
