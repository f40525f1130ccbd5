/**
 * The languages of the public pages (client-safe: no messages here). English is the default and has no
 * prefix in the address; every other language is served under /<code>/… (e.g. /gu/cafes/<slug>).
 * `name` is each language's own name in its own script, as the picker shows it; `tag` is the BCP-47 tag
 * for `lang` attributes and Intl; `dir` is the writing direction.
 */
export const LOCALES = [
  { code: "en", tag: "en", name: "English", dir: "ltr" },
  { code: "gu", tag: "gu", name: "ગુજરાતી", dir: "ltr" },
  { code: "pa", tag: "pa", name: "ਪੰਜਾਬੀ", dir: "ltr" },
  { code: "pl", tag: "pl", name: "Polski", dir: "ltr" },
  { code: "ur", tag: "ur", name: "اردو", dir: "rtl" },
  { code: "bn", tag: "bn", name: "বাংলা", dir: "ltr" },
  { code: "zh", tag: "zh-Hans", name: "中文（简体）", dir: "ltr" },
  { code: "ar", tag: "ar", name: "العربية", dir: "rtl" },
  { code: "so", tag: "so", name: "Soomaali", dir: "ltr" },
] as const;

export type Locale = (typeof LOCALES)[number]["code"];
export type LocaleInfo = { code: Locale; tag: string; name: string; dir: "ltr" | "rtl" };

export const DEFAULT_LOCALE: Locale = "en";
/** The languages other than English, in the picker's order. */
export const OTHER_LOCALES: readonly Locale[] = LOCALES.filter((l) => l.code !== DEFAULT_LOCALE).map((l) => l.code);

const byCode = new Map<string, LocaleInfo>(LOCALES.map((l) => [l.code, l]));

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && byCode.has(value);
}

export function localeInfo(locale: Locale): LocaleInfo {
  return byCode.get(locale)!;
}

/** The language of an address: its first segment when that is a language's code (not English), else English. */
export function localeOfPath(pathname: string): Locale {
  // "/gu.data" is the data of "/gu", as the browser asks for it while navigating.
  const first = (pathname.split("/", 2)[1] ?? "").replace(/\.data$/, "");
  return first !== DEFAULT_LOCALE && isLocale(first) ? first : DEFAULT_LOCALE;
}

/** The address without its language prefix ("/gu/cafes/x" → "/cafes/x", "/gu" → "/"). */
export function stripLocale(pathname: string): string {
  const first = pathname.split("/", 2)[1] ?? "";
  if (!isLocale(first)) return pathname;
  const rest = pathname.slice(first.length + 1);
  return rest === "" ? "/" : rest;
}

/**
 * An internal address in a language: "/cafes/x" → "/gu/cafes/x" (English: unchanged). Query strings and
 * fragments are kept. Addresses that are not site-relative are given back as they are.
 */
export function pathInLocale(locale: Locale, to: string): string {
  if (locale === DEFAULT_LOCALE || !to.startsWith("/") || to.startsWith("//")) return to;
  if (to === "/") return `/${locale}`;
  if (to.startsWith("/?") || to.startsWith("/#")) return `/${locale}${to.slice(1)}`;
  return `/${locale}${to}`;
}

/**
 * The supported language (other than English) a request's Accept-Language header prefers most, if the
 * person prefers it to English; null otherwise. "zh-CN", "zh-Hans", "zh" → zh; "pa-IN" → pa.
 */
export function suggestedLocale(acceptLanguage: string | null | undefined): Locale | null {
  if (!acceptLanguage) return null;
  const ranked = acceptLanguage
    .split(",")
    .slice(0, 20)
    .map((part, index) => {
      const [range, ...params] = part.trim().split(";");
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { range: (range ?? "").trim().toLowerCase(), q: q === undefined ? 1 : Number(q), index };
    })
    .filter((r) => r.range && r.q > 0 && !Number.isNaN(r.q))
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { range } of ranked) {
    const primary = range.split("-")[0]!;
    if (primary === "en") return null;
    if (primary === "zh" && /-(hant|tw|hk|mo)\b/.test(range)) continue;
    if (primary !== DEFAULT_LOCALE && isLocale(primary)) return primary;
  }
  return null;
}
