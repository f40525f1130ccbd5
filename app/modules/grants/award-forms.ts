/**
 * The award part's forms (zod schemas run on the server and in the browser): an officer's milestone
 * changes, a new milestone, the launch; the applicant's acceptance of the offer and monitoring return.
 */
import { z } from "zod";
import { byIntent, message, text, ticked } from "~/lib/forms";
import type { MessageCode } from "~/lib/i18n";
import { normaliseDate } from "~/modules/cafe";

const tooLong = (max: number) => message("grantsAward.error.tooLong", { max });

const parsed = <T>(parse: (raw: string) => T | null, invalid: MessageCode, empty: MessageCode | null) =>
  text(
    z
      .string()
      .trim()
      .transform((raw, ctx): T | null => {
        if (raw === "") {
          if (empty) ctx.addIssue({ code: "custom", message: empty });
          return empty ? z.NEVER : null;
        }
        const value = parse(raw);
        if (value === null) {
          ctx.addIssue({ code: "custom", message: invalid });
          return z.NEVER;
        }
        return value;
      }),
  );

/** A whole number of people or visits, 0–100 000, typed as digits. */
export function parseCount(raw: string): number | null {
  if (!/^\d{1,6}$/.test(raw.replace(/,/g, ""))) return null;
  const n = Number(raw.replace(/,/g, ""));
  return n <= 100_000 ? n : null;
}

const milestoneRef = z.object({
  milestone: text(z.string().trim().min(1, message("grantsAward.error.milestoneChanged")).max(60, message("grantsAward.error.milestoneChanged"))),
  note: text(z.string().trim().max(300, tooLong(300))).transform((v) => (v === "" ? null : v)),
});

export const addMilestoneSchema = z.object({
  title: text(z.string().trim().min(1, message("grantsAward.milestones.error.titleMissing")).max(200, tooLong(200))),
  dueOn: parsed(normaliseDate, message("grantsAward.error.date"), null),
});

export const launchSchema = z.object({
  launchedOn: parsed(normaliseDate, message("grantsAward.error.date"), message("grantsAward.launch.error.dateMissing")),
});

/** The officer's award page: one intent per button. */
export const awardForms = byIntent({
  done: milestoneRef,
  waive: milestoneRef,
  reopen: milestoneRef,
  remove: milestoneRef,
  add: addMilestoneSchema,
  launch: launchSchema,
});

export const acceptOfferSchema = z.object({
  agree: ticked().refine((v) => v, { message: message("grantsAward.error.conditionsNotAgreed") }),
});

const count = (empty: MessageCode) => parsed(parseCount, message("grantsAward.return.error.count"), empty);

export const returnSchema = z.object({
  visits: count(message("grantsAward.return.error.visitsMissing")),
  conversations: count(message("grantsAward.return.error.conversationsMissing")),
  capReferrals: count(message("grantsAward.return.error.capReferralsMissing")),
  wentWell: text(z.string().trim().min(1, message("grantsAward.return.error.wentWellMissing")).max(4000, tooLong(4000))),
  wasHard: text(z.string().trim().max(4000, tooLong(4000))),
});
