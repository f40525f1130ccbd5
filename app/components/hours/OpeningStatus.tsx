import type { OpeningState } from "~/modules/schedule";
import { openingStateBadge, openingStateNotes, openingStateText, type StatusTone } from "~/modules/schedule";

const TAG_COLOUR: Record<StatusTone, string> = {
  open: "nhsuk-tag--green",
  closed: "nhsuk-tag--grey",
  check: "nhsuk-tag--yellow",
};

/**
 * Whether a café is open now, as a badge and a sentence: "Open — Open now until 9pm", "Closed — Opens today
 * at 5pm", "Check first — Bank holiday — check before travelling". The badge has a word as well as a colour,
 * so colour is never the only signal. Accepts the state as computed or as loader data (dates as strings).
 */
export function OpeningStatus({
  state,
  showNotes = true,
  className,
}: {
  state: OpeningState;
  /** Show the lines under the headline (usual hours on a bank holiday, a closure ahead, the next session) */
  showNotes?: boolean;
  className?: string;
}) {
  const badge = openingStateBadge(state);
  const notes = showNotes ? openingStateNotes(state) : [];
  return (
    <div className={["opening-status", `opening-status--${badge.tone}`, className].filter(Boolean).join(" ")}>
      <p className="opening-status__line">
        <strong className={`nhsuk-tag ${TAG_COLOUR[badge.tone]} opening-status__badge`}>{badge.label}</strong>
        <span className="nhsuk-u-visually-hidden">: </span>{" "}
        <span className="opening-status__text">{openingStateText(state)}</span>
      </p>
      {notes.length > 0 ? (
        <ul className="nhsuk-list opening-status__notes">
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
