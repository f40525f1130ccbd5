/**
 * Opening hours as schema.org values for the café page's JSON-LD: the usual week
 * (`openingHoursSpecification`) and the dated differences from it (`specialOpeningHoursSpecification`).
 */
import { MINUTES_PER_DAY, dateOfDayNumber, dayNumber, formatTime, londonDayNumber } from "~/lib/london-time";
import { compile, covers, instantMs, sessionsOn } from "./day-sessions";
import type { Schedule } from "./opening-hours";

const SCHEMA_DAYS = [
  "",
  "https://schema.org/Monday",
  "https://schema.org/Tuesday",
  "https://schema.org/Wednesday",
  "https://schema.org/Thursday",
  "https://schema.org/Friday",
  "https://schema.org/Saturday",
  "https://schema.org/Sunday",
] as const;

/** A schema.org OpeningHoursSpecification, ready for JSON-LD. Times are London time, "HH:MM". */
export interface OpeningHoursSpecificationJson {
  "@type": "OpeningHoursSpecification";
  dayOfWeek?: string[];
  opens: string;
  /** Earlier than `opens`: the session ends on the next day (schema.org's rule) */
  closes: string;
  validFrom?: string;
  validThrough?: string;
}

function schemaTime(minutes: number): string {
  return formatTime(minutes % MINUTES_PER_DAY);
}

/**
 * The weekly sessions as schema.org `openingHoursSpecification` entries: one per distinct time and validity,
 * listing its days. With `asOf` ("YYYY-MM-DD"), sessions that ended before that date are left out.
 * Bank holidays are not expressed here (see specialOpeningHoursSpecification).
 */
export function openingHoursSpecification(
  schedule: Schedule,
  options: { asOf?: string } = {},
): OpeningHoursSpecificationJson[] {
  const c = compile(schedule);
  const asOf = options.asOf ? dayNumber(options.asOf) : Number.NEGATIVE_INFINITY;
  const groups = new Map<string, { spec: OpeningHoursSpecificationJson; days: number[]; order: number }>();
  for (let weekday = 1; weekday <= 7; weekday += 1) {
    for (const s of c.byWeekday[weekday]!) {
      if (s.until < asOf) continue;
      const opens = schemaTime(s.start);
      const closes = schemaTime(s.end);
      const validFrom = Number.isFinite(s.from) ? dateOfDayNumber(s.from) : undefined;
      const validThrough = Number.isFinite(s.until) ? dateOfDayNumber(s.until) : undefined;
      const key = `${opens}|${closes}|${validFrom ?? ""}|${validThrough ?? ""}`;
      let group = groups.get(key);
      if (!group) {
        const spec: OpeningHoursSpecificationJson = { "@type": "OpeningHoursSpecification", opens, closes };
        if (validFrom) spec.validFrom = validFrom;
        if (validThrough) spec.validThrough = validThrough;
        group = { spec, days: [], order: weekday * MINUTES_PER_DAY + s.start };
        groups.set(key, group);
      }
      if (!group.days.includes(weekday)) group.days.push(weekday);
    }
  }
  return [...groups.values()]
    .sort((a, b) => a.order - b.order)
    .map(({ spec, days }) => ({ ...spec, dayOfWeek: days.map((d) => SCHEMA_DAYS[d]!) }));
}

/**
 * The dated differences from the weekly hours on the London dates that [from, to) touches, as schema.org
 * `specialOpeningHoursSpecification` entries:
 * - a closed day (or an unbroken run of closed days) is one entry with `opens` = `closes` = "00:00" and
 *   `validFrom`/`validThrough` (the convention search engines document for "closed all day");
 * - a day with changed hours or an extra session lists every session of that day, each with
 *   `validFrom` = `validThrough` = the date (special hours replace the day's regular hours);
 * - a bank holiday the team has not answered is left out: we cannot say it is open or closed;
 *   one answered "open as usual" needs no entry.
 */
export function specialOpeningHoursSpecification(
  schedule: Schedule,
  from: Date,
  to: Date,
): OpeningHoursSpecificationJson[] {
  const c = compile(schedule);
  const fromMs = instantMs(from, "from");
  const toMs = instantMs(to, "to");
  const out: OpeningHoursSpecificationJson[] = [];
  if (toMs <= fromMs) return out;
  const first = londonDayNumber(fromMs);
  const last = londonDayNumber(toMs - 1);
  let closedRun: OpeningHoursSpecificationJson | null = null;
  let closedRunDay = Number.NaN;
  for (let day = first; day <= last; day += 1) {
    const date = dateOfDayNumber(day);
    const dated =
      covers(c.closed, day) !== null || covers(c.hours, day) !== null || covers(c.extra, day) !== null;
    if (!dated) {
      closedRun = null;
      continue;
    }
    const sessions = sessionsOn(c, day);
    if (sessions.length === 0) {
      if (closedRun && closedRunDay === day - 1) {
        closedRun.validThrough = date;
      } else {
        closedRun = { "@type": "OpeningHoursSpecification", opens: "00:00", closes: "00:00", validFrom: date, validThrough: date };
        out.push(closedRun);
      }
      closedRunDay = day;
      continue;
    }
    closedRun = null;
    for (const iv of sessions) {
      if (!iv.confirmed) continue;
      out.push({
        "@type": "OpeningHoursSpecification",
        opens: iv.startTime === "24:00" ? "00:00" : iv.startTime,
        closes: iv.endTime === "24:00" ? "00:00" : iv.endTime,
        validFrom: date,
        validThrough: date,
      });
    }
  }
  return out;
}
