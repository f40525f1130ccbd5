import { t, type MessageKey } from "~/lib/i18n";

/** "2026-03" as "Mar 2026". */
export function formatMonth(month: string): string {
  const [y, m] = month.split("-");
  return `${t(`hours.monthShort.${Number(m)}` as MessageKey)} ${y}`;
}
