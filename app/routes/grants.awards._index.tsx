import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { applicationStatusLabel, money } from "~/components/grants/AwardParts";
import { formatFullDate, formatInstantDate } from "~/lib/dates";
import { t } from "~/lib/i18n";
import { listAwards, listOverdueReturns } from "~/modules/grants/index.server";
import { requirePermission } from "~/modules/identity/index.server";

export const meta: MetaFunction = () => [{ title: `${t("grantsAward.list.title")} – ${t("brand.appName")}` }];

/** The officer's awards: offers made, cafés in set-up, launched cafés, overdue monitoring returns, the 360Giving exports. */
export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "grants.manage");
  const [awards, overdue] = await Promise.all([listAwards(), listOverdueReturns()]);
  return { awards, overdue };
}

export default function AwardsList() {
  const { awards, overdue } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{t("grantsAward.list.title")}</h1>
      <p>{t("grantsAward.list.intro")}</p>
      {awards.length === 0 ? (
        <p>{t("grantsAward.list.none")}</p>
      ) : (
        <table className="data-table">
          <caption className="nhsuk-u-visually-hidden">{t("grantsAward.list.title")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("grantsAward.col.reference")}</th>
              <th scope="col">{t("grantsAward.col.cafe")}</th>
              <th scope="col">{t("grantsAward.col.organisation")}</th>
              <th scope="col">{t("grantsAward.col.amount")}</th>
              <th scope="col">{t("grantsAward.col.status")}</th>
              <th scope="col">{t("grantsAward.col.milestones")}</th>
              <th scope="col">{t("grantsAward.col.launch")}</th>
            </tr>
          </thead>
          <tbody>
            {awards.map((a) => (
              <tr key={a.id}>
                <th scope="row">
                  <Link to={`/grants/awards/${a.id}`}>{a.reference}</Link>
                </th>
                <td>{a.cafeName}</td>
                <td>{a.organisation.name}</td>
                <td>{money(a.awardedPence)}</td>
                <td>{applicationStatusLabel(a.status)}</td>
                <td>{a.milestonesTotal ? t("grantsAward.list.milestones", { settled: a.milestonesSettled, total: a.milestonesTotal }) : "—"}</td>
                <td>
                  {a.launchedOn
                    ? t("grantsAward.list.launchedOn", { date: formatFullDate(a.launchedOn) })
                    : a.expectedLaunchDate
                      ? t("grantsAward.list.expected", { date: formatFullDate(a.expectedLaunchDate) })
                      : "—"}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h2>{t("grantsAward.overdue.title")}</h2>
      {overdue.length === 0 ? (
        <p>{t("grantsAward.overdue.none")}</p>
      ) : (
        <table className="data-table">
          <caption className="nhsuk-u-visually-hidden">{t("grantsAward.overdue.title")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("grantsAward.col.reference")}</th>
              <th scope="col">{t("grantsAward.col.cafe")}</th>
              <th scope="col">{t("grantsAward.col.organisation")}</th>
              <th scope="col">{t("grantsAward.returns.col.quarter")}</th>
              <th scope="col">{t("grantsAward.returns.col.due")}</th>
              <th scope="col">{t("grantsAward.overdue.reminded")}</th>
            </tr>
          </thead>
          <tbody>
            {overdue.map((r) => (
              <tr key={r.id}>
                <th scope="row">
                  <Link to={`/grants/awards/${r.applicationId}`}>{r.reference}</Link>
                </th>
                <td>{r.cafeName}</td>
                <td>{r.organisation}</td>
                <td>{t("grantsAward.returns.period", { from: formatFullDate(r.periodStart), to: formatFullDate(r.periodEnd) })}</td>
                <td>{formatFullDate(r.dueOn)}</td>
                <td>{r.reminderSentAt ? formatInstantDate(r.reminderSentAt) : t("grantsAward.overdue.notReminded")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h2>{t("grantsAward.export.title")}</h2>
      <p>{t("grantsAward.export.intro")}</p>
      <ul className="nhsuk-list">
        <li>
          <a href="/grants/exports/360giving.json" download>
            {t("grantsAward.export.json")}
          </a>
        </li>
        <li>
          <a href="/grants/exports/360giving.csv" download>
            {t("grantsAward.export.csv")}
          </a>
        </li>
      </ul>
    </>
  );
}
