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

/** A single text value from the form (a missing field becomes "", a repeated one its first value). */
export function text<S extends z.ZodType>(schema: S) {
  return z.preprocess((v) => (typeof v === "string" ? v : Array.isArray(v) ? (typeof v[0] === "string" ? v[0] : "") : ""), schema);
}

/** Every value of a repeated field (ticked checkboxes), none when the field is missing. */
export function choices<S extends z.ZodType<string>>(item: S) {
  return z.preprocess((v) => (v === undefined || v === null || v === "" ? [] : Array.isArray(v) ? v : [v]), z.array(item));
}

/** A checkbox on its own: ticked or not. */
export function ticked() {
  return z.preprocess((v) => v === "on" || v === "true" || v === "yes" || (Array.isArray(v) && v.length > 0), z.boolean());
}

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** An email address, trimmed and in lower case: `missing` when left empty, `invalid` when it is not one. */
export function emailAddress(missing: MessageCode, invalid: MessageCode) {
  return text(z.string().trim().toLowerCase().min(1, missing).max(254, invalid).regex(EMAIL_PATTERN, invalid));
}

/**
 * The button a form was sent with (`name="intent"`): forms with several buttons (preview, save, remove)
 * are a union of one schema per intent, so an unknown button is refused like any other bad value.
 */
export function intent<const T extends string>(value: T) {
  return text(z.literal(value, { error: message("form.error.unknownAction") }));
}
