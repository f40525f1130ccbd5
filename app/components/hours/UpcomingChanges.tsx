import { upcomingChangeText, type UpcomingChange } from "~/modules/schedule";

/**
 * The dated changes to a café's usual week (closures, changed hours, extra sessions, bank holidays) as a
 * list: the date or dates in bold, then what changes, then the reason and the usual hours. With no changes,
 * `none` says so.
 */
export function UpcomingChanges({
  changes,
  heading,
  intro,
  none,
}: {
  changes: readonly UpcomingChange[];
  heading: string;
  intro: string;
  none: string;
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
            {changes.map((change, i) => {
              const text = upcomingChangeText(change);
              return (
                <li key={i} className={`upcoming-changes__item upcoming-changes__item--${change.kind}`}>
                  <strong>{text.when}</strong>: {text.what}
                  {text.details.map((line) => (
                    <span key={line} className="upcoming-changes__detail">
                      <br />
                      {line}
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
