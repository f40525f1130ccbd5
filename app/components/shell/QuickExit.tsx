import { currentLocale, t, translate } from "~/lib/i18n";

export const QUICK_EXIT_URL = "https://www.bbc.co.uk/weather";

/**
 * Leaves the site at once. Without JavaScript it is a plain link; with JavaScript
 * (see entry.client.tsx) it replaces this page in the history and also answers the Escape key twice.
 */
export function QuickExit() {
  return (
    <a className="quick-exit" href={QUICK_EXIT_URL} data-quick-exit="" rel="noreferrer" title={t("shell.quickExitHint")}>
      {t("shell.quickExit")}
      {currentLocale() === "en" ? null : (
        <span className="quick-exit__english" lang="en" dir="ltr">
          {" / "}
          {translate("en", "shell.quickExit")}
        </span>
      )}
    </a>
  );
}
