import { z } from "zod";
import { message, text } from "~/lib/forms";
import { t } from "~/lib/i18n";

export const messageSchema = z.object({
  body: text(
    z
      .string()
      .trim()
      .min(1, message("grantsPanel.thread.error.empty"))
      .max(5000, message("grantsPanel.error.tooLong", { max: 5000 })),
  ),
});
export type MessageForm = z.output<typeof messageSchema>;

/** The email telling the other side of the thread that a message is waiting (not its text: they read it signed in). */
export function threadEmail(input: { toStaff: boolean; reference: string; cafeName: string; author: string; link: string }) {
  const vars = { reference: input.reference, cafe: input.cafeName || input.reference, author: input.author, link: input.link };
  return input.toStaff
    ? { subject: t("grantsPanel.email.messageToStaff.subject", vars), text: t("grantsPanel.email.messageToStaff.text", vars) }
    : { subject: t("grantsPanel.email.messageToApplicant.subject", vars), text: t("grantsPanel.email.messageToApplicant.text", vars) };
}
