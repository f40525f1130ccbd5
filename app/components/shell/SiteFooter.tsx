import { Link } from "@remix-run/react";
import { t } from "~/i18n";

export function SiteFooter() {
  return (
    <footer className="site-footer" role="contentinfo">
      <div className="nhsuk-width-container">
        <ul className="site-footer__links">
          <li><Link to="/about-data">{t("shell.footer.about")}</Link></li>
          <li><Link to="/urgent-help">{t("shell.nav.urgentHelp")}</Link></li>
          <li><Link to="/accessibility">{t("shell.footer.accessibility")}</Link></li>
          <li><Link to="/privacy">{t("shell.footer.privacy")}</Link></li>
        </ul>
        <p className="site-footer__programme">{t("shell.footer.programme")}</p>
        <h2 className="site-footer__heading">{t("shell.footer.attributionHeading")}</h2>
        <ul className="site-footer__attribution">
          <li>{t("shell.footer.attribution.os")}</li>
          <li>{t("shell.footer.attribution.ods")}</li>
          <li>{t("shell.footer.attribution.boundaries")}</li>
          <li>{t("shell.footer.attribution.geonames")}</li>
        </ul>
      </div>
    </footer>
  );
}
