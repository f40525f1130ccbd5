import type { PublicStatus } from "~/modules/cafe";

const TONE_CLASS: Record<PublicStatus["tone"], string> = {
  open: "nhsuk-tag--green",
  closed: "nhsuk-tag--grey",
  check: "nhsuk-tag--yellow",
  inactive: "nhsuk-tag--red",
};

/** The public status now, as a tag and a line of text. */
export function StatusSummary({ status }: { status: PublicStatus }) {
  return (
    <div className="manage-status">
      <strong className={`nhsuk-tag ${TONE_CLASS[status.tone]}`}>{status.label}</strong>{" "}
      <span className="manage-status__text">{status.text}</span>
      {status.notes.map((note) => (
        <p key={note} className="manage-status__note">
          {note}
        </p>
      ))}
    </div>
  );
}
