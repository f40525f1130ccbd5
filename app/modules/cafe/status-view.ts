/**
 * A café's opening state in words, as pages show it: a badge (a word and a tone) and a sentence, then any
 * notes. Loader data carries these few strings rather than the dated state. Pure: the words come from the
 * schedule module's wording of opening states.
 */
import { openingStateBadge, openingStateNotes, openingStateText, type OpeningState, type StatusTone } from "~/modules/schedule";

export type StatusView = { tone: StatusTone; label: string; text: string; notes: string[] };

/** The opening state in words, for loader data. */
export function statusView(state: OpeningState): StatusView {
  const badge = openingStateBadge(state);
  return { tone: badge.tone, label: badge.label, text: openingStateText(state), notes: openingStateNotes(state) };
}
