import { catalogues, defaultLocale, en, type MessageKey } from "./catalogue";

export type { MessageKey } from "./catalogue";
export type MessageVars = Record<string, string | number>;

/** Fills `{name}` placeholders. Unknown placeholders are left visible so a missing value is noticed. */
export function format(template: string, vars?: MessageVars): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}

/** Translate a key in a locale (English today; other catalogues can be added in ./catalogue). */
export function translate(locale: string, key: MessageKey, vars?: MessageVars): string {
  const catalogue = catalogues[locale] ?? en;
  return format(catalogue[key] ?? en[key], vars);
}

/** The translation function for the default locale, for server code and components alike. */
export function t(key: MessageKey, vars?: MessageVars): string {
  return translate(defaultLocale, key, vars);
}
