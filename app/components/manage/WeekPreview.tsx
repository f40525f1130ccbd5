import type { Serialized, WeekPlan } from "~/domain/opening-hours";
import { dayNoteText, formatDayDate, planSessionText } from "~/domain/opening-text";
import { t } from "~/i18n";

/** Seven days of a café's hours as the public will see them, with closures and changes noted. */
export function WeekPreview({ plan, today, caption }: { plan: Serialized<WeekPlan>; today: string; caption: string }) {
  return (
    <table className="nhsuk-table manage-week">
      <caption className="nhsuk-table__caption nhsuk-table__caption--s">{caption}</caption>
      <thead className="nhsuk-table__head">
        <tr className="nhsuk-table__row">
          <th scope="col" className="nhsuk-table__header">
            {t("manage.week.day")}
          </th>
          <th scope="col" className="nhsuk-table__header">
            {t("manage.week.hours")}
          </th>
          <th scope="col" className="nhsuk-table__header">
            {t("manage.week.notes")}
          </th>
        </tr>
      </thead>
      <tbody className="nhsuk-table__body">
        {plan.days.map((day) => (
          <tr key={day.date} className="nhsuk-table__row">
            <th scope="row" className="nhsuk-table__cell">
              {formatDayDate(day.date)}
              {day.date === today ? <> {t("manage.week.today")}</> : null}
            </th>
            <td className="nhsuk-table__cell">
              {day.intervals.length ? (
                <ul className="nhsuk-list manage-week__sessions">
                  {day.intervals.map((iv) => (
                    <li key={`${iv.start}-${iv.source}`}>{planSessionText(iv)}</li>
                  ))}
                </ul>
              ) : (
                t("manage.week.closed")
              )}
            </td>
            <td className="nhsuk-table__cell">
              {day.notes.length ? (
                <ul className="nhsuk-list manage-week__notes">
                  {day.notes.map((note, i) => (
                    <li key={i}>{dayNoteText(note as Parameters<typeof dayNoteText>[0])}</li>
                  ))}
                </ul>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
