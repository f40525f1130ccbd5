/**
 * Whether each listed café is open, kept as spans of time over which the answer cannot change, so that
 * "which cafés are open now?" (the finder's "nearest open café", the "open now" filter) never has to work
 * out the opening state of thousands of cafés at once when a new minute starts.
 *
 * A span starts when it was worked out and ends when the answer may change: for an open café when its run
 * of sessions ends, for a closed café when its next session starts, for a bank-holiday "check" at the end
 * of the minute, and in any case within 45 to 60 minutes (spread, so that spans do not all end together).
 * The states are a pure function of the schedule and the instant, so a span worked out ahead (for the
 * instant the current one ends) is as good as one worked out then.
 *
 * - fillOpenSpans: every café's span, worked out in slices that give way to requests between them (the
 *   index does this before it is used);
 * - keepOpenSpansAhead: while the index is current, every LOOKAHEAD_EVERY_MS it works out, again in
 *   slices, the next span of each café whose span ends within LOOKAHEAD_MS;
 * - isOpenAt: the answer, from the spans (a café without a span covering the instant gets one then).
 */
import type { IndexedCafe } from "./listed-cafe";
import { openingState } from "~/modules/schedule";

export type OpenSpan = { from: number; until: number; open: boolean };
export type OpenSpans = Map<string, OpenSpan[]>;

const MINUTE_MS = 60_000;
const SPAN_MAX_MS = 45 * MINUTE_MS;
const SPAN_SPREAD_MS = 15 * MINUTE_MS;
/** Cafés worked out between two give-ways to the event loop */
const SLICE = 200;
export const LOOKAHEAD_MS = 90_000;
export const LOOKAHEAD_EVERY_MS = 20_000;

/** The span of time from `atMs` over which the café's being open (or not) cannot change. */
export function openSpanAt(cafe: Pick<IndexedCafe, "schedule">, atMs: number): OpenSpan {
  const state = openingState(cafe.schedule, new Date(atMs));
  const cap = atMs + SPAN_MAX_MS + Math.floor(Math.random() * SPAN_SPREAD_MS);
  let until: number;
  if (state.status === "open") until = state.until.getTime();
  else if (state.status === "closed") until = state.next ? state.next.start.getTime() : cap;
  else until = (Math.floor(atMs / MINUTE_MS) + 1) * MINUTE_MS;
  return { from: atMs, until: Math.max(atMs + 1, Math.min(until, cap)), open: state.status === "open" };
}

function covering(list: OpenSpan[] | undefined, atMs: number): OpenSpan | undefined {
  if (!list) return undefined;
  for (const span of list) if (span.from <= atMs && atMs < span.until) return span;
  return undefined;
}

/** Whether the café is open at `atMs` (certainly open: "check" is not open). */
export function isOpenAt(spans: OpenSpans, cafe: IndexedCafe, atMs: number): boolean {
  const list = spans.get(cafe.id);
  const found = covering(list, atMs);
  if (found) return found.open;
  const span = openSpanAt(cafe, atMs);
  spans.set(cafe.id, [span, ...(list ?? []).filter((s) => s.from >= span.until)].slice(0, 3));
  return span.open;
}

const giveWay = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Every café's span at `atMs`, worked out in slices with the event loop free between them. */
export async function fillOpenSpans(cafes: readonly IndexedCafe[], atMs: number, spans: OpenSpans = new Map()): Promise<OpenSpans> {
  for (let i = 0; i < cafes.length; i += SLICE) {
    for (const cafe of cafes.slice(i, i + SLICE)) {
      if (!covering(spans.get(cafe.id), atMs)) spans.set(cafe.id, [openSpanAt(cafe, atMs)]);
    }
    if (i + SLICE < cafes.length) await giveWay();
  }
  return spans;
}

/** The next span of each café whose span covering `atMs` ends within LOOKAHEAD_MS (in slices). */
export async function extendOpenSpans(cafes: readonly IndexedCafe[], spans: OpenSpans, atMs: number): Promise<number> {
  let added = 0;
  for (let i = 0; i < cafes.length; i += SLICE) {
    for (const cafe of cafes.slice(i, i + SLICE)) {
      const list = spans.get(cafe.id) ?? [];
      const now = covering(list, atMs);
      if (!now) {
        spans.set(cafe.id, [openSpanAt(cafe, atMs)]);
        added += 1;
        continue;
      }
      if (now.until - atMs > LOOKAHEAD_MS || covering(list, now.until)) continue;
      spans.set(cafe.id, [...list.filter((s) => s.until > atMs), openSpanAt(cafe, now.until)]);
      added += 1;
    }
    if (i + SLICE < cafes.length) await giveWay();
  }
  return added;
}

/**
 * While `isCurrent()`, every LOOKAHEAD_EVERY_MS works out ahead the spans about to end (see the module
 * comment). The timer does not keep the process alive.
 */
export function keepOpenSpansAhead(cafes: readonly IndexedCafe[], spans: OpenSpans, nowMs: () => number, isCurrent: () => boolean) {
  const tick = () => {
    if (!isCurrent()) return;
    extendOpenSpans(cafes, spans, nowMs())
      .catch((error: unknown) => console.error("[listed cafés] could not work out opening states ahead", error))
      .finally(() => {
        if (isCurrent()) setTimeout(tick, LOOKAHEAD_EVERY_MS).unref();
      });
  };
  setImmediate(tick);
}
