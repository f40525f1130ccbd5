import type { DayNote, OpenInterval, WeekPlan } from "~/modules/schedule";
import { formatDayMonth, weekdayName } from "~/lib/dates";
import { dayNoteText, planSessionText, usualHoursText } from "~/modules/schedule";
import { t } from "~/lib/i18n";
import { WithTitles, type OfferTitleOf } from "./OfferTitle";

/** A session of the day: its times, and the title of its offer (the page's own wording of it when given). */
function SessionText({ interval, offerTitle }: { interval: OpenInterval; offerTitle?: OfferTitleOf }) {
  const title = interval.label ? offerTitle?.(interval) : null;
  return title ? <WithTitles text={planSessionText({ ...interval, label: "{title}" })} titles={{ title }} /> : <>{planSessionText(interval)}</>;
}

/** A note of the day; an extra session named only by its offer's title shows the page's own wording of it. */
function NoteText({ note, offerTitle }: { note: DayNote; offerTitle?: OfferTitleOf }) {
  const title = note.kind === "extra" && !note.reason && note.label ? offerTitle?.({ exceptionId: note.exceptionId }) : null;
  return title && note.kind === "extra" ? <WithTitles text={dayNoteText({ ...note, label: "{title}" })} titles={{ title }} /> : <>{dayNoteText(note)}</>;
}

/**
 * A week of opening hours as an accessible table: day, date, hours, notes. A day that differs from the usual
 * week (closure, changed hours, extra session, bank holiday) says so in words in the notes column, in bold,
 * with the usual hours for comparison; sessions to check are marked "check before travelling".
 * Accepts the plan as computed or as loader data (dates as strings).
 */
export function WeekTable({
  plan,
  today,
  caption,
  offerTitle,
}: {
  plan: WeekPlan;
  /** London date of today ("YYYY-MM-DD"), to mark its row */
  today?: string;
  /** Defaults to "Opening hours from {date}" */
  caption?: string;
  /**
   * A public page's wording of the offers' titles (the café's own translation into the page's language, or
   * the title as written, each marked with its language); without it, sessions show the titles as written.
   */
  offerTitle?: OfferTitleOf;
}) {
  return (
    <table className="nhsuk-table week-table">
      <caption className="nhsuk-table__caption nhsuk-table__caption--s">
        {caption ?? t("hours.table.caption", { date: formatDayMonth(plan.weekStart) })}
      </caption>
      <thead className="nhsuk-table__head">
        <tr className="nhsuk-table__row">
          <th scope="col" className="nhsuk-table__header">
            {t("hours.table.day")}
          </th>
          <th scope="col" className="nhsuk-table__header">
            {t("hours.table.date")}
          </th>
          <th scope="col" className="nhsuk-table__header">
            {t("hours.table.hours")}
          </th>
          <th scope="col" className="nhsuk-table__header">
            {t("hours.table.notes")}
          </th>
        </tr>
      </thead>
      <tbody className="nhsuk-table__body">
        {plan.days.map((day) => {
          const notes: readonly DayNote[] = day.notes;
          const changed = notes.some((note) => note.kind === "closed" || note.kind === "hours");
          const isToday = day.date === today;
          const rowClass = [
            "nhsuk-table__row",
            notes.length > 0 ? "week-table__row--noted" : "",
            isToday ? "week-table__row--today" : "",
          ]
            .filter(Boolean)
            .join(" ");
          return (
            <tr key={day.date} className={rowClass} aria-current={isToday ? "date" : undefined}>
              <th scope="row" className="nhsuk-table__cell">
                {weekdayName(day.weekday)}
                {isToday ? <> {t("hours.table.today")}</> : null}
              </th>
              <td className="nhsuk-table__cell">{formatDayMonth(day.date)}</td>
              <td className="nhsuk-table__cell">
                {day.intervals.length > 0 ? (
                  <ul className="nhsuk-list week-table__sessions">
                    {day.intervals.map((interval, i) => (
                      <li key={`${interval.date}-${interval.startTime}-${interval.source}-${i}`}>
                        <SessionText interval={interval} offerTitle={offerTitle} />
                      </li>
                    ))}
                  </ul>
                ) : (
                  t("hours.table.closed")
                )}
              </td>
              <td className="nhsuk-table__cell">
                {notes.length > 0 ? (
                  <ul className="nhsuk-list week-table__notes">
                    {notes.map((note, i) => (
                      <li key={i}>
                        <strong>
                          <NoteText note={note} offerTitle={offerTitle} />
                        </strong>
                      </li>
                    ))}
                    {changed && day.usual.length > 0 ? <li>{usualHoursText(day.usual)}</li> : null}
                  </ul>
                ) : null}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
