/**
 * The language of a public page from its address (routes registered under ":lang/…" in remix.config.js):
 * every public loader calls `pageLocale(args)` first. No prefix → English; "en" → 301 to the unprefixed
 * address; a code in capitals → 301 to its address in lower case; a code that is not a language → the
 * not-found page (in English), as for any unknown address.
 */
import { data, redirect } from "@remix-run/node";
import { DEFAULT_LOCALE, isLocale, stripLocale, type Locale } from "~/lib/i18n/locales";
import { t } from "~/lib/i18n";

type Args = { request: Request; params: Record<string, string | undefined>; context?: Record<string, unknown> };

/** The answer to an address no page has: 404, or the refusal of a form sent from another website. */
export function notFound(context: Record<string, unknown> | undefined): never {
  if (context?.refusal === "cross-site-form") {
    throw data({ errors: { _form: t("form.error.crossSite") } }, { status: 403 });
  }
  throw new Response("Not found", { status: 404 });
}

export function pageLocale({ request, params, context }: Args): Locale {
  const code = params.lang;
  if (code === undefined) return DEFAULT_LOCALE;
  if (code === DEFAULT_LOCALE) {
    const url = new URL(request.url);
    throw redirect(`${stripLocale(url.pathname)}${url.search}`, 301);
  }
  if (!isLocale(code)) {
    // A language typed in capitals (/GU/cafes/…) moves to its address, as other addresses do.
    const lower = code.toLowerCase();
    if (lower !== code && (isLocale(lower) || lower === DEFAULT_LOCALE)) {
      const url = new URL(request.url);
      const rest = url.pathname.slice(code.length + 1);
      throw redirect(`${lower === DEFAULT_LOCALE ? "" : `/${lower}`}${rest}${url.search}` || "/", 301);
    }
    notFound(context);
  }
  return code;
}
