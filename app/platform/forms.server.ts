import { data, json } from "@remix-run/node";
import type { z } from "zod";
import { formMessageReply, formReply, parseSubmission, type FieldMessages, type FormReply } from "~/lib/forms";
import { code, t } from "~/lib/i18n";
import { notFound } from "./responses.server";

/**
 * Server-side form handling shared by every action: validate with zod, and on failure answer 400 with
 * one message per field and the values exactly as typed, so the page can show the errors next to the
 * fields and nothing the user typed is lost.
 */
export type FormErrors = Record<string, string>;
export type FormValues = Record<string, string | string[]>;

export type FormFailure = { ok: false; errors: FormErrors; values: FormValues };
export type FormResult<T> = { ok: true; data: T; values: FormValues } | FormFailure;

/** The submitted values as typed (repeated names, e.g. checkboxes, become arrays). Files are ignored. */
export function formValues(formData: FormData): FormValues {
  const values: FormValues = {};
  for (const [key, raw] of formData.entries()) {
    if (typeof raw !== "string") continue;
    const value = raw.slice(0, 10_000);
    const existing = values[key];
    if (existing === undefined) values[key] = value;
    else values[key] = Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return values;
}

/** The first message per field path ("sessions.0.startTime" style for nested fields; "_form" for the form). */
export function zodErrors(error: z.ZodError): FormErrors {
  const errors: FormErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.map(String).join(".") : "_form";
    errors[key] ??= issue.message;
  }
  return errors;
}

export function parseForm<S extends z.ZodType>(formData: FormData, schema: S): FormResult<z.infer<S>> {
  const values = formValues(formData);
  const parsed = schema.safeParse(values);
  if (parsed.success) return { ok: true, data: parsed.data, values };
  return { ok: false, errors: zodErrors(parsed.error), values };
}

/** A 400 response carrying the errors and the typed values back to the form. */
export function formFailure(failure: { errors: FormErrors; values: FormValues }, status = 400) {
  return json({ errors: failure.errors, values: failure.values }, { status });
}

/**
 * The answer to a failed write: 400 with its field messages and the typed values, or 404 (thrown) when
 * it has no messages because the record was not found (see failureErrors).
 */
export function writeFailure(errors: FormErrors | null, values: FormValues) {
  if (!errors) throw notFound();
  return formFailure({ errors, values });
}

/** The largest form body most forms accept; sign-in and account forms set their own, smaller limits. */
export const MAX_FORM_BYTES = 200_000;

/**
 * The answer to a form whose body could not be read: 413 when it is larger than the form accepts (checked
 * while reading, so nothing past the limit is kept, even of a body sent in chunks without a
 * Content-Length), 400 when it is not a form at all or is cut short. Shaped like formFailure's answer, with a form-level message that
 * says what to do, so a page that shows its action's `_form` error shows this too.
 */
export type UnreadableForm = ReturnType<typeof unreadableForm>;

function unreadableForm(problem: "too-large" | "malformed") {
  return json(
    { errors: { _form: t(problem === "too-large" ? "form.error.tooLarge" : "form.error.unreadable") } as FormErrors, values: {} as FormValues },
    { status: problem === "too-large" ? 413 : 400 },
  );
}

/**
 * How much of a body that is too large is still read (and thrown away) so that the client, still sending,
 * receives the answer: a connection closed while the client sends is, for most clients, a "connection
 * reset" error instead of the page. Beyond this the server stops reading and the connection is closed.
 */
const DISCARD_UP_TO_BYTES = 5_000_000;

async function readBody(request: Request, maxBytes: number): Promise<Uint8Array<ArrayBuffer> | "too-large" | "malformed"> {
  const declared = Number(request.headers.get("Content-Length") ?? "");
  if (Number.isFinite(declared) && declared > DISCARD_UP_TO_BYTES) return "too-large";
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  let tooLarge = Number.isFinite(declared) && declared > maxBytes;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > DISCARD_UP_TO_BYTES) return "too-large"; // stop reading: the connection will be closed
      tooLarge ||= total > maxBytes;
      if (tooLarge) chunks.length = 0; // read on, keeping nothing
      else chunks.push(value);
    }
  } catch {
    return "malformed"; // the client stopped sending halfway
  } finally {
    reader.releaseLock();
  }
  return tooLarge ? "too-large" : new Uint8Array(Buffer.concat(chunks));
}

/**
 * Reads a request's form data (URL-encoded or multipart) of at most `maxBytes`, or gives the answer to send
 * instead (see UnreadableForm). Actions that render their form return that answer, so the form is shown
 * again with the message above it:
 *
 *   const read = await readForm(request, 20_000);
 *   if (!read.ok) return read.response;
 */
export async function readForm(
  request: Request,
  maxBytes = MAX_FORM_BYTES,
): Promise<{ ok: true; formData: FormData } | { ok: false; response: UnreadableForm }> {
  const body = await readBody(request, maxBytes);
  if (typeof body === "string") return { ok: false, response: unreadableForm(body) };
  try {
    const copy = new Request(request.url, {
      method: "POST",
      headers: { "Content-Type": request.headers.get("Content-Type") ?? "" },
      body,
    });
    return { ok: true, formData: await copy.formData() };
  } catch {
    return { ok: false, response: unreadableForm("malformed") };
  }
}

/**
 * readForm's answer to a form it could not read, carrying `values` (what the page showed before it was
 * sent) instead of none, so a page that fills its form from an answer's values shows the form as it was,
 * with the message above it.
 */
export async function unreadableFormFailure(read: { response: UnreadableForm }, values: FormValues) {
  const { errors } = await read.response.json();
  return formFailure({ errors, values }, read.response.status);
}

/**
 * Reads a request's form data like readForm, throwing its answer (413 or 400 with the form-level message,
 * shown by the error page) instead of returning it.
 */
export async function readFormData(request: Request, maxBytes = MAX_FORM_BYTES): Promise<FormData> {
  const read = await readForm(request, maxBytes);
  if (!read.ok) throw read.response;
  return read.formData;
}

export const HONEYPOT_FIELD = "website_url";

/**
 * Public forms carry a field people never see or fill in; bots that fill every field are refused.
 * Returns true when the submission looks automated.
 */
export function isHoneypotFilled(formData: FormData): boolean {
  const value = formData.get(HONEYPOT_FIELD);
  return typeof value === "string" && value.trim() !== "";
}

/**
 * The answer to a public form whose honeypot field was filled in (see isHoneypotFilled): 400, nothing
 * saved, nothing typed echoed back, and no hint about why.
 */
export function refuseHoneypot() {
  return json({ errors: { _form: t("auth.error.honeypot") } as FormErrors, values: {} as FormValues }, { status: 400 });
}

// ---------------------------------------------------------------------------------------------------------
// Submissions (Conform): the one way an action reads its form

/** An action's answer refusing a submission: the reply (messages in words, values as typed) with its status. */
export function refuse(reply: FormReply, status = 400, headers?: HeadersInit) {
  return data(reply, { status, headers });
}

export type RefuseOptions = { fieldErrors?: FieldMessages; formError?: string };

/**
 * Reads a request's form (at most `maxBytes`; see readForm) and parses it with the form's schema (the one
 * the page runs in the browser). On success, `value` is the parsed form and `refuse` answers with the
 * module's messages (codes) next to the fields; otherwise `response` is the answer to send: the
 * schema's messages (400), a form too large or unreadable (413/400, with `shown` as the values the page
 * showed), or a filled honeypot (400, nothing echoed). Fields in `hide` (passwords) are never sent back.
 */
export async function readSubmission<S extends z.ZodType>(
  request: Request,
  schema: S,
  options: { maxBytes?: number; honeypot?: boolean; hide?: string[]; shown?: Record<string, string | string[]> } = {},
) {
  const read = await readForm(request, options.maxBytes ?? MAX_FORM_BYTES);
  if (!read.ok) {
    const { errors } = await read.response.json();
    return { ok: false as const, response: refuse(formMessageReply(errors._form ?? "", options.shown ?? {}), read.response.status) };
  }
  if (options.honeypot && isHoneypotFilled(read.formData)) {
    return { ok: false as const, response: refuse(formMessageReply(code("auth.error.honeypot"))) };
  }
  const submission = parseSubmission(read.formData, schema);
  const hideFields = options.hide;
  const reply = (more: RefuseOptions = {}) => formReply(submission, { ...more, ...(hideFields ? { hideFields } : {}) });
  if (submission.status !== "success") return { ok: false as const, response: refuse(reply()) };
  return {
    ok: true as const,
    value: submission.value as z.output<S>,
    formData: read.formData,
    /** The reply with these messages (codes or words) */
    reply,
    /** Refuses the submission with these messages (codes or words) */
    refuse: (more: RefuseOptions, status = 400, headers?: HeadersInit) => refuse(reply(more), status, headers),
  };
}

export type ReadSubmission = Extract<Awaited<ReturnType<typeof readSubmission>>, { ok: true }>;
