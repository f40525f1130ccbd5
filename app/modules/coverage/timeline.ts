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

/**
 * A footprint or university without an open café: the earliest expected launch of a café for it, if any,
 * and whether something is on its way at all (a café being set up or an award, with or without a date:
 * the same rule as its "covered soon" status).
 */
export type GapOutlook = { id: string; name: string; kind: "footprint" | "university"; expected: string | null; onTheWay: boolean };

export type Projection = {
  /** Footprints only (the chart's line): each footprint gap counted from its expected launch */
  points: TimelinePoint[];
  /** "YYYY-MM" by which every footprint and university would be covered; null unless every gap has a date */
  allCoveredBy: string | null;
  /** Nothing uncovered today */
  allCoveredNow: boolean;
  /** On the way (covered soon) but no expected launch date yet */
  noDateYet: GapOutlook[];
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
  // Per footprint: the earliest start of a span still open (covered from then on), and the closed spans.
  const byFootprint = new Map<string, { openFrom: string | null; closed: CafeSpan[] }>();
  for (const s of spans) {
    let e = byFootprint.get(s.footprintId);
    if (!e) byFootprint.set(s.footprintId, (e = { openFrom: null, closed: [] }));
    if (s.until === null) e.openFrom = e.openFrom === null || s.from < e.openFrom ? s.from : e.openFrom;
    else e.closed.push(s);
  }
  const coveredOn = (id: string, date: string) => {
    const e = byFootprint.get(id);
    return e !== undefined && ((e.openFrom !== null && e.openFrom <= date) || e.closed.some((s) => openOn(s, date)));
  };
  const points: TimelinePoint[] = [];
  for (let m = month(first); m <= month(today); m = nextMonth(m)) {
    const date = m === month(today) ? today : monthEnd(m);
    let active = 0;
    let covered = 0;
    for (const f of footprints) {
      if (!isActiveOn(f, date)) continue;
      active += 1;
      if (coveredOn(f.id, date)) covered += 1;
    }
    points.push({ month: m, covered, active, projected: false });
  }
  return points;
}

/**
 * From today's footprint figures, the months ahead as the footprint gaps' expected launches come in (a
 * launch already overdue counts from this month), until the last expected launch of any gap (universities
 * included); which gaps are on the way without a date, and which have nothing on the way.
 */
export function projectCoverage(now: { covered: number; active: number }, gaps: readonly GapOutlook[], today: string): Projection {
  const nothingOnTheWay = gaps.filter((g) => g.expected === null && !g.onTheWay);
  const noDateYet = gaps.filter((g) => g.expected === null && g.onTheWay);
  const dated = gaps
    .filter((g): g is GapOutlook & { expected: string } => g.expected !== null)
    .map((g) => ({ kind: g.kind, month: month(g.expected) < month(today) ? month(today) : month(g.expected) }));
  const last = dated.map((d) => d.month).sort().at(-1);
  const footprintMonths = dated.filter((d) => d.kind === "footprint").map((d) => d.month);
  const points: TimelinePoint[] = [];
  if (last) {
    for (let m = nextMonth(month(today)); m <= last; m = nextMonth(m)) {
      const arrived = footprintMonths.filter((e) => e <= m).length;
      points.push({ month: m, covered: now.covered + arrived, active: now.active, projected: true });
    }
  }
  const allCoveredBy = nothingOnTheWay.length === 0 && noDateYet.length === 0 ? (last ?? month(today)) : null;
  return { points, allCoveredBy, allCoveredNow: gaps.length === 0, noDateYet, nothingOnTheWay };
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
