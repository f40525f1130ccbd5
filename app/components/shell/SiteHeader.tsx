import { Form, Link } from "@remix-run/react";
import { t, localePath } from "~/lib/i18n";

export type HeaderUser = { name: string; homePath: string } | null;

export function SiteHeader({ user }: { user: HeaderUser }) {
  return (
    <header className="site-header" role="banner">
      <div className="nhsuk-width-container site-header__inner">
        <Link to={localePath("/")} className="site-header__brand">
          <span className="site-header__name">{t("brand.name")}</span>
          <span className="site-header__region">{t("brand.region")}</span>
        </Link>
        <nav className="site-header__nav" aria-label={t("shell.nav.label")}>
          <ul>
            <li><Link to={localePath("/")}>{t("shell.nav.find")}</Link></li>
            <li><Link to={localePath("/partners")}>{t("shell.nav.partners")}</Link></li>
            <li><Link to={localePath("/urgent-help")}>{t("shell.nav.urgentHelp")}</Link></li>
            {user ? (
              <>
                <li><Link to={user.homePath}>{t("shell.nav.home")}</Link></li>
                <li><Link to="/account">{t("shell.nav.account")}</Link></li>
                <li>
                  <Form method="post" action="/sign-out" className="site-header__signout">
                    <button type="submit" className="link-button">{t("shell.nav.signOut")}</button>
                  </Form>
                </li>
              </>
            ) : (
              <li><Link to="/sign-in">{t("shell.nav.signIn")}</Link></li>
            )}
          </ul>
        </nav>
      </div>
    </header>
  );
}
