import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { statusLabel } from "~/components/grants/labels";
import { t } from "~/lib/i18n";
import { formatPounds } from "~/modules/grants";
import { roundResults } from "~/modules/grants/index.server";
import { requirePermission } from "~/modules/identity/index.server";
import { notFound } from "~/platform/responses.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data ? t("grantsPanel.results.title", { round: data.round.title }) : t("homes.grants.title")} – ${t("brand.appName")}` },
];

/** The officer's results of a round: weighted averages, spread (disagreements flagged), ranking, and requests against the budget left. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePermission(request, "grants.manage");
  const results = await roundResults(params.roundId!);
  if (!results) throw notFound();
  return results;
}

const score = (value: number | null) => (value === null ? "—" : value.toFixed(2));

export default function RoundResultsPage() {
  const { round, toScreen, withdrawn, applications, budget } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{t("grantsPanel.results.title", { round: round.title })}</h1>
      <p>
        {t("grantsPanel.results.budget", {
          budget: formatPounds(budget.budgetPence),
          awarded: formatPounds(budget.awardedPence),
          remaining: formatPounds(budget.remainingPence),
        })}
      </p>
      <ul>
        <li>{t("grantsPanel.results.requestedAtPanel", { requested: formatPounds(budget.undecidedRequestedPence) })}</li>
        <li>{t("grantsPanel.results.requestedToScreen", { requested: formatPounds(budget.toScreenRequestedPence), count: toScreen.length })}</li>
      </ul>
      <p className="nhsuk-hint">{t("grantsPanel.results.explain")}</p>
      <p>
        <Link to={`/grants/rounds/${round.id}/panel`}>{t("grantsPanel.results.panelLink")}</Link>
        {" · "}
        <a href={`/grants/rounds/${round.id}/applications.csv`} download>
          {t("grantsPanel.results.csv")}
        </a>
      </p>
      <h2>{t("grantsPanel.results.toScreen")}</h2>
      {toScreen.length === 0 ? (
        <p>{t("grantsPanel.results.noneToScreen")}</p>
      ) : (
        <ul>
          {toScreen.map((a) => (
            <li key={a.id}>
              <Link to={`/grants/applications/${a.id}`}>{a.reference}</Link> — {a.organisation.name}
              {a.cafeName ? `, ${a.cafeName}` : ""}
            </li>
          ))}
        </ul>
      )}
      {withdrawn.length ? (
        <>
          <h2>{t("grantsPanel.results.withdrawn")}</h2>
          <ul>
            {withdrawn.map((a) => (
              <li key={a.id}>
                <Link to={`/grants/applications/${a.id}`}>{a.reference}</Link> — {a.organisation.name}
                {a.cafeName ? `, ${a.cafeName}` : ""}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h2>{t("grantsPanel.application.scores")}</h2>
      {applications.length === 0 ? (
        <p>{t("grantsPanel.results.none")}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t("grantsPanel.results.col.rank")}</th>
                <th scope="col">{t("grantsPanel.results.col.reference")}</th>
                <th scope="col">{t("grantsPanel.results.col.average")}</th>
                {round.criteria.map((c) => (
                  <th scope="col" key={c.id}>
                    {c.title} <span className="nhsuk-hint">×{c.weight}</span>
                  </th>
                ))}
                <th scope="col">{t("grantsPanel.results.col.spread")}</th>
                <th scope="col">{t("grantsPanel.results.col.reviews")}</th>
                <th scope="col">{t("grantsPanel.results.col.recommendations")}</th>
                <th scope="col">{t("grantsPanel.results.col.requested")}</th>
                <th scope="col">{t("grantsPanel.results.col.running")}</th>
                <th scope="col">{t("grantsPanel.results.col.status")}</th>
              </tr>
            </thead>
            <tbody>
              {applications.map((a) => {
                const running = budget.running[a.id];
                return (
                  <tr key={a.id}>
                    <td>{a.rank ?? "—"}</td>
                    <th scope="row">
                      <Link to={`/grants/applications/${a.id}`}>{a.reference}</Link>
                      <span className="manage-line">{a.organisation.name}</span>
                    </th>
                    <td>{a.average === null ? t("grantsPanel.results.noScore") : score(a.average)}</td>
                    {round.criteria.map((c) => (
                      <td key={c.id}>{score(a.score.criteria[c.id]?.average ?? null)}</td>
                    ))}
                    <td>
                      {score(a.score.spread)}
                      {a.score.flagged ? <strong className="nhsuk-tag nhsuk-tag--orange grants-tag">{t("grantsPanel.results.flagged")}</strong> : null}
                    </td>
                    <td>{t("grantsPanel.results.reviews", { counted: a.score.counted, pending: a.score.pending, recused: a.score.recused })}</td>
                    <td>
                      {a.score.recommendations.yes} / {a.score.recommendations.maybe} / {a.score.recommendations.no}
                    </td>
                    <td>{formatPounds(a.requestedPence)}</td>
                    <td>
                      {running ? formatPounds(running.cumulativePence) : a.awardedPence ? formatPounds(a.awardedPence) : "—"}
                      {running && !running.fits ? <strong className="nhsuk-tag nhsuk-tag--red grants-tag">{t("grantsPanel.results.over")}</strong> : null}
                    </td>
                    <td>{statusLabel(a.status)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
