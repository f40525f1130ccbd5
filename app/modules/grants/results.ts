/**
 * What the panel part's reads and writes answer when they refuse: a code the route turns into words
 * (403 for `forbidden`, 404 for `notFound`, a message for a `problem`).
 */
export type PanelRefusal = { ok: false; notFound: true } | { ok: false; forbidden: true } | { ok: false; problem: PanelProblem };

export type PanelProblem =
  /** Someone else moved the application on first (two officers at once, or a stale page). */
  | "stale"
  | "amount-not-positive"
  | "amount-over-requested"
  | "amount-over-maximum"
  /** The award would take the round's awards over its budget. */
  | "over-budget"
  | "feedback-required"
  | "already-declared"
  | "already-submitted"
  | "scores-incomplete"
  | "recommendation-required"
  | "not-at-panel"
  | "not-a-panel-member"
  | "already-assigned"
  | "reason-required"
  | "sections-required"
  | "checklist-incomplete";

export const NOT_FOUND = { ok: false, notFound: true } as const;
export const FORBIDDEN = { ok: false, forbidden: true } as const;
export function problem(code: PanelProblem): { ok: false; problem: PanelProblem } {
  return { ok: false, problem: code };
}
