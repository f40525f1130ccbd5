import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";

import { Link, useLoaderData } from "@remix-run/react";
import { t } from "~/lib/i18n";
import { coverageOn } from "~/modules/coverage/index.server";
import { requirePermission } from "~/modules/identity/index.server";
import { todayInLondon } from "~/platform/clock.server";

export const meta: MetaFunction = () => [{ title: `${t("coverage.title")} – ${t("brand.appName")}` }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "coverage.view");
  const asOf = todayInLondon();
  return { summary: await coverageOn(asOf) };
}

function CoverageTag({ covered, pipeline }: { covered: boolean; pipeline: number }) {
  if (covered) return <strong className="tag tag--green">{t("coverage.covered")}</strong>;
  if (pipeline > 0) return <strong className="tag tag--yellow">{t("coverage.gapInPipeline")}</strong>;
  return <strong className="tag tag--red">{t("coverage.gap")}</strong>;
}

export default function Coverage() {
  const { summary } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{t("coverage.title")}</h1>
      <p className="nhsuk-lede-text">{t("coverage.intro")}</p>
      <ul className="nhsuk-list nhsuk-list--bullet">
        <li>
          <strong>{t("coverage.summary.footprints", { covered: summary.coveredFootprints, total: summary.activeFootprints })}</strong>
        </li>
        <li>{t("coverage.summary.sites", { covered: summary.coveredSites, total: summary.sites.length })}</li>
        <li>{summary.gapsWithoutPipeline === 1 ? t("coverage.summary.gapsOne") : t("coverage.summary.gaps", { count: summary.gapsWithoutPipeline })}</li>
      </ul>
      <p>
        <Link to="/manage/stale">{t("coverage.staleLink")}</Link>
      </p>
      <p>
        <Link to="/coverage/bookings">{t("bookings.counts.link")}</Link>
      </p>

      <table className="data-table">
        <caption className="nhsuk-table__caption">
          {t("coverage.table.footprints")} <span className="nhsuk-body-s">{t("coverage.asOf", { date: summary.asOf })}</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">{t("coverage.col.footprint")}</th>
            <th scope="col">{t("coverage.col.area")}</th>
            <th scope="col">{t("coverage.col.status")}</th>
            <th scope="col">{t("coverage.col.open")}</th>
            <th scope="col">{t("coverage.col.pipeline")}</th>
            <th scope="col">{t("coverage.col.cafes")}</th>
          </tr>
        </thead>
        <tbody>
          {summary.footprints.map((row) => (
            <tr key={row.place.id}>
              <th scope="row">{row.place.name}</th>
              <td>{row.place.area}</td>
              <td>
                <CoverageTag covered={row.covered} pipeline={row.pipeline} />
                {row.paused > 0 ? <div className="nhsuk-body-s">{t("coverage.paused", { count: row.paused })}</div> : null}
              </td>
              <td>{row.open}</td>
              <td>{row.pipeline}</td>
              <td>{row.cafes.length ? row.cafes.map((c) => c.name).join(", ") : t("coverage.none")}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <table className="data-table">
        <caption className="nhsuk-table__caption">{t("coverage.table.sites")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("coverage.col.university")}</th>
            <th scope="col">{t("coverage.col.status")}</th>
            <th scope="col">{t("coverage.col.open")}</th>
            <th scope="col">{t("coverage.col.cafes")}</th>
          </tr>
        </thead>
        <tbody>
          {summary.sites.map((row) => (
            <tr key={row.place.id}>
              <th scope="row">{row.place.name}</th>
              <td>
                <CoverageTag covered={row.covered} pipeline={row.pipeline} />
              </td>
              <td>{row.open}</td>
              <td>{row.cafes.length ? row.cafes.map((c) => c.name).join(", ") : t("coverage.none")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
