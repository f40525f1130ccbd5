import { Link } from "@remix-run/react";
import { finderHref, hasFilters, type FinderOrigin, type FinderOutcome, type FinderQuery, type PracticeChoice, type When } from "~/modules/finder";
import { MAX_QUERY_LENGTH } from "~/modules/geo";
import { CafeList } from "./CafeCard";
import { NearestOpen, NoCafeOpen, OutsideArea } from "./Notices";
import { Pagination } from "./Pagination";
import { whenLabel } from "./SearchForm";
import { ft, resultsCountText } from "./text";
import { localePath, tagLabel } from "~/lib/i18n";

/** A page of results, as the loader sends it. */
export type ResultsView = Extract<FinderOutcome, { kind: "results" }>;
/** A search that could not be done, as the loader sends it. */
export type ProblemView = Extract<FinderOutcome, { kind: "problem" }>;

export function resultsHeading(origin: FinderOrigin): string {
  switch (origin.kind) {
    case "place":
      return ft("finder.results.heading", { place: origin.label });
    case "location":
      return ft("finder.results.headingLocation");
    case "practice":
      return ft("finder.results.headingPractice", { practice: origin.practice.name });
    default:
      return ft("finder.results.headingAll");
  }
}

/** The chosen filters, each with a link that removes it, and a link that clears them all. */
export function ChosenFilters({ query, labels }: { query: FinderQuery; labels: Record<string, string> }) {
  const chips: { key: string; label: string; href: string }[] = [];
  if (query.when !== "any") chips.push({ key: "when", label: whenLabel(query.when as When), href: finderHref(query, { when: "any" }) });
  for (const slug of query.languages) {
    chips.push({ key: `lang-${slug}`, label: tagLabel({ slug, label: labels[slug] ?? slug }), href: finderHref(query, { languages: query.languages.filter((s) => s !== slug) }) });
  }
  for (const slug of query.audiences) {
    chips.push({ key: `for-${slug}`, label: tagLabel({ slug, label: labels[slug] ?? slug }), href: finderHref(query, { audiences: query.audiences.filter((s) => s !== slug) }) });
  }
  for (const slug of query.access) {
    chips.push({ key: `access-${slug}`, label: tagLabel({ slug, label: labels[slug] ?? slug }), href: finderHref(query, { access: query.access.filter((s) => s !== slug) }) });
  }
  if (chips.length === 0) return null;
  return (
    <div className="chosen-filters">
      <p className="chosen-filters__title">{ft("finder.filters.chosen")}</p>
      <ul className="chosen-filters__list">
        {chips.map((chip) => (
          <li key={chip.key}>
            <Link to={chip.href} className="chosen-filters__chip" preventScrollReset>
              <span className="nhsuk-u-visually-hidden">{ft("finder.filters.remove")} </span>
              {chip.label}
              <span aria-hidden="true" className="chosen-filters__x">
                ×
              </span>
            </Link>
          </li>
        ))}
      </ul>
      <p className="chosen-filters__clear">
        <Link to={finderHref(query, { when: "any", languages: [], audiences: [], access: [] })} preventScrollReset>
          {ft("finder.filters.clear")}
        </Link>
      </p>
    </div>
  );
}

/** The list of results with everything around it: notes on the origin, no café open, paging. */
export function Results({ view, query, capPhone, labels }: { view: ResultsView; query: FinderQuery; capPhone: string | null; labels: Record<string, string> }) {
  const { origin, results } = view;
  return (
    <section className="finder-results-section" aria-labelledby="results-heading">
      <h2 id="results-heading" tabIndex={-1}>
        {resultsHeading(origin)}
      </h2>
      {!view.anyOpenNow ? <NoCafeOpen capPhone={capPhone} /> : null}
      {!origin.inLLR ? <OutsideArea /> : null}
      {origin.kind === "place" && origin.corrected ? <p>{ft("finder.results.corrected", { label: origin.label })}</p> : null}
      {origin.kind === "place" && origin.matched ? (
        <p>{ft(origin.precision === "district" ? "finder.results.district" : "finder.results.sector", { postcode: origin.label, matched: origin.matched })}</p>
      ) : null}
      {origin.kind === "location" && origin.nearPlace ? <p>{ft("finder.results.nearPlace", { place: origin.nearPlace })}</p> : null}
      {origin.kind === "practice" ? (
        <p>
          {ft(view.inFootprint > 0 ? "finder.results.practiceNote" : "finder.results.practiceNone", { footprint: origin.practice.footprint })}
        </p>
      ) : null}
      <ChosenFilters query={query} labels={labels} />
      {view.bankHoliday ? (
        <p className="finder-bank-holiday">
          {ft(query.when === "now" ? "finder.results.bankHolidayNow" : "finder.results.bankHolidayDay", { day: view.bankHoliday.day, name: view.bankHoliday.name })}
        </p>
      ) : null}
      {results.length === 0 ? (
        <NoResults view={view} query={query} />
      ) : (
        <>
          <p className="finder-count" role="status">
            {resultsCountText(origin.kind === "all" ? "town" : origin.kind === "practice" && view.inFootprint > 0 ? "surgery-area" : "distance", view.page, results.length)}
            {origin.kind !== "all" ? <> {ft("finder.results.distanceNote")}</> : null}
          </p>
          {view.anyOpenNow && view.nearestOpen ? <NearestOpen cafe={view.nearestOpen} /> : null}
          {view.anyOpenNow && !view.nearestOpen && !results.some((r) => r.openNow) ? (
            <p className="nearest-open">
              {ft("finder.results.noneOpenMatching")}{" "}
              <Link to={finderHref(query, { when: "now", languages: [], audiences: [], access: [] })}>{ft("finder.results.allOpenNow")}</Link>
            </p>
          ) : null}
          <CafeList cafes={results} label={ft("finder.results.list")} />
        </>
      )}
      {view.pastEnd ? null : (
        <Pagination
          page={view.page}
          previous={view.page > 1 ? finderHref(query, { page: view.page - 1 }) : null}
          next={view.hasMore ? finderHref(query, { page: view.page + 1 }) : null}
        />
      )}
    </section>
  );
}

/** An empty page of results: past the end of the results, nothing matching the filters, or nothing listed. */
function NoResults({ view, query }: { view: ResultsView; query: FinderQuery }) {
  if (view.pastEnd) {
    return (
      <div className="finder-none" role="status">
        <p className="nhsuk-body-l">{ft("finder.results.pastEnd")}</p>
        <p>
          <Link to={finderHref(query, { page: 1 })}>{ft("finder.results.firstPage")}</Link>
        </p>
      </div>
    );
  }
  if (!hasFilters(query)) {
    return (
      <div className="finder-none" role="status">
        <p className="nhsuk-body-l">{ft("finder.results.noneListed")}</p>
      </div>
    );
  }
  return (
    <div className="finder-none" role="status">
      <p className="nhsuk-body-l">{ft("finder.results.none")}</p>
      <p>{ft("finder.results.noneHint")}</p>
    </div>
  );
}

/** A search that could not be done: what went wrong, examples, and suggestions. */
export function Problem({ view }: { view: ProblemView }) {
  const lines: string[] = [];
  switch (view.problem) {
    case "not-found":
      lines.push(ft("finder.problem.notFound", { input: view.input }), ft("finder.problem.examples"));
      break;
    case "invalid":
      lines.push(ft("finder.problem.invalid", { input: view.input }), ft("finder.problem.examples"));
      break;
    case "too-long":
      lines.push(ft("finder.problem.tooLong", { max: MAX_QUERY_LENGTH }), ft("finder.problem.examples"));
      break;
    case "gp-too-long":
      lines.push(ft("finder.problem.gpTooLong", { max: MAX_QUERY_LENGTH }), ft("finder.problem.gpExamples"));
      break;
    case "location":
      lines.push(ft("finder.problem.location"));
      break;
    case "practice":
      lines.push(ft("finder.problem.practice"));
      break;
    case "gp-too-short":
      lines.push(ft("finder.problem.gpTooShort"), ft("finder.problem.gpExamples"));
      break;
    default:
      lines.push(ft("finder.problem.gpNotFound", { input: view.input }), ft("finder.problem.gpExamples"));
  }
  return (
    <section className="nhsuk-card finder-problem" aria-labelledby="problem-heading">
      <div className="nhsuk-card__content">
        <h2 className="nhsuk-card__heading" id="problem-heading" tabIndex={-1}>
          {ft("finder.problem.title")}
        </h2>
        {lines.map((line) => (
          <p key={line}>{line}</p>
        ))}
        {view.suggestions.length > 0 ? (
          <>
            <p className="finder-problem__suggest">{ft("finder.problem.suggestions")}</p>
            <ul>
              {view.suggestions.map((name) => (
                <li key={name}>
                  <Link to={localePath(`/?${new URLSearchParams({ q: name }).toString()}`)}>{name}</Link>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </div>
    </section>
  );
}

/** GP practices matching a name: each a link to that practice's results. */
export function PracticeList({
  input,
  practices,
  query,
}: {
  input: string;
  practices: PracticeChoice[];
  query: FinderQuery;
}) {
  return (
    <section aria-labelledby="practices-heading">
      <h2 id="practices-heading" tabIndex={-1}>
        {ft("finder.practices.heading", { input })}
      </h2>
      <p>{ft("finder.practices.intro")}</p>
      <ul className="nhsuk-list practice-list">
        {practices.map((p) => (
          <li key={p.code} className="practice-list__item">
            <Link to={finderHref(query, { practice: p.code })} className="practice-list__link">
              {p.town ? ft("finder.practices.item", { name: p.name, town: p.town }) : p.name}
            </Link>
            <span className="practice-list__area">{ft("finder.practices.area", { footprint: p.footprint })}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
