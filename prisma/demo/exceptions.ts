import { DEMO_CAFES, type DemoCafe } from "./cafes";
import { addDays, bankHolidaysAfter, isoDay, nextDateOn } from "./calendar";

/**
 * The demo data's dated parts, worked out from "now" so that they are always in the near future:
 * schedule exceptions, the winter season of seasonal sessions, and bank-holiday answers.
 */
export type DemoException = {
  cafe: string;
  kind: "closed" | "hours" | "extra" | "bank-holiday-open" | "bank-holiday-closed";
  startDate: string;
  endDate: string;
  startTime?: string;
  endTime?: string;
  reason: string;
  /** Key of one of the café's offers. */
  offer?: string;
};

/** The winter season a seasonal session runs in: 1 November to 31 March, the current or the next one. */
export function winterSeason(today: string): { validFrom: string; validUntil: string } {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const start = month >= 4 ? year : year - 1;
  return { validFrom: `${start}-11-01`, validUntil: `${start + 1}-03-31` };
}

/** The Christmas closure of the coming (or current) season: 24 December to 2 January. */
export function christmasClosure(today: string): { startDate: string; endDate: string } {
  const year = Number(today.slice(0, 4));
  const start = today <= `${year}-01-02` ? year - 1 : year;
  return { startDate: `${start}-12-24`, endDate: `${start + 1}-01-02` };
}

function cafe(slug: string): DemoCafe {
  const found = DEMO_CAFES.find((c) => c.slug === slug);
  if (!found) throw new Error(`No demo café ${slug}`);
  return found;
}

function weeklyDays(c: DemoCafe): number[] {
  return [...new Set(c.sessions.filter((s) => !s.season).map((s) => s.day))];
}

const CHRISTMAS_CAFE = "marlborough-square-cafe-coalville";
const BANK_HOLIDAY_OPEN = ["narborough-road-open-table-cafe", "clocktower-evening-cafe", "beaumont-leys-living-room-cafe", "vale-of-catmose-cafe", "thurnby-lodge-evening-cafe"];
const BANK_HOLIDAY_CLOSED = ["golden-mile-wellbeing-cafe", "enderby-evening-cafe", "castle-street-cafe-hinckley", "charnwood-evening-cafe", "welland-evening-cafe"];

/** Picks the first café in `preferred` that usually opens on the date's day of the week. */
function cafeOpeningOn(date: string, preferred: readonly string[], exclude: readonly string[]): string {
  const day = isoDay(date);
  return preferred.find((slug) => !exclude.includes(slug) && weeklyDays(cafe(slug)).includes(day)) ?? preferred.find((slug) => !exclude.includes(slug))!;
}

export function demoExceptions(today: string): DemoException[] {
  const exceptions: DemoException[] = [];

  // Closed for one day next week.
  const melton = cafe("melton-market-evening-cafe");
  exceptions.push({
    cafe: melton.slug,
    kind: "closed",
    startDate: nextDateOn(addDays(today, 7), weeklyDays(melton)),
    endDate: nextDateOn(addDays(today, 7), weeklyDays(melton)),
    reason: "Closed for staff training",
  });

  // Closed over Christmas and New Year.
  exceptions.push({ cafe: CHRISTMAS_CAFE, kind: "closed", ...christmasClosure(today), reason: "Closed for Christmas and New Year" });

  // Changed hours on one date.
  const watermead = cafe("watermead-evening-cafe");
  const shortDay = nextDateOn(addDays(today, 2), [6]);
  const usual = watermead.sessions.find((s) => s.day === 6)!;
  exceptions.push({
    cafe: watermead.slug,
    kind: "hours",
    startDate: shortDay,
    endDate: shortDay,
    startTime: usual.start,
    endTime: "12:00",
    reason: "Finishing early: the hall is booked for a family party",
  });

  // An extra one-off session.
  const highfields = cafe("highfields-kitchen-table-cafe");
  const extraDay = nextDateOn(addDays(today, 7), [4]);
  exceptions.push({
    cafe: highfields.slug,
    kind: "extra",
    startDate: extraDay,
    endDate: extraDay,
    startTime: "18:00",
    endTime: "21:00",
    reason: "An extra African Caribbean community evening",
    offer: "african-caribbean",
  });

  // Answers for the next two bank holidays.
  const [first, second] = bankHolidaysAfter(today, 2);
  if (first && second) {
    const open = cafeOpeningOn(first.date, BANK_HOLIDAY_OPEN, [CHRISTMAS_CAFE]);
    exceptions.push({ cafe: open, kind: "bank-holiday-open", startDate: first.date, endDate: first.date, reason: `Open as usual on ${first.name}` });
    const closed = cafeOpeningOn(second.date, BANK_HOLIDAY_CLOSED, [CHRISTMAS_CAFE, open]);
    exceptions.push({ cafe: closed, kind: "bank-holiday-closed", startDate: second.date, endDate: second.date, reason: `Closed for ${second.name}` });
  }
  return exceptions;
}
