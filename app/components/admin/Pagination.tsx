import { Link } from "@remix-run/react";
import { t } from "~/lib/i18n";

/** Previous / next links for a paged table (NHS.UK pagination). `href(page)` builds each page's address. */
export function Pagination({ page, pages, href }: { page: number; pages: number; href: (page: number) => string }) {
  if (pages <= 1) return null;
  return (
    <nav className="nhsuk-pagination" role="navigation" aria-label={t("admin.pagination.label")}>
      <ul className="nhsuk-list nhsuk-pagination__list">
        {page > 1 ? (
          <li className="nhsuk-pagination-item--previous">
            <Link className="nhsuk-pagination__link nhsuk-pagination__link--prev" to={href(page - 1)} rel="prev">
              <span className="nhsuk-pagination__title">{t("admin.pagination.previous")}</span>
              <span className="nhsuk-u-visually-hidden">:</span>
              <span className="nhsuk-pagination__page">{t("admin.pagination.page", { page: page - 1, pages })}</span>
            </Link>
          </li>
        ) : null}
        {page < pages ? (
          <li className="nhsuk-pagination-item--next">
            <Link className="nhsuk-pagination__link nhsuk-pagination__link--next" to={href(page + 1)} rel="next">
              <span className="nhsuk-pagination__title">{t("admin.pagination.next")}</span>
              <span className="nhsuk-u-visually-hidden">:</span>
              <span className="nhsuk-pagination__page">{t("admin.pagination.page", { page: page + 1, pages })}</span>
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}

/** A page number from the query string: a whole number from 1, else 1. */
export function pageFrom(value: string | null): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= 100_000 ? n : 1;
}
