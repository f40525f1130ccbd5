import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { COVERAGE_COLUMNS, hoursText, tableHref } from "~/components/coverage/columns";
import { formatMonth } from "~/components/coverage/format";
import { LazyCoverageMap } from "~/components/coverage/LazyCoverageMap";
import { TimelineChart } from "~/components/coverage/TimelineChart";
import { t } from "~/lib/i18n";
import { AREAS, shownRows, tableQuery } from "~/modules/coverage";
import { coverageDashboard } from "~/modules/coverage/index.server";
import { can } from "~/modules/identity";
import { requirePermission } from "~/modules/identity/index.server";
import { now, todayInLondon } from "~/platform/clock.server";
import { publicEnv } from "~/platform/env.server";
import finderStyles from "~/styles/finder.css";

/** The map's styles (shared with the finder's map). */
export const links: LinksFunction = () => [{ rel: "stylesheet", href: finderStyles }];

export const meta: MetaFunction = () => [{ title: `${t("coverage.title")} – ${t("brand.appName")}` }];

/** The dashboard and the rows the query asks for (?sort=, ?dir=, ?area=). */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "coverage.view");
  const query = tableQuery(new URL(request.url).searchParams);
  const dashboard = await coverageDashboard(todayInLondon(now()), now());
  const env = publicEnv();
  return {
    query,
    canSeeStale: can(user, "listings.stale"),
    rows: shownRows([...dashboard.footprints, ...dashboard.sites], query),
    headline: dashboard.headline,
    asOf: dashboard.asOf,
    timeline: [...dashboard.timeline, ...dashboard.projection.points],
    projection: {
      allCoveredBy: dashboard.projection.allCoveredBy,
      allCoveredNow: dashboard.projection.allCoveredNow,
      noDateYet: dashboard.projection.noDateYet.map((g) => g.name),
      nothingOnTheWay: dashboard.projection.nothingOnTheWay.map((g) => g.name),
    },
    map: { ...dashboard.map, tileUrl: env.mapTileUrl, attribution: env.mapTileAttribution },
  };
}

export default function Coverage() {
  const { query, canSeeStale, rows, headline: h, asOf, timeline, projection, map } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{t("coverage.title")}</h1>
      <p className="nhsuk-lede-text">{t("coverage.intro")}</p>
      <h2>{t("coverage.headline.heading")}</h2>
      <ul className="nhsuk-list nhsuk-list--bullet" data-testid="coverage-headline">
        <li>
          <strong>{t("coverage.summary.footprints", { covered: h.coveredFootprints, total: h.activeFootprints })}</strong>
        </li>
        <li>{t("coverage.summary.sites", { covered: h.coveredSites, total: h.sites })}</li>
        <li>
          {t("coverage.headline.hours", {
            hours: hoursText(h.hours.minutes),
            evening: hoursText(h.hours.eveningMinutes),
            weekend: hoursText(h.hours.weekendMinutes),
          })}
        </li>
        <li>{t(h.noEvening === 1 ? "coverage.headline.noEveningOne" : "coverage.headline.noEvening", { count: h.noEvening, weekend: h.noWeekend })}</li>
        <li>
          {canSeeStale ? (
            <Link to="/manage/stale">{t("coverage.headline.stale", { count: h.staleListings })}</Link>
          ) : (
            t("coverage.headline.stale", { count: h.staleListings })
          )}
        </li>
        <li>
          <Link to="/coverage/bookings">{t("coverage.headline.bookings", { count: h.bookings, attended: h.attended })}</Link>
        </li>
      </ul>

      {query.unknownArea !== undefined ? (
        <div className="nhsuk-error-summary" role="alert" tabIndex={-1} data-testid="coverage-no-such-area">
          <p className="nhsuk-error-message">{t("coverage.filter.noSuchArea", { area: query.unknownArea })}</p>
        </div>
      ) : null}
      <Form method="get" className="coverage-filter">
        <input type="hidden" name="sort" value={query.sort} />
        <input type="hidden" name="dir" value={query.dir} />
        <div className="nhsuk-form-group">
          <label className="nhsuk-label" htmlFor="coverage-area">
            {t("coverage.filter.legend")}
          </label>
          <select className="nhsuk-select" id="coverage-area" name="area" defaultValue={query.area ?? ""}>
            <option value="">{t("coverage.filter.all")}</option>
            {AREAS.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>{" "}
          <button className="nhsuk-button nhsuk-button--secondary" type="submit">
            {t("coverage.filter.submit")}
          </button>
        </div>
      </Form>
      <p>
        <a href={tableHref(query, {}, "/coverage/table.csv")} download>
          {t("coverage.csv.link")}
        </a>
      </p>

      <div className="table-scroll">
        <table className="data-table" data-testid="coverage-table">
          <caption className="nhsuk-table__caption">{t("coverage.table.rows", { count: rows.length, date: asOf })}</caption>
          <thead>
            <tr>
              {COVERAGE_COLUMNS.map((c) => {
                const sorted = c.sort !== undefined && c.sort === query.sort;
                const dir = sorted && query.dir === "asc" ? "desc" : "asc";
                return (
                  <th scope="col" key={c.id} aria-sort={sorted ? (query.dir === "asc" ? "ascending" : "descending") : undefined}>
                    {c.sort ? (
                      <Link to={tableHref(query, { sort: c.sort, dir })} preventScrollReset>
                        {t(c.header)}
                        {sorted ? <span className="nhsuk-u-visually-hidden"> {t(query.dir === "asc" ? "coverage.sort.ascending" : "coverage.sort.descending")}</span> : null}
                        {sorted ? (query.dir === "asc" ? " ▲" : " ▼") : null}
                      </Link>
                    ) : (
                      t(c.header)
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                {COVERAGE_COLUMNS.map((c, i) =>
                  i === 0 ? (
                    <th scope="row" key={c.id}>
                      {c.cell(r)}
                    </th>
                  ) : (
                    <td key={c.id}>{c.cell(r)}</td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2>{t("coverage.timeline.heading")}</h2>
      <p>{t("coverage.timeline.intro")}</p>
      <div data-testid="coverage-projection">
        {projection.allCoveredNow ? (
          <p>
            <strong>{t("coverage.timeline.allNow")}</strong>
          </p>
        ) : projection.allCoveredBy ? (
          <p>
            <strong>{t("coverage.timeline.allBy", { month: formatMonth(projection.allCoveredBy) })}</strong>
          </p>
        ) : null}
        {projection.noDateYet.length > 0 ? <p>{t("coverage.timeline.noDateYet", { names: projection.noDateYet.join(", ") })}</p> : null}
        {projection.nothingOnTheWay.length > 0 ? (
          <p>
            <strong>{t("coverage.timeline.nothing", { names: projection.nothingOnTheWay.join(", ") })}</strong>
          </p>
        ) : null}
      </div>
      <TimelineChart points={timeline} />

      <LazyCoverageMap
        heading={t("coverage.map.heading")}
        intro={t("coverage.map.intro")}
        cafes={map.cafes}
        sites={map.sites}
        statusByCode={map.statusByCode}
        tileUrl={map.tileUrl}
        attribution={map.attribution}
      />
    </>
  );
}
