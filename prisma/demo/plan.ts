import { postcodePosition } from "../reference/files";
import { TAGS } from "../reference/tags";
import { DEMO_ACCOUNTS } from "./accounts";
import { DEMO_CAFES, type DemoCafe } from "./cafes";
import { londonDateTime } from "./calendar";
import { demoExceptions, winterSeason, type DemoException } from "./exceptions";
import { demoHistory, type DemoHistoryEvent } from "./history";
import { DEMO_ORGANISATIONS } from "./organisations";

/**
 * The demo data resolved for a given "now": positions from the postcodes, seasonal dates, exceptions and
 * "hours last confirmed" instants. Both the loader and the documentation work from this plan.
 */
export type PlannedSession = {
  dayOfWeek: number;
  startTime: string;
  endTime: string;
  validFrom: string | null;
  validUntil: string | null;
  offer: string | null;
  capPlaces: number | null;
};

export type PlannedCafe = Omit<DemoCafe, "sessions"> & {
  lat: number;
  lng: number;
  hoursVerifiedAt: Date;
  sessions: PlannedSession[];
  exceptions: DemoException[];
  /** Its status over time, oldest first (the first entry is its listing), up to today */
  history: DemoHistoryEvent[];
};

export type DemoPlan = { today: string; cafes: PlannedCafe[] };

const DAY_MS = 86_400_000;

export function demoPlan(now: Date): DemoPlan {
  const { date: today } = londonDateTime(now);
  const season = winterSeason(today);
  const exceptions = demoExceptions(today);
  const tagSlugs = new Set(TAGS.map((t) => t.slug));
  const organisationSlugs = new Set(DEMO_ORGANISATIONS.map((o) => o.slug));

  const cafes = DEMO_CAFES.map((c): PlannedCafe => {
    const position = postcodePosition(c.postcode);
    if (!position) throw new Error(`Demo café ${c.slug}: postcode ${c.postcode} is not in llr-postcodes.csv`);
    if (!organisationSlugs.has(c.organisation)) throw new Error(`Demo café ${c.slug}: unknown organisation ${c.organisation}`);
    const offerKeys = new Set((c.offers ?? []).map((o) => o.key));
    for (const slug of [...c.tags, ...(c.offers ?? []).flatMap((o) => o.tags)]) {
      if (!tagSlugs.has(slug)) throw new Error(`Demo café ${c.slug}: unknown tag ${slug}`);
    }
    const sessions = c.sessions.map((s) => {
      if (s.offer && !offerKeys.has(s.offer)) throw new Error(`Demo café ${c.slug}: unknown offer ${s.offer}`);
      return {
        dayOfWeek: s.day,
        startTime: s.start,
        endTime: s.end,
        validFrom: s.season ? season.validFrom : null,
        validUntil: s.season ? season.validUntil : null,
        offer: s.offer ?? null,
        capPlaces: s.capPlaces ?? null,
      };
    });
    return {
      ...c,
      ...position,
      hoursVerifiedAt: new Date(now.getTime() - c.verifiedDaysAgo * DAY_MS),
      sessions,
      exceptions: exceptions.filter((e) => e.cafe === c.slug),
      history: demoHistory(c, today),
    };
  });

  const cafeSlugs = new Set(cafes.map((c) => c.slug));
  for (const account of DEMO_ACCOUNTS) {
    for (const slug of account.cafes ?? []) if (!cafeSlugs.has(slug)) throw new Error(`Demo account ${account.email}: unknown café ${slug}`);
    if (account.organisation && !organisationSlugs.has(account.organisation)) throw new Error(`Demo account ${account.email}: unknown organisation`);
  }
  return { today, cafes };
}
