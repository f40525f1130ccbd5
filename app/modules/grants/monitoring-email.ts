/** The email reminding an organisation of a monitoring return, in words. Pure. */
import { formatFullDate } from "~/lib/dates";
import { t } from "~/lib/i18n";

export function returnReminderEmail(input: { cafe: string; periodStart: string; periodEnd: string; dueOn: string; overdue: boolean; link: string }) {
  const vars = { cafe: input.cafe, from: formatFullDate(input.periodStart), to: formatFullDate(input.periodEnd), due: formatFullDate(input.dueOn), link: input.link };
  return {
    subject: t(input.overdue ? "grantsAward.returnEmail.subjectOverdue" : "grantsAward.returnEmail.subject", vars),
    text: t(input.overdue ? "grantsAward.returnEmail.textOverdue" : "grantsAward.returnEmail.text", vars),
  };
}
