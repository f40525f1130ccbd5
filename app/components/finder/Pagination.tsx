import { Link } from "@remix-run/react";
import { ft } from "./text";

/** Previous and next pages of results, in the NHS.UK pagination pattern. */
export function Pagination({ page, previous, next }: { page: number; previous: string | null; next: string | null }) {
  if (!previous && !next) return null;
  return (
    <nav className="nhsuk-pagination" role="navigation" aria-label={ft("finder.paging.label")}>
      <ul className="nhsuk-list nhsuk-pagination__list">
        {previous ? (
          <li className="nhsuk-pagination-item--previous">
            <Link className="nhsuk-pagination__link nhsuk-pagination__link--prev" to={previous} preventScrollReset={false}>
              <span className="nhsuk-pagination__title">{ft("finder.paging.previous")}</span>
              <span className="nhsuk-u-visually-hidden">:</span>
              <span className="nhsuk-pagination__page">{ft("finder.paging.page", { page: page - 1 })}</span>
            </Link>
          </li>
        ) : null}
        {next ? (
          <li className="nhsuk-pagination-item--next">
            <Link className="nhsuk-pagination__link nhsuk-pagination__link--next" to={next}>
              <span className="nhsuk-pagination__title">{ft("finder.paging.next")}</span>
              <span className="nhsuk-u-visually-hidden">:</span>
              <span className="nhsuk-pagination__page">{ft("finder.paging.page", { page: page + 1 })}</span>
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
