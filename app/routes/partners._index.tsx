import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { OutsideArea } from "~/components/finder/Notices";
import { Pagination } from "~/components/finder/Pagination";
import { LocationButton, useHydrated } from "~/components/finder/SearchForm";
import { LazyCafeMap } from "~/components/map/LazyCafeMap";
import { ServiceCard } from "~/components/partners/ServiceCard";
import { TagName } from "~/components/shell/Languages";
import { t, localePath } from "~/lib/i18n";
import { parsePartnersQuery, partnersHref, PARTNER_RESULTS_MAX, type PartnersQuery } from "~/modules/partners";
import { partnersPage, type PartnersOrigin } from "~/modules/partners/index.server";
import { pageLocale } from "~/platform/page-locale.server";
import { useRootData } from "~/root";

export const meta: MetaFunction = () => [{ title: `${t("partners.title")} – ${t("brand.name")}` }, { name: "description", content: t("partners.lede") }];

/** /partners: find support near a place, by need, who for and language. Every search is a GET (works without JavaScript). */
export async function loader(args: LoaderFunctionArgs) {
  pageLocale(args);
  const { request } = args;
  // The query as searched (filter values not on the lists left out), for the form and the links.
  const { query, ...page } = await partnersPage(parsePartnersQuery(new URL(request.url).searchParams));
  return { query, page };
}

/** The filters of a search, as "Use my location" keeps them. */
function filterParams(query: PartnersQuery): [string, string][] {
  return [...query.needs.map((s) => ["need", s] as [string, string]), ...query.audiences.map((s) => ["for", s] as [string, string]), ...query.languages.map((s) => ["lang", s] as [string, string])];
}

function heading(origin: PartnersOrigin): string {
  if (origin.kind === "location") return t("partners.results.headingLocation");
  return t(origin.kind === "practice" ? "partners.results.headingPractice" : "partners.results.headingPlace", { place: origin.label });
}

function Filter({ legend, name, options, chosen }: { legend: string; name: string; options: { slug: string; label: string }[]; chosen: readonly string[] }) {
  return (
    <details className="nhsuk-details" open={chosen.length > 0}>
      <summary className="nhsuk-details__summary">
        <span className="nhsuk-details__summary-text">{legend}</span>
      </summary>
      <div className="nhsuk-details__text">
        <fieldset className="nhsuk-fieldset">
          <legend className="nhsuk-u-visually-hidden">{legend}</legend>
          <div className="nhsuk-checkboxes nhsuk-checkboxes--small">
            {options.map((o) => (
              <div className="nhsuk-checkboxes__item" key={o.slug}>
                <input className="nhsuk-checkboxes__input" id={`${name}-${o.slug}`} name={name} type="checkbox" value={o.slug} defaultChecked={chosen.includes(o.slug)} />
                <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={`${name}-${o.slug}`}>
                  <TagName tag={o} />
                </label>
              </div>
            ))}
          </div>
        </fieldset>
      </div>
    </details>
  );
}

export default function Partners() {
  const { query, page } = useLoaderData<typeof loader>();
  const outcome = page.outcome;
  const hydrated = useHydrated();
  const env = useRootData()?.env;
  const mapped = page.results.flatMap((r) => (r.location ? [{ slug: r.service.slug, name: r.service.name, organisationSlug: r.service.organisation.slug, lat: r.location.lat, lng: r.location.lng }] : []));
  return (
    <>
      <h1>{t("partners.title")}</h1>
      <p className="nhsuk-lede-text">{t("partners.lede")}</p>
      <p className="nhsuk-inset-text">{t("partners.crisis")}</p>
      <Form method="get" action={localePath("/partners")} role="search" aria-label={t("partners.title")} key={JSON.stringify(query)}>
        <div className="nhsuk-form-group">
          <label className="nhsuk-label" htmlFor="partners-q">
            {t("partners.search.label")}
          </label>
          <div className="nhsuk-hint" id="partners-q-hint">
            {t("partners.search.hint")}
          </div>
          <input className="nhsuk-input nhsuk-u-width-two-thirds" id="partners-q" name="q" type="text" defaultValue={query.q} aria-describedby="partners-q-hint" autoComplete="postal-code" />
        </div>
        {hydrated ? <LocationButton path="/partners" keep={filterParams(query)} /> : null}
        <Filter legend={t("partners.filters.need")} name="need" options={page.options.support} chosen={query.needs} />
        <Filter legend={t("partners.filters.for")} name="for" options={page.options.audience} chosen={query.audiences} />
        <Filter legend={t("partners.filters.lang")} name="lang" options={page.options.language} chosen={query.languages} />
        <button type="submit" className="nhsuk-button">
          {t("partners.filters.apply")}
        </button>
      </Form>

      {outcome.kind === "problem" ? (
        <div className="nhsuk-error-summary" role="alert" aria-labelledby="partners-problem">
          <h2 className="nhsuk-error-summary__title" id="partners-problem">
            {t("partners.problem.title")}
          </h2>
          <div className="nhsuk-error-summary__body">
            <p>{t("partners.problem.text", { input: outcome.input })}</p>
            {outcome.suggestions.length ? (
              <>
                <p>{t("partners.problem.suggestions")}</p>
                <ul className="nhsuk-list">
                  {outcome.suggestions.map((s) => (
                    <li key={s}>
                      <Link to={partnersHref({ ...query, q: s, page: 1 })}>{s}</Link>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </div>
        </div>
      ) : outcome.kind === "choose" ? (
        <section aria-labelledby="partners-choose">
          <h2 id="partners-choose">{t("partners.choose.title")}</h2>
          <p>{t("partners.choose.text", { input: outcome.input })}</p>
          <ul className="nhsuk-list">
            {outcome.practices.map((p) => (
              <li key={p.code}>
                <Link to={partnersHref({ ...query, q: "", practice: p.code, page: 1 })}>{p.name}</Link>
                {p.town || p.postcode ? <> ({[p.town, p.postcode].filter(Boolean).join(", ")})</> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : (
        <section aria-labelledby="partners-results">
          <h2 id="partners-results" tabIndex={-1}>
            {outcome.kind === "results" ? heading(outcome.origin) : t("partners.results.headingAll")}
          </h2>
          {outcome.kind === "results" && !outcome.origin.inLLR ? <OutsideArea body={t("partners.results.outsideLLR")} /> : null}
          <p>{page.total === 1 ? t("partners.results.countOne") : t("partners.results.count", { count: page.total })}</p>
          {page.pastEnd ? (
            <div role="status">
              <p className="nhsuk-body-l">{t("partners.results.pastEnd")}</p>
              <p>
                <Link to={partnersHref({ ...query, page: 1 })}>{t("partners.results.firstPage")}</Link>
              </p>
            </div>
          ) : page.results.length === 0 ? (
            <p>{t("partners.results.none")}</p>
          ) : null}
          <ol className="nhsuk-list partner-results">
            {page.results.map((r) => (
              <li key={r.service.id}>
                <ServiceCard service={r.service} miles={r.miles} coversArea={r.coversArea} location={r.location} state={r.state} />
              </li>
            ))}
          </ol>
          {page.pastEnd ? null : (
            <Pagination
              page={query.page}
              previous={query.page > 1 ? partnersHref({ ...query, page: query.page - 1 }) : null}
              next={page.total > query.page * PARTNER_RESULTS_MAX ? partnersHref({ ...query, page: query.page + 1 }) : null}
            />
          )}
          {mapped.length > 0 && env ? (
            <LazyCafeMap
              heading={t("partners.map.heading")}
              cafes={[]}
              partners={mapped}
              origin={outcome.kind === "results" ? outcome.point : null}
              tileUrl={env.mapTileUrl}
              attribution={env.mapTileAttribution}
            />
          ) : null}
        </section>
      )}
    </>
  );
}
