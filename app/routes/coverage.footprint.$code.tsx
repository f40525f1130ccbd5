import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { COVERAGE_COLUMNS, launchText, StatusTag } from "~/components/coverage/columns";
import { WeekTimeline } from "~/components/coverage/WeekTimeline";
import { WeekTable } from "~/components/hours/WeekTable";
import { formatShortDayDate, formatShortDayMonth } from "~/lib/dates";
import { t, type MessageKey } from "~/lib/i18n";
import { footprintCoverage } from "~/modules/coverage/index.server";
import { KM_PER_MILE, roundDistance } from "~/modules/geo";
import { requirePermission } from "~/modules/identity/index.server";
import { now, todayInLondon } from "~/platform/clock.server";
import { notFound } from "~/platform/responses.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.page.footprint.name ?? t("coverage.title")} – ${t("coverage.title")} – ${t("brand.appName")}` },
];

/** /coverage/footprint/<code>: one footprint's practices, cafés and their week, offer, use and pipeline. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePermission(request, "coverage.view");
  const page = await footprintCoverage(params.code ?? "", todayInLondon(now()), now());
  if (!page) throw notFound();
  return { page };
}

/** The dashboard row's figures as a list: the same columns as the table, but for one footprint. */
const FIGURES = COVERAGE_COLUMNS.filter((c) => c.id !== "name" && c.id !== "area");

export default function FootprintCoveragePage() {
  const { page } = useLoaderData<typeof loader>();
  const { footprint, row } = page;
  return (
    <>
      <p>
        <Link to="/coverage">{t("coverage.page.back")}</Link>
      </p>
      <h1>
        {footprint.name} <StatusTag status={row.status} />
      </h1>
      <p className="nhsuk-lede-text">
        {footprint.area}
        {footprint.listSize != null
          ? ` · ${t("coverage.page.listSize", { count: footprint.listSize.toLocaleString("en-GB") })}${footprint.listSizeVerified ? "" : ` (${t("coverage.unverified")})`}`
          : ` · ${t("coverage.page.listSizeUnknown")}`}
      </p>

      <h2>{t("coverage.page.offer")}</h2>
      <dl className="nhsuk-summary-list">
        {FIGURES.map((c) => (
          <div className="nhsuk-summary-list__row" key={c.id}>
            <dt className="nhsuk-summary-list__key">{t(c.header)}</dt>
            <dd className="nhsuk-summary-list__value">{c.text(row) || t("coverage.none")}</dd>
          </div>
        ))}
      </dl>

      <h2>{t("coverage.page.cafes")}</h2>
      {page.cafes.length === 0 && page.inactive.length === 0 ? <p>{t("coverage.page.noCafes")}</p> : null}
      {page.cafes.map((c) => (
        <section key={c.slug} aria-labelledby={`cafe-${c.slug}`}>
          <h3 id={`cafe-${c.slug}`}>
            <Link to={`/cafes/${c.slug}`}>{c.name}</Link> <span className="nhsuk-body-s">({t(`manage.status.${c.status}` as MessageKey)})</span>
          </h3>
          {c.stale ? (
            <p>
              <strong className="tag tag--yellow">{t("coverage.page.stale")}</strong>
            </p>
          ) : null}
          {c.offers.length ? <p>{c.offers.join(", ")}</p> : null}
          {c.status === "open" ? (
            <>
              <WeekTimeline plan={c.week} label={t("coverage.page.timeline", { name: c.name })} describedBy={`week-${c.slug}`} />
              <div id={`week-${c.slug}`}>
                <WeekTable plan={c.week} today={page.asOf} caption={t("hours.table.caption", { date: formatShortDayDate(page.asOf) })} />
              </div>
            </>
          ) : null}
        </section>
      ))}
      {page.inactive.length ? (
        <section aria-labelledby="inactive-heading" data-testid="inactive-cafes">
          <h3 id="inactive-heading">{t("coverage.page.inactive")}</h3>
          <ul className="nhsuk-list nhsuk-list--bullet">
            {page.inactive.map((c) => {
              const status = t(`manage.status.${c.status}` as MessageKey);
              return (
                <li key={c.slug}>
                  {c.status === "closed" ? c.name : <Link to={`/cafes/${c.slug}`}>{c.name}</Link>}:{" "}
                  {c.since
                    ? t("coverage.page.inactiveCafe", { status, date: t("date.withYear", { date: formatShortDayMonth(c.since), year: c.since.slice(0, 4) }) })
                    : t("coverage.page.inactiveCafeNoDate", { status })}
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}

      <h2>{t("coverage.page.pipeline")}</h2>
      {page.applications.length ? (
        <ul className="nhsuk-list nhsuk-list--bullet">
          {page.applications.map((a) => (
            <li key={a.reference}>
              {t("coverage.page.application", { reference: a.reference, name: a.cafeName, status: t(`coverage.appStatus.${a.status}` as MessageKey) })}
              {a.expectedLaunchDate ? `, ${t("coverage.page.expected", { date: launchText({ date: a.expectedLaunchDate, overdue: a.expectedLaunchDate < page.asOf }) })}` : ""}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("coverage.page.noApplications")}</p>
      )}

      <section aria-labelledby="partners-heading">
        <h2 id="partners-heading">{t("coverage.page.partners")}</h2>
        {page.partners.length ? (
          <ul className="nhsuk-list nhsuk-list--bullet">
            {page.partners.map((p) => (
              <li key={p.slug}>
                <Link to={`/partners/${p.organisation.slug}#service-${p.slug}`}>{p.name}</Link>, {t("coverage.page.partnerBy", { organisation: p.organisation.name })} (
                {[p.byArea ? t("coverage.page.partnerArea") : null, p.byLocation ? t("coverage.page.partnerLocation") : null].filter(Boolean).join("; ")})
              </li>
            ))}
          </ul>
        ) : (
          <p>{t("coverage.page.noPartners")}</p>
        )}
      </section>

      <h2>{t("coverage.page.practices")}</h2>
      <ul className="nhsuk-list nhsuk-list--bullet">
        {page.practices.map((p) => (
          <li key={p.code}>
            {p.name}
            {p.town ? `, ${p.town}` : ""} ({p.code})
          </li>
        ))}
      </ul>

      <h2>{t("coverage.page.nearest")}</h2>
      <ul className="nhsuk-list nhsuk-list--bullet">
        {page.nearest.map((c) => (
          <li key={c.slug}>
            <Link to={`/cafes/${c.slug}`}>{c.name}</Link>: {t(roundDistance(c.km / KM_PER_MILE) === 1 ? "coverage.page.distanceOne" : "coverage.page.distance", { miles: roundDistance(c.km / KM_PER_MILE), footprint: c.footprint })}
          </li>
        ))}
      </ul>
    </>
  );
}
