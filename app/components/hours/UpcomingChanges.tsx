import type { LocalisedText } from "~/modules/cafe";
import { upcomingChangeText, type SessionTimes, type UpcomingChange } from "~/modules/schedule";
import { WithTitles, type OfferTitleOf } from "./OfferTitle";

/**
 * A change with each offer's title the page has its own wording for replaced by a slot (`{title0}`, …),
 * and those wordings by slot. Without `offerTitle`, the change as it is.
 */
function withTitleSlots(change: UpcomingChange, offerTitle?: OfferTitleOf): { change: UpcomingChange; titles: Record<string, LocalisedText> } {
  const titles: Record<string, LocalisedText> = {};
  if (!offerTitle) return { change, titles };
  const slot = (link: { sessionId?: string; exceptionId?: string }, label: string | null): string | null => {
    const title = label ? offerTitle(link) : null;
    if (!title) return label;
    const name = `title${Object.keys(titles).length}`;
    titles[name] = title;
    return `{${name}}`;
  };
  const slotted = (list: readonly SessionTimes[]) => list.map((s) => ({ ...s, label: slot(s, s.label) }));
  switch (change.kind) {
    case "hours":
      return { change: { ...change, sessions: slotted(change.sessions), usual: slotted(change.usual) }, titles };
    case "bank-holiday-open":
      return { change: { ...change, sessions: slotted(change.sessions) }, titles };
    case "bank-holiday-check":
      return { change: { ...change, usual: slotted(change.usual) }, titles };
    case "extra": {
      const label = slot(change, change.label);
      // A reason that only repeats the title is said once, as the title.
      const reason = label !== change.label && change.reason === change.label ? null : change.reason;
      return { change: { ...change, label, reason }, titles };
    }
    case "season-start":
    case "season-end":
      return { change: { ...change, label: slot(change, change.label) }, titles };
    case "closed":
      return { change, titles };
  }
}

/**
 * The dated changes to a café's usual week (closures, changed hours, extra sessions, bank holidays) as a
 * list: the date or dates in bold, then what changes, then the reason and the usual hours. With no changes,
 * `none` says so. With `offerTitle`, each session's offer is named in the page's own wording of its title
 * (as the week tables name it); without it, by its title as written.
 */
export function UpcomingChanges({
  changes,
  heading,
  intro,
  none,
  offerTitle,
}: {
  changes: readonly UpcomingChange[];
  heading: string;
  intro: string;
  none: string;
  offerTitle?: OfferTitleOf;
}) {
  return (
    <section className="upcoming-changes" aria-labelledby="upcoming-changes-heading">
      <h3 id="upcoming-changes-heading">{heading}</h3>
      {changes.length === 0 ? (
        <p>{none}</p>
      ) : (
        <>
          <p>{intro}</p>
          <ul className="nhsuk-list upcoming-changes__list">
            {changes.map((original, i) => {
              const { change, titles } = withTitleSlots(original, offerTitle);
              const text = upcomingChangeText(change);
              return (
                <li key={i} className={`upcoming-changes__item upcoming-changes__item--${change.kind}`}>
                  <strong>{text.when}</strong>: <WithTitles text={text.what} titles={titles} />
                  {text.details.map((line) => (
                    <span key={line} className="upcoming-changes__detail">
                      <br />
                      <WithTitles text={line} titles={titles} />
                    </span>
                  ))}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
