import { t, type MessageKey, type MessageVars } from "~/i18n";

let brand: MessageVars | undefined;

/**
 * t() for the finder's text, with the public name of the cafés filled in: {cafe}, {cafes}, {cafeShort},
 * {cafesShort} come from the brand.* keys, so the name is written in one place only. A sentence that starts
 * with {cafesShort} gets a capital letter.
 */
export function ft(key: MessageKey, vars?: MessageVars): string {
  brand ??= { cafe: t("brand.cafe"), cafes: t("brand.cafes"), cafeShort: t("brand.cafeShort"), cafesShort: t("brand.cafesShort") };
  const text = t(key, vars ? { ...brand, ...vars } : brand);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "0.4 miles away", "1 mile away", "12 miles away". */
export function milesText(miles: number): string {
  const rounded = miles < 9.95 ? Math.max(0.1, Math.round(miles * 10) / 10) : Math.round(miles);
  return ft(rounded === 1 ? "finder.result.mile" : "finder.result.miles", { miles: rounded });
}
