import { data } from "@remix-run/node";
import type { z } from "zod";
import { formMessageReply, formReply, parseSubmission, type FieldMessages, type FormReply } from "~/lib/forms";
import { code, type MessageCode } from "~/lib/i18n";

/**
 * How an action reads its form: the body within a size limit (readForm), a honeypot for public forms, and
 * the form's schema (readSubmission, with Conform). A refusal is answered with the form's reply (messages
 * next to the fields, the values as typed), never an error page.
 */

/** The largest form body most forms accept; sign-in and account forms set their own, smaller limits. */
export const MAX_FORM_BYTES = 200_000;

/**
 * A form whose body could not be read: 413 when it is larger than the form accepts (checked while reading,
 * so nothing past the limit is kept, even of a body sent in chunks without a Content-Length), 400 when it
 * is not a form at all or is cut short; with a form-level message (a code) that says what to do.
 */
export type UnreadableForm = { ok: false; status: 413 | 400; message: MessageCode };

function unreadableForm(problem: "too-large" | "malformed"): UnreadableForm {
  return problem === "too-large"
    ? { ok: false, status: 413, message: code("form.error.tooLarge") }
    : { ok: false, status: 400, message: code("form.error.unreadable") };
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
 * Reads a request's form data (URL-encoded or multipart) of at most `maxBytes`, or says why it could not
 * (see UnreadableForm). Actions read their forms through readSubmission, which answers with the form and
 * the message above it.
 */
export async function readForm(request: Request, maxBytes = MAX_FORM_BYTES): Promise<{ ok: true; formData: FormData } | UnreadableForm> {
  const body = await readBody(request, maxBytes);
  if (typeof body === "string") return unreadableForm(body);
  try {
    const copy = new Request(request.url, {
      method: "POST",
      headers: { "Content-Type": request.headers.get("Content-Type") ?? "" },
      body,
    });
    return { ok: true, formData: await copy.formData() };
  } catch {
    return unreadableForm("malformed");
  }
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
 * showed; `tooLarge` words a body over the limit for this form), or a filled honeypot (400, nothing
 * echoed). Fields in `hide` (passwords) are never sent back.
 */
export async function readSubmission<S extends z.ZodType>(
  request: Request,
  schema: S,
  options: { maxBytes?: number; honeypot?: boolean; hide?: string[]; shown?: Record<string, string | string[]>; tooLarge?: MessageCode } = {},
) {
  const read = await readForm(request, options.maxBytes ?? MAX_FORM_BYTES);
  if (!read.ok) {
    const said = read.status === 413 && options.tooLarge ? options.tooLarge : read.message;
    return { ok: false as const, response: refuse(formMessageReply(said, options.shown ?? {}), read.status) };
  }
  if (options.honeypot && isHoneypotFilled(read.formData)) {
    return { ok: false as const, response: refuse(formMessageReply(code("auth.error.honeypot"))) };
  }
  const submission = parseSubmission(read.formData, schema);
  const hideFields = options.hide;
  const reply = (more: RefuseOptions = {}) => formReply(submission, { ...more, ...(hideFields ? { hideFields } : {}) });
  if (submission.status !== "success") {
    return {
      ok: false as const,
      response: refuse(reply()),
      /** The form as sent (nested by its names), and the refusal with more messages, for an action that checks more at once */
      payload: submission.payload as unknown,
      refuseWith: (more: RefuseOptions) => refuse(reply(more)),
    };
  }
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
