import { currentLocale, fill, t, template, type Locale, type MessageKey, type MessageVars } from "~/lib/i18n";

/** The brand's words and the texts without variables, filled once per language (catalogues do not change while the app runs). */
const brands = new Map<Locale, MessageVars>();
const plains = new Map<Locale, Map<MessageKey, string>>();

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * t() for the finder's text, with the public name of the cafés filled in: {cafe}, {cafes}, {cafeShort},
 * {cafesShort} come from the brand.* keys, so the name is written in one place only (a variable of the same
 * name wins). The text starts with a capital letter (a sentence may start with {cafesShort}).
 */
export function ft(key: MessageKey, vars?: MessageVars): string {
  const locale = currentLocale();
  let brand = brands.get(locale);
  if (!brand) {
    brand = { cafe: t("brand.cafe"), cafes: t("brand.cafes"), cafeShort: t("brand.cafeShort"), cafesShort: t("brand.cafesShort") };
    brands.set(locale, brand);
  }
  if (vars) return capitalised(fill(template(key), vars, brand));
  let plain = plains.get(locale);
  if (!plain) {
    plain = new Map();
    plains.set(locale, plain);
  }
  let text = plain.get(key);
  if (text === undefined) {
    text = capitalised(fill(template(key), brand));
    plain.set(key, text);
  }
  return text;
}

/** "0.4 miles away", "1 mile away", "12 miles away". */
export function milesText(miles: number): string {
  const rounded = miles < 9.95 ? Math.max(0.1, Math.round(miles * 10) / 10) : Math.round(miles);
  return ft(rounded === 1 ? "finder.result.mile" : "finder.result.miles", { miles: rounded });
}

/** How a page of results is ordered: by distance, a GP surgery's own area first, or by town (no starting point). */
export type ResultsOrder = "distance" | "surgery-area" | "town";

/**
 * The line above a page of results: "Page 1: 4 cafés, nearest first.", "Page 1: 4 cafés, your surgery's
 * area first.", "Page 2: 1 café.", or "Page 1: 3 cafés, by town." (no starting point).
 */
export function resultsCountText(order: ResultsOrder, page: number, count: number): string {
  if (count === 1) return ft(order === "town" ? "finder.results.countAllOne" : "finder.results.countOne", { page });
  const key = order === "town" ? "finder.results.countAll" : order === "surgery-area" ? "finder.results.countSurgeryArea" : "finder.results.count";
  return ft(key, { page, count });
}
