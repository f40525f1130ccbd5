import { z } from "zod";
import { message, text } from "~/lib/forms";
import { t } from "~/lib/i18n";

/** Money as typed by an officer ("12,500", "£12500.50") → whole pence, or null when it is not an amount. */
export function parsePoundsToPence(value: string): number | null {
  const cleaned = value.replace(/[£,\s]/g, "");
  if (!/^\d{1,9}(\.\d{1,2})?$/.test(cleaned)) return null;
  const [pounds, pence = ""] = cleaned.split(".");
  return Number(pounds) * 100 + Number(pence.padEnd(2, "0"));
}

const POUNDS = new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP" });
const WHOLE_POUNDS = new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP", maximumFractionDigits: 0 });

/** Pence shown as pounds: "£12,500" when whole, "£12,500.50" otherwise. */
export function formatPounds(pence: number): string {
  return pence % 100 === 0 ? WHOLE_POUNDS.format(pence / 100) : POUNDS.format(pence / 100);
}

export const awardSchema = z.object({
  amount: text(
    z
      .string()
      .trim()
      .min(1, message("grantsPanel.decision.error.amountMissing"))
      .refine((v) => parsePoundsToPence(v) !== null, message("grantsPanel.decision.error.amountInvalid"))
      .transform((v) => parsePoundsToPence(v)!),
  ),
  conditions: text(z.string().trim().max(5000, message("grantsPanel.error.tooLong", { max: 5000 }))),
});
export type AwardForm = z.output<typeof awardSchema>;

export const declineSchema = z.object({
  feedback: text(
    z
      .string()
      .trim()
      .min(1, message("grantsPanel.decision.error.feedbackMissing"))
      .max(5000, message("grantsPanel.error.tooLong", { max: 5000 })),
  ),
});
export type DeclineForm = z.output<typeof declineSchema>;

export type EmailWords = { subject: string; text: string };

/** The email to the applicant when the officer decides. */
export function decisionEmail(input: {
  outcome: "awarded" | "declined";
  reference: string;
  cafeName: string;
  round: string;
  amountPence?: number;
  conditions?: string | null;
  feedback?: string | null;
  link: string;
}): EmailWords {
  const vars = { reference: input.reference, cafe: input.cafeName || input.reference, round: input.round, link: input.link };
  if (input.outcome === "awarded") {
    return {
      subject: t("grantsPanel.email.awarded.subject", vars),
      text: t("grantsPanel.email.awarded.text", {
        ...vars,
        amount: formatPounds(input.amountPence ?? 0),
        conditions: input.conditions?.trim() || t("grantsPanel.email.awarded.noConditions"),
      }),
    };
  }
  return {
    subject: t("grantsPanel.email.declined.subject", vars),
    text: t("grantsPanel.email.declined.text", { ...vars, feedback: input.feedback ?? "" }),
  };
}
