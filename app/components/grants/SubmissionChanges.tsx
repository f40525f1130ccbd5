import { t } from "~/lib/i18n";
import { SECTION_TITLES, type SectionChange } from "~/modules/grants";

/** What changed on resubmission, section by section: each changed answer before and now. */
export function SubmissionChanges({ changes }: { changes: { from: number; to: number; sections: SectionChange[] } }) {
  const lines = (values: string[]) =>
    values.length ? (
      values.map((line, i) => (
        <span key={i} className="manage-line manage-pre">
          {line}
        </span>
      ))
    ) : (
      <span className="manage-muted">{t("grantsPanel.changes.empty")}</span>
    );
  return (
    <section aria-labelledby="changes-heading" className="nhsuk-inset-text">
      <h2 id="changes-heading" className="nhsuk-heading-m">
        {t("grantsPanel.changes.title", { from: changes.from, to: changes.to })}
      </h2>
      {changes.sections.length === 0 ? <p>{t("grantsPanel.changes.none")}</p> : null}
      {changes.sections.map((change) => (
        <table key={change.key} className="data-table">
          <caption className="nhsuk-table__caption nhsuk-heading-s">{t(SECTION_TITLES[change.key])}</caption>
          <thead>
            <tr>
              <th scope="col">{t("grantsPanel.changes.field")}</th>
              <th scope="col">{t("grantsPanel.changes.before")}</th>
              <th scope="col">{t("grantsPanel.changes.after")}</th>
            </tr>
          </thead>
          <tbody>
            {change.rows.map((row) => (
              <tr key={row.label}>
                <th scope="row">{t(row.label)}</th>
                <td>{lines(row.before)}</td>
                <td>{lines(row.after)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </section>
  );
}
