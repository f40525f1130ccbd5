/**
 * The email that reminds a café's managers to confirm its opening hours, in words (an email is words,
 * written once for every recipient). Pure: the caller gives the café's name, the days since the hours
 * were confirmed (null: never) and the link to the café's management page.
 */
import { t } from "~/lib/i18n";
import { REMINDER_AFTER_DAYS } from "~/modules/schedule";

export function hoursReminderEmail(cafe: string, daysSinceConfirmed: number | null, link: string): { subject: string; text: string } {
  return {
    subject: t("manage.reminderEmail.subject", { cafe }),
    text: t(daysSinceConfirmed === null ? "manage.reminderEmail.textNever" : "manage.reminderEmail.text", {
      cafe,
      days: daysSinceConfirmed ?? REMINDER_AFTER_DAYS,
      link,
    }),
  };
}
