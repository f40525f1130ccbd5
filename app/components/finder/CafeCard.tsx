import { Link } from "@remix-run/react";
import { AccessList } from "./AccessList";
import { StatusLine } from "./StatusLine";
import { ft, milesText } from "./text";
import type { CafeListingView } from "./types";

/** One café in the results: name (a link to its page), distance, status now, address and what it offers. */
export function CafeCard({ cafe, headingLevel = 3 }: { cafe: CafeListingView; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className="finder-result" aria-labelledby={`result-${cafe.slug}`}>
      <Heading className="finder-result__name" id={`result-${cafe.slug}`}>
        <Link to={`/cafes/${cafe.slug}`}>{cafe.name}</Link>
      </Heading>
      {cafe.miles !== null ? <p className="finder-result__distance">{milesText(cafe.miles)}</p> : null}
      {cafe.inFootprint ? <p className="nhsuk-tag nhsuk-tag--blue finder-result__in-footprint">{ft("finder.results.inFootprint")}</p> : null}
      <StatusLine status={cafe.status} />
      {cafe.stale ? <p className="finder-result__stale">{ft("finder.result.stale")}</p> : null}
      <dl className="finder-result__facts">
        <div>
          <dt>{ft("finder.result.address")}</dt>
          <dd>{cafe.address}</dd>
        </div>
        {cafe.footprint ? (
          <div>
            <dt>{ft("finder.result.area")}</dt>
            <dd>
              <Link to={`/areas/${cafe.footprint.slug}`}>{cafe.footprint.name}</Link>
            </dd>
          </div>
        ) : null}
        {cafe.languages.length > 0 ? (
          <div>
            <dt>{ft("finder.result.languages")}</dt>
            <dd>{cafe.languages.join(", ")}</dd>
          </div>
        ) : null}
        {cafe.audiences.length > 0 ? (
          <div>
            <dt>{ft("finder.result.for")}</dt>
            <dd>
              <ul className="finder-badges">
                {cafe.audiences.map((label) => (
                  <li key={label} className="nhsuk-tag nhsuk-tag--purple finder-badge">
                    {label}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ) : null}
        {cafe.access.length > 0 ? (
          <div>
            <dt>{ft("finder.result.access")}</dt>
            <dd>
              <AccessList items={cafe.access} />
            </dd>
          </div>
        ) : null}
      </dl>
    </article>
  );
}

/** A list of cafés. */
export function CafeList({ cafes, label, headingLevel }: { cafes: CafeListingView[]; label?: string; headingLevel?: 2 | 3 }) {
  return (
    <ol className="finder-results" aria-label={label}>
      {cafes.map((cafe) => (
        <li key={cafe.slug}>
          <CafeCard cafe={cafe} headingLevel={headingLevel} />
        </li>
      ))}
    </ol>
  );
}
