import { fill, t, template, type MessageKey, type MessageVars } from "~/lib/i18n";

let brand: MessageVars | undefined;
/** The texts without variables, filled once (the catalogue does not change while the app runs). */
const plain = new Map<MessageKey, string>();

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * t() for the finder's text, with the public name of the cafés filled in: {cafe}, {cafes}, {cafeShort},
 * {cafesShort} come from the brand.* keys, so the name is written in one place only (a variable of the same
 * name wins). The text starts with a capital letter (a sentence may start with {cafesShort}).
 */
export function ft(key: MessageKey, vars?: MessageVars): string {
  brand ??= { cafe: t("brand.cafe"), cafes: t("brand.cafes"), cafeShort: t("brand.cafeShort"), cafesShort: t("brand.cafesShort") };
  if (vars) return capitalised(fill(template(key), vars, brand));
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

/**
 * The line above a page of results: "Page 1: 4 cafés, nearest first.", "Page 2: 1 café." (by distance), or
 * "Page 1: 3 cafés, by town." and "Page 1: 1 café." (no starting point).
 */
export function resultsCountText(byDistance: boolean, page: number, count: number): string {
  if (count === 1) return ft(byDistance ? "finder.results.countOne" : "finder.results.countAllOne", { page });
  return ft(byDistance ? "finder.results.count" : "finder.results.countAll", { page, count });
}
