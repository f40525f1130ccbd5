/**
 * The language of each request, for t() and the formats (app/lib/i18n/state.ts).
 *
 * `requestLocale()` is an Express middleware (server.js mounts it, through entry.server.tsx, before the
 * public page cache and Remix's handler): it reads the language from the address (/gu/… → gu; no prefix →
 * English) and runs the rest of the request inside an AsyncLocalStorage holding it, so the loaders, the
 * actions and the render of that request all see it, and no other request does. It also moves /en and
 * /en/… (301) to the unprefixed address, and adds `Vary: Accept-Language` to pages (an English page may
 * offer the reader's language: see app/components/shell/LanguageNotices.tsx).
 *
 * `runWithLocale(locale, fn)` does the same for code run outside a request (tests, jobs).
 */
import { AsyncLocalStorage } from "node:async_hooks";
import type { NextFunction, Request, Response } from "express";
import { DEFAULT_LOCALE, localeOfPath, pathInLocale, type Locale } from "~/lib/i18n/locales";
import "~/lib/i18n/messages.server";
import { setLocaleSource } from "~/lib/i18n/state";

const storage = new AsyncLocalStorage<Locale>();

setLocaleSource(() => storage.getStore() ?? DEFAULT_LOCALE);

/** The current request's language (English outside a request), for server code. */
export function currentLocale(): Locale {
  return storage.getStore() ?? DEFAULT_LOCALE;
}

/** An internal address in the current request's language ("/cafes/x" → "/gu/cafes/x"), for server code. */
export function localePath(path: string): string {
  return pathInLocale(currentLocale(), path);
}

export function runWithLocale<T>(locale: Locale, fn: () => T): T {
  return storage.run(locale, fn);
}

/** The unprefixed address of an address under /en ("/en" → "/", "/en/cafes/x" → "/cafes/x"), or null. */
export function englishAddress(url: string): string | null {
  const match = /^\/en(\/[^?#]*)?(\?.*)?$/.exec(url);
  if (!match) return null;
  const path = match[1] && match[1] !== "/" ? match[1] : "/";
  return `${path.replace(/\.data$/, "") || "/"}${match[2] ?? ""}`;
}

export function requestLocale() {
  return function requestLocaleMiddleware(req: Request, res: Response, next: NextFunction) {
    if (req.method === "GET" || req.method === "HEAD") {
      const english = englishAddress(req.originalUrl);
      if (english !== null) {
        res.redirect(301, english);
        return;
      }
    }
    if (!/\.[^/]*$/.test(req.path) || req.path.endsWith(".data") || req.path.endsWith(".txt")) res.vary("Accept-Language");
    storage.run(localeOfPath(req.path), next);
  };
}
