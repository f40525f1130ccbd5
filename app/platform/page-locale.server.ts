/**
 * The language of a public page from its address (routes registered under ":lang/…" in remix.config.js):
 * every public loader calls `pageLocale(args)` first. No prefix → English; "en" → 301 to the unprefixed
 * address; a code that is not a language → the not-found page (in English), as for any unknown address.
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
  if (!isLocale(code)) notFound(context);
  return code;
}
