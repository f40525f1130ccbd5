import { catalogues, defaultLocale, en, type MessageKey } from "./catalogue";

export type { MessageKey } from "./catalogue";
export type MessageVars = Record<string, string | number>;

/**
 * A template cut at its `{name}` placeholders: text, name, text, name, …, text (always odd in length).
 * Pages fill hundreds of texts per request, so each template is cut once, not scanned again every time.
 */
type Parsed = readonly string[];

const PLACEHOLDER = /\{(\w+)\}/g;
const parsedTemplates = new Map<string, Parsed>();

function parse(template: string): Parsed {
  let parsed = parsedTemplates.get(template);
  if (!parsed) {
    const parts: string[] = [];
    let from = 0;
    for (const match of template.matchAll(PLACEHOLDER)) {
      parts.push(template.slice(from, match.index), match[1]!);
      from = match.index + match[0].length;
    }
    parts.push(template.slice(from));
    parsed = parts;
    // Templates come from the catalogue (a few hundred); keep the map bounded all the same.
    if (parsedTemplates.size < 5000) parsedTemplates.set(template, parsed);
  }
  return parsed;
}

/**
 * Fills a template's placeholders from the first of `sources` that has the name (an own or inherited
 * property, as the `in` operator says). Unknown placeholders are left visible so a missing value is noticed.
 */
export function fill(template: string, ...sources: (MessageVars | undefined)[]): string {
  if (!template.includes("{")) return template;
  const parts = parse(template);
  if (parts.length === 1) return template;
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!;
    let value: string | undefined;
    for (const vars of sources) {
      if (vars && name in vars) {
        value = String(vars[name]);
        break;
      }
    }
    out += (value ?? `{${name}}`) + parts[i + 1]!;
  }
  return out;
}

/** Fills `{name}` placeholders. Unknown placeholders are left visible so a missing value is noticed. */
export function format(template: string, vars?: MessageVars): string {
  return vars ? fill(template, vars) : template;
}

/** The template of a key in a locale (English today; other catalogues can be added in ./catalogue). */
export function template(key: MessageKey, locale: string = defaultLocale): string {
  const catalogue = catalogues[locale] ?? en;
  return catalogue[key] ?? en[key];
}

/** Translate a key in a locale (English today; other catalogues can be added in ./catalogue). */
export function translate(locale: string, key: MessageKey, vars?: MessageVars): string {
  return format(template(key, locale), vars);
}

/** The translation function for the default locale, for server code and components alike. */
export function t(key: MessageKey, vars?: MessageVars): string {
  return translate(defaultLocale, key, vars);
}

/**
 * A message as a code: its catalogue key, and its values when it has some, in one string. Modules return
 * codes (a failed write's field messages, a zod schema's messages, which Conform carries to the page as
 * strings); routes and components turn them into words with `words`, in the page's language.
 *
 *   code("manage.error.tooLong", { max: 100 })  →  'manage.error.tooLong|{"max":100}'
 */
export type MessageCode = string & { readonly __messageCode?: never };
const SEPARATOR = "|";

export function code(key: MessageKey, vars?: MessageVars): MessageCode {
  return vars ? `${key}${SEPARATOR}${JSON.stringify(vars)}` : key;
}

/** Whether a string is a message code of the catalogue. */
export function isMessageCode(value: string): value is MessageCode {
  const cut = value.indexOf(SEPARATOR);
  return (cut === -1 ? value : value.slice(0, cut)) in en;
}

/** A message code in words (a string that is not a code is shown as it is). */
export function words(message: MessageCode | string, locale: string = defaultLocale): string {
  const cut = message.indexOf(SEPARATOR);
  const key = cut === -1 ? message : message.slice(0, cut);
  if (!(key in en)) return message;
  let vars: MessageVars | undefined;
  if (cut !== -1) {
    try {
      vars = JSON.parse(message.slice(cut + 1)) as MessageVars;
    } catch {
      vars = undefined;
    }
  }
  return translate(locale, key as MessageKey, vars);
}
