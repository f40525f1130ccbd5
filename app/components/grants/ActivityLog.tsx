import { isMessageCode, t, type MessageKey } from "~/lib/i18n";
import { statusLabel } from "./labels";
import { londonWhen } from "./when";

export type ActivityEntryView = {
  id: string;
  at: string | Date;
  action: string;
  fromStatus: string | null;
  toStatus: string | null;
  note: string | null;
  actor: string | null;
  visibleToApplicant: boolean;
};

function actionLabel(action: string): string {
  const key = `grantsPanel.activity.action.${action}`;
  return isMessageCode(key) ? t(key as MessageKey) : t("grantsPanel.activity.action.generic");
}

/**
 * An application's activity log, oldest first: when, what, from → to, who, and the note. The loader
 * decides which entries are here (the applicant's view holds only those visible to them); staff see
 * which entries are staff only.
 */
export function ActivityLog({ entries, showVisibility }: { entries: ActivityEntryView[]; showVisibility: boolean }) {
  return (
    <section aria-labelledby="activity-heading">
      <h2 id="activity-heading">{t("grantsPanel.activity.title")}</h2>
      {entries.length === 0 ? (
        <p>{t("grantsPanel.activity.none")}</p>
      ) : (
        <ol className="grants-activity">
          {entries.map((e) => (
            <li key={e.id}>
              <time dateTime={new Date(e.at).toISOString()}>{londonWhen(e.at)}</time> <strong>{actionLabel(e.action)}</strong>
              {e.fromStatus && e.toStatus ? <> ({t("grantsPanel.activity.move", { from: statusLabel(e.fromStatus), to: statusLabel(e.toStatus) })})</> : null}
              {e.actor ? <> {t("grantsPanel.activity.by", { actor: e.actor })}</> : null}
              {showVisibility && !e.visibleToApplicant ? <strong className="nhsuk-tag nhsuk-tag--grey grants-tag">{t("grantsPanel.activity.staffOnly")}</strong> : null}
              {e.note ? <p className="manage-pre">{e.note}</p> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
