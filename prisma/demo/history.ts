/**
 * The demo cafés' past: when each was first listed and when it opened (and, for a few, paused or closed),
 * written by the loader as the cafés' audit history ("cafe.created", "cafe.status.changed") so that the
 * coverage timeline has years of history, across the footprint changes of April 2022. Dates invented.
 */
import type { DemoCafe } from "./cafes";

export type DemoHistoryEvent = { date: string; status: string };

/** The day each café opened (listed as planned six weeks before). */
const OPENED: Record<string, string> = {
  "clocktower-evening-cafe": "2022-01-19",
  "golden-mile-wellbeing-cafe": "2022-02-09",
  "highfields-kitchen-table-cafe": "2022-03-02",
  "bell-street-cafe-wigston": "2022-04-20",
  "charnwood-evening-cafe": "2022-05-11",
  "night-owl-cafe": "2022-06-08",
  "vale-of-catmose-cafe": "2022-07-13",
  "lantern-womens-cafe": "2022-09-14",
  "marlborough-square-cafe-coalville": "2022-10-19",
  "beaumont-leys-living-room-cafe": "2022-11-02",
  "melton-market-evening-cafe": "2023-01-25",
  "sileby-riverside-cafe": "2023-02-15",
  "evington-road-evening-cafe": "2023-04-12",
  "thurnby-lodge-evening-cafe": "2023-06-21",
  "gateway-students-cafe": "2023-09-27",
  "epinal-students-cafe": "2023-10-04",
  "castle-street-cafe-hinckley": "2023-11-15",
  "clarendon-corner-cafe": "2024-01-17",
  "fosse-road-community-cafe": "2024-03-06",
  "narborough-road-open-table-cafe": "2024-05-15",
  "watermead-evening-cafe": "2024-07-10",
  "welland-evening-cafe": "2024-09-18",
  "barwell-evening-cafe": "2024-11-06",
  "countesthorpe-evening-cafe": "2025-01-22",
  "enderby-evening-cafe": "2025-03-12",
  "glenfield-evening-cafe": "2025-05-14",
  "market-street-cafe-ashby": "2025-09-10",
};

/** Cafés whose story is more than "listed, then opened". */
const SPECIAL: Record<string, readonly DemoHistoryEvent[]> = {
  "uppingham-market-place-cafe": [
    { date: "2023-03-22", status: "planned" },
    { date: "2023-05-10", status: "open" },
    { date: "2026-08-03", status: "paused" },
  ],
  "desford-evening-cafe": [
    { date: "2022-08-31", status: "planned" },
    { date: "2022-10-12", status: "open" },
    { date: "2025-03-28", status: "closed" },
  ],
  "shepshed-community-cafe": [
    { date: "2026-09-14", status: "planned" },
    { date: "2026-10-05", status: "setting-up" },
  ],
};

const minusDays = (date: string, days: number) => new Date(Date.parse(`${date}T12:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

/**
 * A café's history up to `today`, oldest first: its first entry is its listing. A café with none here
 * (a new demo café) is listed today with its status.
 */
export function demoHistory(cafe: Pick<DemoCafe, "slug" | "status">, today: string): DemoHistoryEvent[] {
  const opened = OPENED[cafe.slug];
  const events = SPECIAL[cafe.slug] ?? (opened ? [{ date: minusDays(opened, 42), status: "planned" }, { date: opened, status: "open" }] : []);
  const past = events.filter((e) => e.date <= today);
  if (past.length === 0 || past.at(-1)!.status !== cafe.status) return [{ date: today, status: cafe.status }];
  return past;
}
