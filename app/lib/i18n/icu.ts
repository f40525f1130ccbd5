/**
 * ICU-lite message templates: `{name}` placeholders and plurals
 *   "{count, plural, =0 {no cafés} one {# café} few {# kawiarnie} many {# kawiarni} other {# cafés}}"
 * (`#` = the number, formatted for the language; `=N` matches exactly; categories are CLDR's, through
 * Intl.PluralRules for the language, cached). A branch may hold placeholders of its own. Numbers given as
 * values are written with the language's Intl number format (English: as before, String(n)).
 */
import { localeInfo, type Locale } from "./locales";

export type MessageVars = Record<string, string | number>;

type Plural = { name: string; branches: Map<string, Node[]> };
type Node = string | { name: string } | Plural;

/** Parses a template; malformed braces are kept as text (a message is never lost to a typo). */
export function parseMessage(template: string): Node[] {
  let i = 0;
  function nodes(inPlural: boolean): Node[] {
    const out: Node[] = [];
    let text = "";
    while (i < template.length) {
      const c = template[i]!;
      if (c === "}" && inPlural) break;
      if (c === "#" && inPlural) {
        if (text) out.push(text);
        text = "";
        out.push({ name: "#" });
        i++;
        continue;
      }
      if (c === "{") {
        const rest = template.slice(i);
        const simple = /^\{(\w+)\}/.exec(rest);
        if (simple) {
          if (text) out.push(text);
          text = "";
          out.push({ name: simple[1]! });
          i += simple[0].length;
          continue;
        }
        const plural = /^\{(\w+),\s*plural,\s*/.exec(rest);
        if (plural) {
          const start = i;
          i += plural[0].length;
          const branches = new Map<string, Node[]>();
          let ok = true;
          for (;;) {
            while (template[i] === " " || template[i] === "\n") i++;
            if (template[i] === "}") {
              i++;
              break;
            }
            const selector = /^(=\d+|zero|one|two|few|many|other)\s*\{/.exec(template.slice(i));
            if (!selector) {
              ok = false;
              break;
            }
            i += selector[0].length;
            branches.set(selector[1]!, nodes(true));
            if (template[i] !== "}") {
              ok = false;
              break;
            }
            i++;
          }
          if (ok) {
            if (text) out.push(text);
            text = "";
            out.push({ name: plural[1]!, branches });
            continue;
          }
          i = start;
        }
      }
      text += c;
      i++;
    }
    if (text) out.push(text);
    return out;
  }
  return nodes(false);
}

const parsed = new Map<string, Node[]>();

function parsedMessage(template: string): Node[] {
  let nodes = parsed.get(template);
  if (!nodes) {
    nodes = parseMessage(template);
    // Templates come from the catalogues (a few thousand); keep the map bounded all the same.
    if (parsed.size < 20_000) parsed.set(template, nodes);
  }
  return nodes;
}

const pluralRules = new Map<Locale, Intl.PluralRules>();
const numberFormats = new Map<Locale, Intl.NumberFormat>();

export function pluralRulesFor(locale: Locale): Intl.PluralRules {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(localeInfo(locale).tag);
    pluralRules.set(locale, rules);
  }
  return rules;
}

/** A number in a language's own numerals (no grouping: years and counts read alike). English: as written. */
export function formatNumber(value: number, locale: Locale): string {
  if (locale === "en") return String(value);
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(localeInfo(locale).tag, { useGrouping: false, maximumFractionDigits: 2 });
    numberFormats.set(locale, format);
  }
  return format.format(value);
}

function lookup(name: string, sources: readonly (MessageVars | undefined)[]): string | number | undefined {
  for (const vars of sources) if (vars && name in vars) return vars[name];
  return undefined;
}

function render(nodes: Node[], locale: Locale, sources: readonly (MessageVars | undefined)[], hash: number | undefined): string {
  let out = "";
  for (const node of nodes) {
    if (typeof node === "string") {
      out += node;
    } else if (!("branches" in node)) {
      if (node.name === "#") {
        out += hash === undefined ? "#" : formatNumber(hash, locale);
        continue;
      }
      const value = lookup(node.name, sources);
      out += value === undefined ? `{${node.name}}` : typeof value === "number" ? formatNumber(value, locale) : value;
    } else {
      const raw = lookup(node.name, sources);
      const n = typeof raw === "number" ? raw : Number(raw);
      if (raw === undefined || Number.isNaN(n)) {
        out += `{${node.name}}`;
        continue;
      }
      const branch = node.branches.get(`=${n}`) ?? node.branches.get(pluralRulesFor(locale).select(n)) ?? node.branches.get("other") ?? [];
      out += render(branch, locale, sources, n);
    }
  }
  return out;
}

/**
 * Fills a template in a language from the first of `sources` that has each name (an own or inherited
 * property, as the `in` operator says). Unknown placeholders are left visible so a missing value is noticed.
 */
export function fillMessage(template: string, locale: Locale, sources: readonly (MessageVars | undefined)[]): string {
  if (!template.includes("{")) return template;
  const nodes = parsedMessage(template);
  if (nodes.length === 1 && typeof nodes[0] === "string") return nodes[0];
  return render(nodes, locale, sources, undefined);
}

/** The placeholder names of a template (plural names included, `#` not), and its plural blocks' selectors. */
export function messageShape(template: string): { names: Set<string>; plurals: { name: string; selectors: string[] }[] } {
  const names = new Set<string>();
  const plurals: { name: string; selectors: string[] }[] = [];
  const walk = (nodes: Node[]) => {
    for (const node of nodes) {
      if (typeof node === "string" || node.name === "#") continue;
      names.add(node.name);
      if ("branches" in node) {
        plurals.push({ name: node.name, selectors: [...node.branches.keys()] });
        for (const branch of node.branches.values()) walk(branch);
      }
    }
  };
  walk(parseMessage(template));
  return { names, plurals };
}
