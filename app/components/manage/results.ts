import { words } from "~/lib/i18n";
import type { ScheduleProblem } from "~/modules/schedule";
import { problemsToErrors } from "./schedule-text";

/** A failed write or check of the cafe module (see app/modules/cafe/write-frame.server.ts). */
export type FailedWrite =
  | { ok: false; problems: ScheduleProblem[] }
  | { ok: false; errors: Record<string, string> }
  | { ok: false; notFound: true }
  | { ok: false; forbidden: true };

/** Field messages in words for a failed write, or null when it was refused or its record was not found (answer 404). */
export function failureErrors(result: FailedWrite): Record<string, string> | null {
  if ("problems" in result) return problemsToErrors(result.problems);
  if ("errors" in result) return fieldWords(result.errors);
  return null;
}

/** Field → message code, in words. */
export function fieldWords(errors: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).map(([field, message]) => [field, words(message)]));
}
