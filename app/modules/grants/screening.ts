import { z } from "zod";
import { choices, message, text } from "~/lib/forms";
import { t, type MessageKey } from "~/lib/i18n";
import { SECTION_KEYS, SECTION_TITLES, type SectionKey } from "./sections";
import { sectionRows, type SectionNames } from "./section-display";

/**
 * Screening: the officer answers the round's eligibility checklist and chooses an outcome — eligible (to
 * the panel), ineligible with a reason (the applicant is told), or more information: named sections
 * reopen with a comment, and only those may change before the applicant submits again.
 */
export const SCREENING_OUTCOMES = ["eligible", "ineligible", "more-information"] as const;
export type ScreeningOutcome = (typeof SCREENING_OUTCOMES)[number];

export const checkField = (checkId: string) => `check_${checkId}`;

export function screeningSchema(checkIds: readonly string[]) {
  const shape: Record<string, z.ZodType> = {
    outcome: text(z.enum(SCREENING_OUTCOMES, { message: message("grantsPanel.screening.error.outcome") })),
    reason: text(z.string().trim().max(5000, message("grantsPanel.error.tooLong", { max: 5000 }))),
    sections: choices(z.enum(SECTION_KEYS, { message: message("grantsPanel.problem.sections-required") })),
    comment: text(z.string().trim().max(5000, message("grantsPanel.error.tooLong", { max: 5000 }))),
  };
  for (const id of checkIds) {
    shape[checkField(id)] = text(z.enum(["", "yes", "no"], { message: message("grantsPanel.screening.error.check") }));
  }
  return z
    .object(shape)
    .superRefine((value, ctx) => {
      for (const id of checkIds) {
        if (!value[checkField(id)]) ctx.addIssue({ code: "custom", path: [checkField(id)], message: message("grantsPanel.screening.error.check") });
      }
      if (value.outcome === "ineligible" && !value.reason) {
        ctx.addIssue({ code: "custom", path: ["reason"], message: message("grantsPanel.problem.reason-required") });
      }
      if (value.outcome === "more-information") {
        if (!(value.sections as string[]).length) ctx.addIssue({ code: "custom", path: ["sections"], message: message("grantsPanel.problem.sections-required") });
        if (!value.comment) ctx.addIssue({ code: "custom", path: ["comment"], message: message("grantsPanel.screening.error.comment") });
      }
    })
    .transform((value) => ({
      outcome: value.outcome as ScreeningOutcome,
      reason: value.reason as string,
      sections: value.sections as SectionKey[],
      comment: value.comment as string,
      answers: Object.fromEntries(checkIds.map((id) => [id, value[checkField(id)] === "yes"])) as Record<string, boolean>,
    }));
}
export type ScreeningForm = z.output<ReturnType<typeof screeningSchema>>;

/** One section's answers before and after, as rows of label → lines, only the rows that differ. */
export type SectionChange = { key: SectionKey; rows: { label: MessageKey; before: string[]; after: string[] }[] };

/** A stable JSON text (keys sorted), so the same answers compare equal whatever order they were stored in. */
function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(",")}]`;
  if (value && typeof value === "object") {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stable((value as Record<string, unknown>)[k])}`)
      .join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}

/**
 * What changed between two submissions, section by section (in the form's order): for each section whose
 * answers differ, the rows that differ with their lines before and after.
 */
export function submissionChanges(before: Record<string, unknown>, after: Record<string, unknown>, names: SectionNames = {}): SectionChange[] {
  const changes: SectionChange[] = [];
  for (const key of SECTION_KEYS) {
    if (stable(before[key]) === stable(after[key])) continue;
    const was = sectionRows(key, before[key], names);
    const now = sectionRows(key, after[key], names);
    const rows = now
      .map((row, i) => ({ label: row.label, before: was.find((w) => w.label === row.label)?.lines ?? was[i]?.lines ?? [], after: row.lines }))
      .filter((row) => stable(row.before) !== stable(row.after));
    changes.push({ key, rows });
  }
  return changes;
}

/** The email to the applicant after screening. */
export function screeningEmail(input: {
  outcome: ScreeningOutcome;
  reference: string;
  cafeName: string;
  round: string;
  reason: string;
  comment: string;
  sections: readonly SectionKey[];
  link: string;
}): { subject: string; text: string } {
  const vars = { reference: input.reference, cafe: input.cafeName || input.reference, round: input.round, link: input.link };
  if (input.outcome === "eligible") {
    return { subject: t("grantsPanel.email.eligible.subject", vars), text: t("grantsPanel.email.eligible.text", vars) };
  }
  if (input.outcome === "ineligible") {
    return { subject: t("grantsPanel.email.ineligible.subject", vars), text: t("grantsPanel.email.ineligible.text", { ...vars, reason: input.reason }) };
  }
  const sections = input.sections.map((key) => `- ${t(SECTION_TITLES[key])}`).join("\n");
  return {
    subject: t("grantsPanel.email.moreInformation.subject", vars),
    text: t("grantsPanel.email.moreInformation.text", { ...vars, sections, comment: input.comment }),
  };
}
