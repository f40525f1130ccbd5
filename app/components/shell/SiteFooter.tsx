import { Link } from "@remix-run/react";
import { t, localePath } from "~/lib/i18n";

/** The boundary data's licence (CC BY 4.0) asks for attribution by a link to its source. */
export const BOUNDARIES_SOURCE_URL = "https://github.com/martinjc/UK-GeoJSON";

/** "Boundary data converted by Martin Chorley (<link>), CC BY 4.0.", with the link where the text places it. */
function BoundariesAttribution() {
  const marker = "\u0000";
  const [before = "", after = ""] = t("shell.footer.attribution.boundaries", { link: marker }).split(marker);
  return (
    <>
      {before}
      <a href={BOUNDARIES_SOURCE_URL}>{t("shell.footer.attribution.boundariesLink")}</a>
      {after}
    </>
  );
}

/** The open data's attributions, as the licences ask (the footer of every page, and the page about the data). */
export function Attributions({ className }: { className?: string }) {
  return (
    <ul className={className}>
      <li>{t("shell.footer.attribution.os")}</li>
      <li>{t("shell.footer.attribution.ods")}</li>
      <li>
        <BoundariesAttribution />
      </li>
      <li>{t("shell.footer.attribution.geonames")}</li>
    </ul>
  );
}

export function SiteFooter() {
  return (
    <footer className="site-footer" role="contentinfo">
      <div className="nhsuk-width-container">
        <ul className="site-footer__links">
          <li><Link to={localePath("/partners")}>{t("shell.nav.partners")}</Link></li>
          <li><Link to={localePath("/about-data")}>{t("shell.footer.about")}</Link></li>
          <li><Link to={localePath("/urgent-help")}>{t("shell.nav.urgentHelp")}</Link></li>
          <li><Link to={localePath("/accessibility")}>{t("shell.footer.accessibility")}</Link></li>
          <li><Link to={localePath("/privacy")}>{t("shell.footer.privacy")}</Link></li>
        </ul>
        <p className="site-footer__programme">{t("shell.footer.programme")}</p>
        <p className="site-footer__programme">
          {t("shell.footer.register.intro")} <Link to="/register">{t("shell.footer.register.link")}</Link>
        </p>
        <h2 className="site-footer__heading">{t("shell.footer.attributionHeading")}</h2>
        <Attributions className="site-footer__attribution" />
      </div>
    </footer>
  );
}
