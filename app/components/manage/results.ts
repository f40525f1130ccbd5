import { words } from "~/lib/i18n";
import type { ScheduleProblem } from "~/modules/schedule";
import { problemsToErrors } from "./schedule-text";

/** A failed write or check of the cafe module (see app/modules/cafe/write-frame.server.ts). */
export type FailedWrite =
  | { ok: false; problems: ScheduleProblem[] }
  | { ok: false; errors: Record<string, string> }
  | { ok: false; notFound: true }
  | { ok: false; forbidden: true };

/**
 * The messages of a failed write or check in words, by field; null when it was refused or its record was
 * not found (the error page answers: 403 or 404, see refused() in platform/responses.server).
 */
export function failureErrors(result: FailedWrite): Record<string, string> | null {
  if ("problems" in result) return problemsToErrors(result.problems);
  if ("errors" in result) return Object.fromEntries(Object.entries(result.errors).map(([field, message]) => [field, words(message)]));
  return null;
}
