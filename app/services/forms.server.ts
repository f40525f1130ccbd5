import { json } from "@remix-run/node";
import type { z } from "zod";
import { notFound } from "./auth.server";

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

/** Reads a request's form data, answering 400 instead of throwing on a malformed or oversized body. */
export async function readFormData(request: Request, maxBytes = 200_000): Promise<FormData> {
  const length = Number(request.headers.get("Content-Length") ?? "0");
  if (length > maxBytes) throw json({ errors: { _form: "The form was too large to send." }, values: {} }, { status: 413 });
  try {
    return await request.formData();
  } catch {
    throw json({ errors: { _form: "The form could not be read. Please try again." }, values: {} }, { status: 400 });
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
