/**
 * Coverage over time: how many of the footprints active at the end of each month had an open café, from
 * the month of the first café to this one (footprints open and close on their own dates, as in April
 * 2022), and the projection from the grant pipeline: the month every gap would be covered if the awarded
 * cafés launch when expected, or the gaps with nothing on the way. Pure.
 */
import { isActiveOn } from "~/modules/footprint";
import type { CoverageFootprint } from "./coverage";

/** A café open in a footprint from `from` (a date) until the day before `until` (null: still open). */
export type CafeSpan = { footprintId: string; from: string; until: string | null };

export type TimelinePoint = { month: string; covered: number; active: number; projected: boolean };

/** A footprint without an open café, and the earliest expected launch of a café for it, if any. */
export type GapOutlook = { id: string; name: string; expected: string | null };

export type Projection = {
  points: TimelinePoint[];
  /** "YYYY-MM" by which every active footprint would be covered; null when a gap has nothing on the way */
  allCoveredBy: string | null;
  nothingOnTheWay: GapOutlook[];
};

const month = (date: string) => date.slice(0, 7);

/** The last day of a "YYYY-MM" month. */
export function monthEnd(m: string): string {
  const [y, mo] = m.split("-").map(Number) as [number, number];
  const last = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return `${m}-${String(last).padStart(2, "0")}`;
}

export function nextMonth(m: string): string {
  const [y, mo] = m.split("-").map(Number) as [number, number];
  return mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, "0")}`;
}

function openOn(span: CafeSpan, date: string): boolean {
  return span.from <= date && (span.until === null || span.until > date);
}

/** Covered and active footprints at the end of each month (today for this month) since the first café. */
export function coverageTimeline(footprints: readonly CoverageFootprint[], spans: readonly CafeSpan[], today: string): TimelinePoint[] {
  if (spans.length === 0) return [];
  const first = spans.reduce((min, s) => (s.from < min ? s.from : min), spans[0]!.from);
  const byFootprint = new Map<string, CafeSpan[]>();
  for (const s of spans) {
    const list = byFootprint.get(s.footprintId);
    if (list) list.push(s);
    else byFootprint.set(s.footprintId, [s]);
  }
  const points: TimelinePoint[] = [];
  for (let m = month(first); m <= month(today); m = nextMonth(m)) {
    const date = m === month(today) ? today : monthEnd(m);
    let active = 0;
    let covered = 0;
    for (const f of footprints) {
      if (!isActiveOn(f, date)) continue;
      active += 1;
      if ((byFootprint.get(f.id) ?? []).some((s) => openOn(s, date))) covered += 1;
    }
    points.push({ month: m, covered, active, projected: false });
  }
  return points;
}

/**
 * From today's figures, the months ahead as the gaps' expected launches come in (a launch already overdue
 * counts from this month), until the last one.
 */
export function projectCoverage(now: { covered: number; active: number }, gaps: readonly GapOutlook[], today: string): Projection {
  const nothingOnTheWay = gaps.filter((g) => g.expected === null);
  const expected = gaps
    .filter((g): g is GapOutlook & { expected: string } => g.expected !== null)
    .map((g) => (month(g.expected) < month(today) ? month(today) : month(g.expected)))
    .sort();
  const points: TimelinePoint[] = [];
  const last = expected.at(-1);
  if (last) {
    for (let m = nextMonth(month(today)); m <= last; m = nextMonth(m)) {
      const arrived = expected.filter((e) => e <= m).length;
      points.push({ month: m, covered: now.covered + arrived, active: now.active, projected: true });
    }
  }
  let allCoveredBy: string | null = null;
  if (nothingOnTheWay.length === 0) allCoveredBy = last ?? month(today);
  return { points, allCoveredBy, nothingOnTheWay };
}

/** A café's status from a date on (from its history: creation, then each change). */
export type StatusSince = { date: string; status: string };

/**
 * The spans a café was open in its footprint, from its status history (oldest first). A café whose
 * history starts open counts from that first date.
 */
export function openSpans(footprintId: string, history: readonly StatusSince[]): CafeSpan[] {
  const spans: CafeSpan[] = [];
  let from: string | null = null;
  for (const h of [...history].sort((a, b) => a.date.localeCompare(b.date))) {
    if (h.status === "open" && from === null) from = h.date;
    else if (h.status !== "open" && from !== null) {
      if (h.date > from) spans.push({ footprintId, from, until: h.date });
      from = null;
    }
  }
  if (from !== null) spans.push({ footprintId, from, until: null });
  return spans;
}
