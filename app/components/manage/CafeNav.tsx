import { NavLink } from "@remix-run/react";
import { t } from "~/lib/i18n";

/** The sections of one café's management pages. NavLink marks the current one with aria-current. */
export function CafeNav({ cafeId }: { cafeId: string }) {
  const base = `/manage/cafes/${cafeId}`;
  const links = [
    { to: base, label: t("manage.nav.overview"), end: true },
    { to: `${base}/details`, label: t("manage.nav.details"), end: false },
    { to: `${base}/sessions`, label: t("manage.nav.sessions"), end: false },
    { to: `${base}/exceptions`, label: t("manage.nav.exceptions"), end: false },
    { to: `${base}/offers`, label: t("manage.nav.offers"), end: false },
    { to: `${base}/history`, label: t("manage.nav.history"), end: false },
  ];
  return (
    <nav className="manage-nav" aria-label={t("manage.nav.label")}>
      <ul className="manage-nav__list">
        {links.map((link) => (
          <li key={link.to} className="manage-nav__item">
            <NavLink to={link.to} end={link.end} className="manage-nav__link" prefetch="intent">
              {link.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
