import { Link } from "@remix-run/react";
import { AccessList } from "./AccessList";
import { StatusLine } from "./StatusLine";
import { ft, milesText } from "./text";
import type { CafeListing } from "~/modules/cafe";
import { localePath } from "~/lib/i18n";
import { TagName, TagNames } from "~/components/shell/Languages";

/**
 * One café in the results: name (a link to its page), distance, status now, address and what it offers.
 * Kept to few elements: a page of results renders thousands of times a minute.
 */
export function CafeCard({ cafe, headingLevel = 3 }: { cafe: CafeListing; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className="finder-result" aria-labelledby={`result-${cafe.slug}`}>
      <Heading className="finder-result__name" id={`result-${cafe.slug}`}>
        <Link to={localePath(`/cafes/${cafe.slug}`)}>{cafe.name}</Link>
      </Heading>
      {cafe.miles !== null || cafe.inFootprint ? (
        <p className="finder-result__distance">
          {cafe.miles !== null ? milesText(cafe.miles) : null}
          {cafe.inFootprint ? <strong className="nhsuk-tag nhsuk-tag--blue finder-result__in-footprint">{ft("finder.results.inFootprint")}</strong> : null}
        </p>
      ) : null}
      <StatusLine status={cafe.status} />
      {cafe.bankHolidayNote ? <p className="finder-result__check">{cafe.bankHolidayNote}</p> : null}
      {cafe.stale ? <p className="finder-result__stale">{ft("finder.result.stale")}</p> : null}
      <p className="finder-result__fact">
        <strong>{ft("finder.result.address")}: </strong>
        {cafe.address}
      </p>
      {cafe.footprint ? (
        <p className="finder-result__fact">
          <strong>{ft("finder.result.area")}: </strong>
          <Link to={localePath(`/areas/${cafe.footprint.slug}`)}>{cafe.footprint.name}</Link>
        </p>
      ) : null}
      {cafe.languages.length > 0 ? (
        <p className="finder-result__fact">
          <strong>{ft("finder.result.languages")}: </strong>
          <TagNames tags={cafe.languages} />
        </p>
      ) : null}
      {cafe.audiences.length > 0 ? (
        <div className="finder-result__fact">
          <strong>{ft("finder.result.for")}: </strong>
          <ul className="finder-badges">
            {cafe.audiences.map((tag) => (
              <li key={tag.slug} className="nhsuk-tag nhsuk-tag--purple">
                <TagName tag={tag} />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {cafe.access.length > 0 ? (
        <div className="finder-result__fact">
          <strong>{ft("finder.result.access")}: </strong>
          <AccessList items={cafe.access} />
        </div>
      ) : null}
    </article>
  );
}

/** A list of cafés. */
export function CafeList({ cafes, label, headingLevel }: { cafes: CafeListing[]; label?: string; headingLevel?: 2 | 3 }) {
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
