import { z } from "zod";
import { code, type MessageCode, type MessageKey, type MessageVars } from "~/lib/i18n";

/**
 * Building blocks of the forms' zod schemas. A schema is the only statement of a form's rules: the server
 * parses every submission with it, and the page runs the same schema in the browser as the person types.
 * Messages are message codes (`code()`): the page words them. Fields arrive exactly as typed (no automatic
 * coercion): a text field is a string, a repeated name (checkboxes) an array of strings.
 */

/** A message code, for a schema's messages. */
export function message(key: MessageKey, vars?: MessageVars): MessageCode {
  return code(key, vars);
}

/**
 * Characters no stored text keeps: NUL and the other C0 controls except tab, newline and carriage return,
 * DEL, and the bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069),
 * which can make a name or description display as something else than what it says.
 */
const UNSAFE_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/g;

/** `value` without the characters no stored text keeps (UNSAFE_CHARACTERS). */
export function cleanText(value: string): string {
  return value.replace(UNSAFE_CHARACTERS, "");
}

/** The single text value of a form field, as typed: a missing field becomes "", a repeated one its first value. */
function firstValue(v: unknown): string {
  return typeof v === "string" ? v : Array.isArray(v) ? (typeof v[0] === "string" ? v[0] : "") : "";
}

/**
 * A single text value from the form (a missing field becomes "", a repeated one its first value), without
 * the characters no stored text keeps (cleanText). Passwords use `secret` instead.
 */
export function text<S extends z.ZodType>(schema: S) {
  return z.preprocess((v) => cleanText(firstValue(v)), schema);
}

/** A password: a single value exactly as typed (nothing removed, since it is never stored or shown). */
export function secret<S extends z.ZodType>(schema: S) {
  return z.preprocess(firstValue, schema);
}

/** Every value of a repeated field (ticked checkboxes), none when the field is missing; text cleaned as `text` does. */
export function choices<S extends z.ZodType<string>>(item: S) {
  return z.preprocess(
    (v) => (v === undefined || v === null || v === "" ? [] : (Array.isArray(v) ? v : [v]).map((x) => (typeof x === "string" ? cleanText(x) : x))),
    z.array(item),
  );
}

/** A checkbox on its own: ticked or not. */
export function ticked() {
  return z.preprocess((v) => v === "on" || v === "true" || v === "yes" || (Array.isArray(v) && v.length > 0), z.boolean());
}

/** An email address: something, an @, something with a dot. */
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** An email address, trimmed and in lower case: `missing` when left empty, `invalid` when it is not one. */
export function emailAddress(missing: MessageCode, invalid: MessageCode) {
  return text(z.string().trim().toLowerCase().min(1, missing).max(254, invalid).regex(EMAIL_PATTERN, invalid));
}

/**
 * A form sent with one of several buttons or from one of several forms of a page (`name="intent"`): the
 * schema of each intent, chosen by the submitted intent. The parsed value carries its `intent`, so an
 * action handles each case with the types of its own form; an intent the page does not know is refused
 * with a form-level message, like any other bad value. `otherwise` is the intent of a form sent without
 * one (a request not made by the page's buttons).
 */
export function byIntent<const T extends Record<string, z.ZodType>>(forms: T, options: { otherwise?: keyof T & string } = {}) {
  return chosenBy("intent", forms, options.otherwise);
}

/**
 * The same choice by another field of the form: a form whose fields depend on what it describes (a
 * closure or an extra session, `kind`), each with its own schema. The parsed value carries the field.
 */
export function chosenBy<const F extends string, const T extends Record<string, z.ZodType>>(field: F, forms: T, otherwise?: keyof T & string) {
  type Parsed = { [K in keyof T & string]: { [P in F]: K } & z.output<T[K]> }[keyof T & string];
  return z.record(z.string(), z.unknown()).transform((payload, ctx): Parsed => {
    const raw = payload[field];
    const given = typeof raw === "string" ? raw : Array.isArray(raw) && typeof raw[0] === "string" ? raw[0] : undefined;
    const choice = raw === undefined ? otherwise : given;
    const schema = choice !== undefined && Object.hasOwn(forms, choice) ? forms[choice] : undefined;
    if (!choice || !schema) {
      ctx.addIssue({ code: "custom", message: message("form.error.unknownAction"), path: [] });
      return z.NEVER;
    }
    const parsed = schema.safeParse(payload);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) ctx.addIssue({ code: "custom", message: issue.message, path: issue.path });
      return z.NEVER;
    }
    return { ...(parsed.data as object), [field]: choice } as Parsed;
  });
}
