import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";

import { useLoaderData, useLocation } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { Problem, PracticeList, Results, resultsHeading } from "~/components/finder/Results";
import { SearchForm } from "~/components/finder/SearchForm";
import { ft } from "~/components/finder/text";
import { LazyCafeMap } from "~/components/map/LazyCafeMap";
import { PartnerLayer, partnerLayerHref } from "~/components/partners/PartnerLayer";
import { parseFinderQuery } from "~/modules/finder";
import { t } from "~/lib/i18n";
import { finderPage } from "~/modules/finder/index.server";
import { supportNear } from "~/modules/partners/index.server";
import { useRootData } from "~/root";
import finderStyles from "~/styles/finder.css";
import { pageLocale } from "~/platform/page-locale.server";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: finderStyles }];

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const outcome = data?.page.outcome;
  const title = outcome?.kind === "results" ? resultsHeading(outcome.origin) : ft("finder.metaTitle");
  return [{ title: `${title} – ${t("brand.name")}` }, { name: "description", content: ft("finder.lede") }];
};

/** How many partner services the map's partner layer shows around the searched place. */
const PARTNER_LAYER_MAX = 10;

/**
 * The finder: the home page. Every search is a GET (shareable, works without JavaScript). `partners=show`
 * adds the partner layer: the support services nearest the searched place, listed and on the map.
 */
export async function loader(args: LoaderFunctionArgs) {
  pageLocale(args);
  const { request } = args;
  const params = new URL(request.url).searchParams;
  // The query as searched (tags not in the managed list left out), for the form, the chosen filters and links.
  const { query, ...page } = await finderPage(parseFinderQuery(params));
  const showPartners = params.get("partners") === "show";
  const point = page.outcome.kind === "results" ? page.outcome.point : null;
  const partners = showPartners && point ? await supportNear(point.lat, point.lng, PARTNER_LAYER_MAX) : [];
  return { query, page, showPartners, partners };
}

export default function Finder() {
  const { query, page, showPartners, partners } = useLoaderData<typeof loader>();
  const location = useLocation();
  const root = useRootData();
  const env = root?.env;
  const outcome = page.outcome;
  // After a new search made in the page (not a filter change), move focus to what it found, so screen reader
  // users hear it; the first page load leaves focus alone.
  const origin = `${query.mode}|${query.q}|${query.gp}|${query.practice}|${query.location?.lat},${query.location?.lng}`;
  const lastOrigin = useRef(origin);
  useEffect(() => {
    if (lastOrigin.current === origin) return;
    lastOrigin.current = origin;
    document.querySelector<HTMLElement>("#results-heading, #problem-heading, #practices-heading")?.focus();
  }, [origin]);
  return (
    <div className="finder">
      <h1>{ft("finder.title")}</h1>
      <p className="nhsuk-lede-text finder__lede">{ft("finder.lede")}</p>
      {/* A new search (not a filter change) starts from a fresh form showing what the address says. */}
      <SearchForm key={origin} query={query} options={page.options} />

      {outcome.kind === "problem" ? <Problem view={outcome} /> : null}
      {outcome.kind === "practices" ? <PracticeList input={outcome.input} practices={outcome.practices} query={query} /> : null}
      {outcome.kind === "results" ? (
        <>
          <Results view={outcome} query={query} capPhone={env?.capPhone ?? null} labels={page.chosenLabels} />
          {outcome.point ? (
            <PartnerLayer
              shown={showPartners}
              toggleHref={partnerLayerHref(location.search, !showPartners)}
              results={partners}
              point={outcome.point}
            />
          ) : null}
          {outcome.results.length > 0 && env ? (
            <LazyCafeMap
              partners={showPartners ? partners.flatMap((r) => (r.location ? [{ slug: r.service.slug, name: r.service.name, organisationSlug: r.service.organisation.slug, lat: r.location.lat, lng: r.location.lng }] : [])) : undefined}
              heading={ft("finder.map.heading")}
              intro={ft("finder.map.intro")}
              cafes={outcome.results.map((r) => ({ slug: r.slug, name: r.name, lat: r.lat, lng: r.lng, openNow: r.openNow }))}
              origin={outcome.point}
              tileUrl={env.mapTileUrl}
              attribution={env.mapTileAttribution}
            />
          ) : null}
        </>
      ) : null}
    </div>
  );
}
