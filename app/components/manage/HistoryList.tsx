import { SummaryRow } from "~/components/SummaryRow";
import { t } from "~/lib/i18n";
import type { HistoryItem } from "./history-text";

/** The change history of a café, newest first: when, who, what, and each change before → after. */
export function HistoryList({ items }: { items: HistoryItem[] }) {
  if (!items.length) return <p>{t("manage.history.empty")}</p>;
  return (
    <ol className="manage-history">
      {items.map((item) => (
        <li key={item.id} className="manage-history__item">
          <h2 className="nhsuk-heading-s manage-history__what">
            {item.what}
            {item.summary ? <span className="manage-history__summary">: {item.summary}</span> : null}
          </h2>
          <p className="manage-history__meta">{t("manage.history.meta", { who: item.who, when: item.when })}</p>
          {item.changes.length ? (
            <dl className="nhsuk-summary-list manage-history__changes">
              {item.changes.map((change, i) => (
                <SummaryRow key={`${change.label}-${i}`} label={change.label}>
                  {change.before !== undefined && change.after !== undefined ? (
                    <>
                      <del className="manage-history__before">
                        <span className="nhsuk-u-visually-hidden">{t("manage.history.was")} </span>
                        {change.before}
                      </del>{" "}
                      <span aria-hidden="true">→</span>{" "}
                      <ins className="manage-history__after">
                        <span className="nhsuk-u-visually-hidden">{t("manage.history.now")} </span>
                        {change.after}
                      </ins>
                    </>
                  ) : change.after !== undefined ? (
                    change.after
                  ) : (
                    <del className="manage-history__before">
                      <span className="nhsuk-u-visually-hidden">{t("manage.history.removed")} </span>
                      {change.before}
                    </del>
                  )}
                </SummaryRow>
              ))}
            </dl>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
