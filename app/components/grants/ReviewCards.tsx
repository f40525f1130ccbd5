import { t, type MessageKey } from "~/lib/i18n";

type Criterion = { id: string; title: string; weight: number };
type Review = {
  userId: string;
  name: string;
  recommendation: string | null;
  comment: string | null;
  submittedAt: string | Date | null;
  scores: Record<string, { score: number | null; comment: string | null }>;
};

/** Reviews read only: each reviewer's scores per criterion (N/A shown), comments and recommendation. */
export function ReviewCards({ criteria, reviews }: { criteria: Criterion[]; reviews: Review[] }) {
  return (
    <>
      {reviews.map((r) => (
        <div key={r.userId} className="nhsuk-card">
          <div className="nhsuk-card__content">
            <h3 className="nhsuk-card__heading nhsuk-heading-s">{t("grantsPanel.review.by", { name: r.name })}</h3>
            {!r.submittedAt ? <p className="nhsuk-hint">{t("grantsPanel.review.draft")}</p> : null}
            <dl className="nhsuk-summary-list">
              {criteria.map((c) => {
                const s = r.scores[c.id];
                return (
                  <div className="nhsuk-summary-list__row" key={c.id}>
                    <dt className="nhsuk-summary-list__key">{c.title}</dt>
                    <dd className="nhsuk-summary-list__value">
                      {s === undefined ? t("grantsPanel.review.notScored") : s.score === null ? t("grantsPanel.review.na") : `${s.score} / 5`}
                      {s?.comment ? <span className="manage-line manage-pre">{s.comment}</span> : null}
                    </dd>
                  </div>
                );
              })}
              <div className="nhsuk-summary-list__row">
                <dt className="nhsuk-summary-list__key">{t("grantsPanel.review.recommendation")}</dt>
                <dd className="nhsuk-summary-list__value">
                  {r.recommendation ? t(`grantsPanel.review.recommendation.${r.recommendation}` as MessageKey) : "—"}
                  {r.comment ? <span className="manage-line manage-pre">{r.comment}</span> : null}
                </dd>
              </div>
            </dl>
          </div>
        </div>
      ))}
    </>
  );
}
