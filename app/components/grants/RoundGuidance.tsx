import { SummaryRow } from "~/components/SummaryRow";
import { formatLondonDateTime } from "~/components/grants/dates";
import { t, type MessageKey } from "~/lib/i18n";
import { formatPounds, guidanceParagraphs } from "~/modules/grants";

export type RoundGuidanceData = {
  kind: string;
  guidance: string;
  budgetPence: number;
  maxAwardPence: number;
  opensAt: string | null;
  closesAt: string | null;
  areas: string[];
  criteria: { id: string; title: string; description: string; weight: number }[];
  checklist: { id: string; text: string }[];
};

/**
 * What a round asks of applicants: the key facts, the guidance (paragraphs of text; only web addresses
 * become links, nothing typed is read as HTML), the scoring criteria with their weights and the
 * eligibility checklist. `level` is the level of its headings.
 */
export function RoundGuidance({ round, level = 2 }: { round: RoundGuidanceData; level?: 2 | 3 }) {
  const H = level === 2 ? "h2" : "h3";
  const totalWeight = round.criteria.reduce((sum, c) => sum + c.weight, 0);
  return (
    <>
      <dl className="nhsuk-summary-list">
        <SummaryRow label={t("grants.guidance.kind")}>{t(`rounds.kind.${round.kind}` as MessageKey)}</SummaryRow>
        <SummaryRow label={t("grants.guidance.maxAward")}>{formatPounds(round.maxAwardPence)}</SummaryRow>
        <SummaryRow label={t("grants.guidance.budget")}>{formatPounds(round.budgetPence)}</SummaryRow>
        <SummaryRow label={t("grants.guidance.opens")}>{round.opensAt ? formatLondonDateTime(round.opensAt) : t("grants.guidance.notSet")}</SummaryRow>
        <SummaryRow label={t("grants.guidance.closes")}>{round.closesAt ? formatLondonDateTime(round.closesAt) : t("grants.guidance.notSet")}</SummaryRow>
        <SummaryRow label={round.kind === "university" ? t("grants.guidance.universities") : t("grants.guidance.footprints")}>
          {round.areas.length ? (
            <ul className="nhsuk-list">
              {round.areas.map((name) => (
                <li key={name}>{name}</li>
              ))}
            </ul>
          ) : (
            t("grants.guidance.notSet")
          )}
        </SummaryRow>
      </dl>
      <H>{t("grants.guidance.guidanceHeading")}</H>
      {round.guidance.trim() ? (
        guidanceParagraphs(round.guidance).map((paragraph, i) => (
          <p key={i} className="grants-guidance">
            {paragraph.map((piece, j) =>
              piece.kind === "link" ? (
                <a key={j} href={piece.href} rel="noopener noreferrer">
                  {piece.text}
                </a>
              ) : (
                <span key={j}>{piece.text}</span>
              ),
            )}
          </p>
        ))
      ) : (
        <p>{t("grants.guidance.none")}</p>
      )}
      <H>{t("grants.guidance.criteriaHeading")}</H>
      {round.criteria.length ? (
        <table className="data-table">
          <caption className="nhsuk-u-visually-hidden">{t("grants.guidance.criteriaCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("grants.guidance.criterion")}</th>
              <th scope="col">{t("grants.guidance.weight")}</th>
            </tr>
          </thead>
          <tbody>
            {round.criteria.map((c) => (
              <tr key={c.id}>
                <th scope="row">
                  {c.title}
                  {c.description ? <span className="nhsuk-hint nhsuk-u-margin-bottom-0">{c.description}</span> : null}
                </th>
                <td>{t("grants.guidance.weightValue", { weight: c.weight, total: totalWeight })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t("grants.guidance.none")}</p>
      )}
      <H>{t("grants.guidance.checklistHeading")}</H>
      <p>{t("grants.guidance.checklistIntro")}</p>
      {round.checklist.length ? (
        <ul>
          {round.checklist.map((c) => (
            <li key={c.id}>{c.text}</li>
          ))}
        </ul>
      ) : (
        <p>{t("grants.guidance.none")}</p>
      )}
    </>
  );
}
