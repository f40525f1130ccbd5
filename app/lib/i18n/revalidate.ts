import { DEFAULT_LOCALE, localeOfPath } from "./locales";

type Args = {
  currentUrl: URL;
  nextUrl: URL;
  formMethod?: string;
  defaultShouldRevalidate: boolean;
};

/**
 * Whether the root loader runs again on a client-side navigation. Its data carries the page language's
 * public texts (tens of kilobytes outside English) beside the signed-in person, the demo-data notice and
 * the public settings; the texts change only with the language.
 * - Into another language: always (the texts of the new language).
 * - After a form is sent (signing in or out, demo data loaded or removed, any write): as Remix would.
 * - Onto an English page: as Remix would (English sends no texts, so the reload costs nothing and the
 *   person and demo notice stay as fresh as on every page load).
 * - Between pages of the same other language, read without sending a form: no (the texts are the same;
 *   the person and demo notice are those of the last load, refreshed by any form sent or English page).
 */
export function rootShouldRevalidate({ currentUrl, nextUrl, formMethod, defaultShouldRevalidate }: Args): boolean {
  const next = localeOfPath(nextUrl.pathname);
  if (next !== localeOfPath(currentUrl.pathname)) return true;
  if (formMethod && formMethod.toUpperCase() !== "GET") return defaultShouldRevalidate;
  if (next === DEFAULT_LOCALE) return defaultShouldRevalidate;
  return false;
}
