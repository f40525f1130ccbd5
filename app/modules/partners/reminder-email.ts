/**
 * The email that reminds a group's members to check a partner service (words, written once for every
 * recipient). Pure: the caller gives the service's name, the days since it was checked (null: never) and
 * the link to its page at /organisation.
 */
import { t } from "~/lib/i18n";
import { REMINDER_AFTER_DAYS } from "~/modules/schedule";

export function serviceReminderEmail(
  service: string,
  daysSinceChecked: number | null,
  link: string
): { subject: string; text: string } {
  return {
    subject: t("partners.reminderEmail.subject", { service }),
    text: t(
      daysSinceChecked === null
        ? "partners.reminderEmail.textNever"
        : "partners.reminderEmail.text",
      {
        service,
        days: daysSinceChecked ?? REMINDER_AFTER_DAYS,
        link,
      }
    ),
  };
}
