import { z } from "zod";
import { message, text } from "~/lib/forms";
import { t } from "~/lib/i18n";
import { formatPounds } from "./section-display";
import { parsePounds } from "./sections";

export const awardSchema = z.object({
  amount: text(
    z
      .string()
      .trim()
      .min(1, message("grantsPanel.decision.error.amountMissing"))
      .refine((v) => parsePounds(v) !== null, message("grantsPanel.decision.error.amountInvalid"))
      .transform((v) => parsePounds(v)!),
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
}): { subject: string; text: string } {
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
