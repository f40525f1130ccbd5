/**
 * A partner service in one short plain text that staff can paste into a text message (at most 300
 * characters): name and group, how to get it, where and when at each venue (or "by appointment", or the
 * areas it covers), phone, and the page's address. Demonstration data says so first. Pure.
 */
import { t } from "~/lib/i18n";
import { shorten } from "~/lib/text";
import {
  joinWeeklyParts,
  weeklyHoursParts,
  type WeeklySessionRule,
} from "~/modules/schedule";

export const SERVICE_SUMMARY_MAX = 300;

export type ServiceSummaryInput = {
  name: string;
  organisation: string;
  access: string;
  /** Every venue, in the service's order (none for a service with no venue). */
  locations: readonly {
    name: string;
    postcode: string;
    byAppointment: boolean;
    sessions: readonly WeeklySessionRule[];
  }[];
  areas: readonly string[];
  phone: string | null;
  url: string;
  demo: boolean;
};

export function serviceTextSummary(s: ServiceSummaryInput): string {
  const clean = (v: string) => v.replace(/\s+/g, " ").trim();
  const head = s.demo ? `${t("partners.summary.demo")} ` : "";
  const tail = [
    s.phone ? t("partners.summary.phone", { phone: clean(s.phone) }) : "",
    s.url,
  ]
    .filter(Boolean)
    .join(" ");
  // Every venue with its hours; a long list is shortened at the end like the rest of the text.
  let where = s.locations
    .map((location) => {
      const place = `${clean(location.name)}, ${location.postcode}`;
      const hours = location.byAppointment
        ? t("partners.summary.appointment")
        : joinWeeklyParts(weeklyHoursParts(location.sessions, undefined), 90);
      return hours ? `${place}: ${hours}.` : `${place}.`;
    })
    .join(" ");
  if (!where && s.areas.length) {
    where = t("partners.summary.covers", { areas: s.areas.join(", ") });
  }
  const access = t(`partners.access.${s.access}` as "partners.access.drop-in");
  const body = [
    `${clean(s.name)} (${clean(s.organisation)}).`,
    `${access}.`,
    where,
  ]
    .filter(Boolean)
    .join(" ");
  const room = SERVICE_SUMMARY_MAX - head.length - tail.length - 1;
  return `${head}${shorten(body, Math.max(0, room))} ${tail}`
    .trim()
    .slice(0, SERVICE_SUMMARY_MAX);
}
