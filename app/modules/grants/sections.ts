import { z } from "zod";
import { choices, message, text } from "~/lib/forms";
import type { MessageCode, MessageKey } from "~/lib/i18n";
import { isValidDate } from "~/lib/london-time";

/**
 * The sections of a grant application: each is a form of its own, saved on its own (with a version, so a
 * save that would overwrite a newer one is refused). A draft may be saved half done: a section's schema
 * checks only what is typed (lengths, amounts, dates); `sectionProblems` says what is still missing, and
 * submitting needs none. The stored data of a section is its schema's output, as JSON.
 */

export const SECTION_KEYS = [
  "cafe",
  "communities",
  "languages",
  "sessions",
  "staffing",
  "safeguarding",
  "partners",
  "community-voice",
  "budget",
  "start",
] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

export function isSectionKey(value: unknown): value is SectionKey {
  return typeof value === "string" && (SECTION_KEYS as readonly string[]).includes(value);
}

/** Files an application carries, and the section that asks for each. All three are needed to submit. */
export const ATTACHMENT_KINDS = ["safeguarding-policy", "accounts", "constitution"] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];
export const ATTACHMENT_SECTION: Record<AttachmentKind, SectionKey> = {
  "safeguarding-policy": "safeguarding",
  accounts: "budget",
  constitution: "partners",
};
export function isAttachmentKind(value: unknown): value is AttachmentKind {
  return typeof value === "string" && (ATTACHMENT_KINDS as readonly string[]).includes(value);
}

export const BUDGET_CATEGORIES = ["staff", "venue", "refreshments", "training", "other"] as const;
export type BudgetCategory = (typeof BUDGET_CATEGORIES)[number];

// ------------------------------------------------------------------ field rules

const tooLong = (max: number) => message("grants.section.error.tooLong", { max });

/** Text that may be left empty in a draft ("" when empty). */
const draftText = (max: number) => text(z.string().trim().max(max, tooLong(max)));

/** Pounds as typed ("1,250", "£1250.50") → pence; null when it cannot be read. */
export function parsePounds(raw: string): number | null {
  const cleaned = raw.trim().replace(/^£/, "").replace(/,/g, "").trim();
  if (!/^\d{1,9}(\.\d{1,2})?$/.test(cleaned)) return null;
  const [whole, fraction = ""] = cleaned.split(".");
  return Number(whole) * 100 + Number(fraction.padEnd(2, "0"));
}

/** Pence as a form shows them again: "1250" or "1250.50". */
export function poundsText(pence: number): string {
  const whole = Math.floor(pence / 100);
  const rest = pence % 100;
  return rest === 0 ? String(whole) : `${whole}.${String(rest).padStart(2, "0")}`;
}

/** A whole number of people/hours typed as digits, 0–999; null when empty. */
const draftCount = text(
  z
    .string()
    .trim()
    .transform((raw, ctx): number | null => {
      if (raw === "") return null;
      if (!/^\d{1,3}$/.test(raw)) {
        ctx.addIssue({ code: "custom", message: message("grants.section.error.count") });
        return z.NEVER;
      }
      return Number(raw);
    }),
);

const draftDate = text(
  z
    .string()
    .trim()
    .transform((raw, ctx): string => {
      if (raw === "") return "";
      const uk = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(raw);
      const iso = uk ? `${uk[3]}-${uk[2]!.padStart(2, "0")}-${uk[1]!.padStart(2, "0")}` : raw;
      if (!isValidDate(iso)) {
        ctx.addIssue({ code: "custom", message: message("grants.section.error.date") });
        return z.NEVER;
      }
      return iso;
    }),
);

const draftTime = text(
  z
    .string()
    .trim()
    .transform((raw, ctx): string => {
      if (raw === "") return "";
      const m = /^(\d{1,2})[:.]?(\d{2})$/.exec(raw);
      if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) {
        ctx.addIssue({ code: "custom", message: message("grants.section.error.time") });
        return z.NEVER;
      }
      return `${m[1]!.padStart(2, "0")}:${m[2]}`;
    }),
);

/** Repeated rows (`lines[0].amount`): none when missing; rows left wholly empty are dropped by the section. */
const rows = <S extends z.ZodType>(row: S) => z.preprocess((v) => (Array.isArray(v) ? v : v && typeof v === "object" ? Object.values(v) : []), z.array(row));

/** The most rows a section holds: weekly sessions (four a day) and budget lines. */
export const MAX_SESSION_ROWS = 28;
export const MAX_BUDGET_LINES = 50;
const tooManyRows = (max: number) => message("grants.section.error.tooManyRows", { max });

/**
 * The largest body a section form may send (bytes). It must let the server read any section typed without
 * JavaScript up to twice every field's limit in 4-byte characters (12 bytes each once URL-encoded), every
 * row used (the budget at 50 lines is the largest: about 245 kB), so that answers over a limit come back
 * with the message next to the field and the text kept. Anything larger is refused unread.
 */
export const SECTION_FORM_MAX_BYTES = 400_000;

// ------------------------------------------------------------------ the sections' forms

const budgetLine = z.object({
  category: text(z.string().trim()).transform((v, ctx): BudgetCategory | "" => {
    if (v === "" || (BUDGET_CATEGORIES as readonly string[]).includes(v)) return v as BudgetCategory | "";
    ctx.addIssue({ code: "custom", message: message("grants.section.error.category") });
    return z.NEVER;
  }),
  description: draftText(200),
  amount: text(
    z
      .string()
      .trim()
      .transform((raw, ctx): number | null => {
        if (raw === "") return null;
        const pence = parsePounds(raw);
        if (pence === null) {
          ctx.addIssue({ code: "custom", message: message("grants.section.error.amount") });
          return z.NEVER;
        }
        return pence;
      }),
  ),
});
export type BudgetLine = { category: BudgetCategory | ""; description: string; amount: number | null };

const sessionLine = z.object({
  day: text(z.string().trim()).transform((v, ctx): number | null => {
    if (v === "") return null;
    if (/^[1-7]$/.test(v)) return Number(v);
    ctx.addIssue({ code: "custom", message: message("grants.section.error.day") });
    return z.NEVER;
  }),
  start: draftTime,
  end: draftTime,
  note: draftText(200),
});
export type SessionLine = { day: number | null; start: string; end: string; note: string };

export const SECTION_SCHEMAS = {
  cafe: z.object({
    cafeName: draftText(120),
    venueName: draftText(120),
    addressLine1: draftText(120),
    town: draftText(80),
    postcode: draftText(10),
    /** University rounds: the university site (a CoverageSite id). */
    coverageSiteId: draftText(40),
  }),
  communities: z.object({ communities: draftText(2000), culturalOffer: draftText(2000) }),
  languages: z.object({
    languageTagIds: choices(z.string().max(40, message("grants.section.error.unknownChoice"))).transform((ids) => ids.filter(Boolean)),
    otherLanguages: draftText(300),
  }),
  sessions: z.object({
    sessions: rows(sessionLine)
      .transform((lines) => lines.filter((l) => l.day !== null || l.start || l.end || l.note))
      .refine((lines) => lines.length <= MAX_SESSION_ROWS, tooManyRows(MAX_SESSION_ROWS)),
    sessionsNote: draftText(1000),
  }),
  staffing: z.object({ paidWorkers: draftCount, volunteers: draftCount, supervision: draftText(2000) }),
  safeguarding: z.object({ leadName: draftText(120), leadRole: draftText(120), arrangements: draftText(2000) }),
  partners: z.object({ partners: draftText(2000), coLocation: draftText(2000) }),
  "community-voice": z.object({ howShaped: draftText(2000) }),
  budget: z.object({
    lines: rows(budgetLine)
      .transform((lines) => lines.filter((l) => l.category || l.description || l.amount !== null))
      .refine((lines) => lines.length <= MAX_BUDGET_LINES, tooManyRows(MAX_BUDGET_LINES)),
    amountRequested: budgetLine.shape.amount,
  }),
  start: z.object({ plannedStartDate: draftDate }),
} satisfies Record<SectionKey, z.ZodType>;

/** A section's form as the page posts it: its fields and the version the page started from (0: never saved). */
export function sectionSchemaWithVersion(key: SectionKey) {
  return (SECTION_SCHEMAS[key] as z.ZodObject).extend({
    version: text(z.string().trim().regex(/^\d{1,9}$/, message("grants.form.error.version")).transform(Number)),
  });
}

export type SectionData = { [K in SectionKey]: z.output<(typeof SECTION_SCHEMAS)[K]> };
/** Sections as stored: any may be missing (never saved). */
export type ApplicationSectionsData = Partial<{ [K in SectionKey]: SectionData[K] }>;

/** The cafe section as stored also carries the footprint its postcode falls in (found on saving). */
export type CafeSectionStored = SectionData["cafe"] & { footprintId?: string | null };

/** A section's stored JSON, read back leniently: null when it does not match the section's shape. */
export function readSectionData<K extends SectionKey>(key: K, json: string | null | undefined): SectionData[K] | null {
  if (!json) return null;
  try {
    const value = JSON.parse(json) as unknown;
    return value && typeof value === "object" ? (value as SectionData[K]) : null;
  } catch {
    return null;
  }
}

/** A section's stored data as the values its form starts with (amounts back in pounds, rows as lists). */
export function sectionFormValues(key: SectionKey, data: unknown): Record<string, unknown> {
  if (!data || typeof data !== "object") return {};
  const d = data as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(d)) {
    if (name === "footprintId") continue;
    if (name === "amountRequested") out[name] = typeof value === "number" ? poundsText(value) : "";
    else if (name === "lines" && Array.isArray(value))
      out[name] = (value as BudgetLine[]).map((l) => ({ category: l.category, description: l.description, amount: l.amount === null ? "" : poundsText(l.amount) }));
    else if (name === "sessions" && Array.isArray(value))
      out[name] = (value as SessionLine[]).map((l) => ({ day: l.day === null ? "" : String(l.day), start: l.start, end: l.end, note: l.note }));
    else if (typeof value === "number") out[name] = String(value);
    else if (value === null) out[name] = "";
    else out[name] = value;
  }
  void key;
  return out;
}

// ------------------------------------------------------------------ what a section says, and what it still needs

/** The catalogue keys of a section: its heading and its intro. */
export const SECTION_TITLES: Record<SectionKey, MessageKey> = {
  cafe: "grants.section.cafe",
  communities: "grants.section.communities",
  languages: "grants.section.languages",
  sessions: "grants.section.sessions",
  staffing: "grants.section.staffing",
  safeguarding: "grants.section.safeguarding",
  partners: "grants.section.partners",
  "community-voice": "grants.section.communityVoice",
  budget: "grants.section.budget",
  start: "grants.section.start",
};

/** The attachments a section asks for. */
export function sectionAttachments(key: SectionKey): AttachmentKind[] {
  return ATTACHMENT_KINDS.filter((kind) => ATTACHMENT_SECTION[kind] === key);
}

/** The total of the budget lines, in pence (lines without an amount count as nothing). */
export function budgetTotal(lines: readonly { amount: number | null }[]): number {
  return lines.reduce((sum, line) => sum + (line.amount ?? 0), 0);
}

/** What submitting needs to know beyond the sections themselves. */
export type SubmitContext = {
  roundKind: "neighbourhood" | "university" | string;
  maxAwardPence: number;
  /** The areas the round funds now. */
  eligibleFootprintIds: readonly string[];
  eligibleSiteIds: readonly string[];
  /** The footprint the café's postcode falls in (null: not found). */
  footprintId: string | null;
  /** Kinds of attachment the application has. */
  attachmentKinds: readonly string[];
};

/** A problem that stops submitting: the section, the field it sits next to ("" for the section), and a code. */
export type SectionProblem = { section: SectionKey; field: string; message: MessageCode };

const need = (section: SectionKey, field: string): SectionProblem => ({ section, field, message: message("grants.section.error.required") });

/** What one section still needs before the application can be submitted (nothing: it is complete). */
export function sectionProblems(key: SectionKey, data: unknown, context: SubmitContext): SectionProblem[] {
  const problems: SectionProblem[] = [];
  const d = (data && typeof data === "object" ? data : {}) as Record<string, unknown>;
  const filled = (...names: string[]) => {
    for (const name of names) {
      const v = d[name];
      if (v === undefined || v === null || (typeof v === "string" && v.trim() === "") || (Array.isArray(v) && v.length === 0)) problems.push(need(key, name));
    }
  };
  switch (key) {
    case "cafe":
      filled("cafeName", "venueName", "addressLine1", "town", "postcode");
      if (context.roundKind === "university") {
        filled("coverageSiteId");
        if (d.coverageSiteId && !context.eligibleSiteIds.includes(String(d.coverageSiteId)))
          problems.push({ section: key, field: "coverageSiteId", message: message("grants.section.error.siteNotEligible") });
      } else if (d.postcode) {
        if (!context.footprintId) problems.push({ section: key, field: "postcode", message: message("grants.section.error.postcodeNotFound") });
        else if (!context.eligibleFootprintIds.includes(context.footprintId))
          problems.push({ section: key, field: "postcode", message: message("grants.section.error.footprintNotEligible") });
      }
      break;
    case "communities":
      filled("communities", "culturalOffer");
      break;
    case "languages":
      if ((!Array.isArray(d.languageTagIds) || d.languageTagIds.length === 0) && !String(d.otherLanguages ?? "").trim()) problems.push(need(key, "languageTagIds"));
      break;
    case "sessions": {
      const lines = Array.isArray(d.sessions) ? (d.sessions as SessionLine[]) : [];
      if (lines.length === 0) problems.push(need(key, "sessions"));
      lines.forEach((line, i) => {
        if (line.day === null) problems.push(need(key, `sessions[${i}].day`));
        if (!line.start) problems.push(need(key, `sessions[${i}].start`));
        if (!line.end) problems.push(need(key, `sessions[${i}].end`));
        if (line.start && line.end && line.end <= line.start)
          problems.push({ section: key, field: `sessions[${i}].end`, message: message("grants.section.error.endBeforeStart") });
      });
      break;
    }
    case "staffing":
      filled("paidWorkers", "volunteers", "supervision");
      break;
    case "safeguarding":
      filled("leadName", "leadRole");
      break;
    case "partners":
      filled("partners");
      break;
    case "community-voice":
      filled("howShaped");
      break;
    case "budget":
      problems.push(...budgetProblems(d, context.maxAwardPence));
      break;
    case "start":
      filled("plannedStartDate");
      break;
  }
  for (const kind of sectionAttachments(key)) {
    if (!context.attachmentKinds.includes(kind))
      problems.push({ section: key, field: `attachment-${kind}`, message: message("grants.section.error.attachmentMissing") });
  }
  return problems;
}

/** The budget's rules: at least one line, each with a category and an amount, adding up to the amount requested, at most the round's maximum. */
export function budgetProblems(data: Record<string, unknown>, maxAwardPence: number): SectionProblem[] {
  const problems: SectionProblem[] = [];
  const lines = Array.isArray(data.lines) ? (data.lines as BudgetLine[]) : [];
  const requested = typeof data.amountRequested === "number" ? data.amountRequested : null;
  if (lines.length === 0) problems.push(need("budget", "lines"));
  lines.forEach((line, i) => {
    if (!line.category) problems.push(need("budget", `lines[${i}].category`));
    if (line.amount === null || line.amount === undefined) problems.push(need("budget", `lines[${i}].amount`));
  });
  if (requested === null) problems.push(need("budget", "amountRequested"));
  else {
    if (requested <= 0) problems.push({ section: "budget", field: "amountRequested", message: message("grants.section.error.amount") });
    if (requested > maxAwardPence)
      problems.push({ section: "budget", field: "amountRequested", message: message("grants.section.error.overMaximum", { max: poundsText(maxAwardPence) }) });
    const total = budgetTotal(lines);
    if (lines.length > 0 && total !== requested)
      problems.push({
        section: "budget",
        field: "amountRequested",
        message: message("grants.section.error.linesDoNotAddUp", { total: poundsText(total), requested: poundsText(requested) }),
      });
  }
  return problems;
}

/** Every problem of the whole application (empty: it may be submitted). */
export function applicationProblems(sections: ApplicationSectionsData, context: SubmitContext): SectionProblem[] {
  return SECTION_KEYS.flatMap((key) => sectionProblems(key, sections[key], context));
}
