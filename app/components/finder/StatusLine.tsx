import type { OpeningStatusView } from "~/modules/schedule";
import type { StatusTone } from "~/modules/schedule";

const TAG_COLOUR: Record<StatusTone, string> = {
  open: "nhsuk-tag--green",
  closed: "nhsuk-tag--grey",
  check: "nhsuk-tag--yellow",
};

/**
 * A café's status now, from words computed on the server (the classes of ~/components/hours/OpeningStatus):
 * a badge with a word (never colour alone) and the sentence, then any notes.
 */
export function StatusLine({ status }: { status: OpeningStatusView }) {
  return (
    <>
      <p className={`opening-status opening-status__line opening-status--${status.tone}`}>
        <strong className={`nhsuk-tag ${TAG_COLOUR[status.tone]} opening-status__badge`}>{status.label}</strong>
        <span className="nhsuk-u-visually-hidden">: </span> <span className="opening-status__text">{status.text}</span>
      </p>
      {status.notes.length > 0 ? (
        <ul className="nhsuk-list opening-status__notes">
          {status.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
