import type { SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import type { z } from "zod";
import { words } from "~/lib/i18n";

/**
 * What a form's action answers when it refuses a submission: Conform's submission result (the values as
 * typed, and a list of messages per field, `""` for the form as a whole), in words, so the page shows the
 * messages next to the fields with JavaScript on or off, and nothing typed is lost.
 */
export type FormReply = SubmissionResult<string[]>;
/** Field name → message code (or words), as a module's checks return them. */
export type FieldMessages = Record<string, string>;

/** The key of the form-level messages in a reply. */
export const FORM_ERROR = "";

/** Parses a submission with its schema, exactly as typed (see ./schema). Runs on the server and in the browser. */
export function parseSubmission<S extends z.ZodType>(payload: FormData | URLSearchParams, schema: S) {
  return parseWithZod(payload, { schema, disableAutoCoercion: true });
}

export type ParsedSubmission<S extends z.ZodType> = ReturnType<typeof parseSubmission<S>>;

function worded(list: string[] | null | undefined): string[] | null | undefined {
  return list ? list.map((m) => words(m)) : list;
}

/**
 * The reply to a refused submission: the schema's messages and any `fieldErrors`/`formErrors` (message
 * codes from a module's checks), in words. `hideFields` are never sent back (passwords).
 */
export function formReply(
  submission: { reply: (options?: { formErrors?: string[]; fieldErrors?: Record<string, string[]>; hideFields?: string[] }) => FormReply },
  options: { fieldErrors?: FieldMessages; formError?: string; hideFields?: string[] } = {},
): FormReply {
  const fieldErrors = options.fieldErrors
    ? Object.fromEntries(Object.entries(options.fieldErrors).map(([name, m]) => [name === "_form" ? FORM_ERROR : name, [m]]))
    : undefined;
  const reply = submission.reply({
    ...(fieldErrors ? { fieldErrors } : {}),
    ...(options.formError ? { formErrors: [options.formError] } : {}),
    ...(options.hideFields ? { hideFields: options.hideFields } : {}),
  });
  const error = reply.error ? Object.fromEntries(Object.entries(reply.error).map(([name, list]) => [name, worded(list) ?? null])) : reply.error;
  return { ...reply, status: "error", ...(error ? { error } : {}) };
}

/** A reply carrying only a form-level message (a form that could not be read, too many attempts), with `values` as shown. */
export function formMessageReply(message: string, values: Record<string, string | string[]> = {}): FormReply {
  return { status: "error", initialValue: values, error: { [FORM_ERROR]: [words(message)] } };
}

/** The first message of each field of a reply, `_form` for the form's own (for pages and tests alike). */
export function replyMessages(reply: FormReply | null | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, list] of Object.entries(reply?.error ?? {})) {
    const first = list?.[0];
    if (first) out[name === FORM_ERROR ? "_form" : name] = first;
  }
  return out;
}

/**
 * A value as sent in the submission a reply answers (`intent`, or which of a page's forms it was): for a
 * page to show the reply next to the form it came from, and for an action to place a message.
 */
export function sentValue(reply: FormReply | null | undefined, name: string): string | undefined {
  const value = reply?.initialValue?.[name];
  return typeof value === "string" ? value : Array.isArray(value) && typeof value[0] === "string" ? value[0] : undefined;
}
