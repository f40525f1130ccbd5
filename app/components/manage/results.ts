import type { ScheduleProblem } from "~/modules/schedule";
import { problemsToErrors } from "./schedule-text";

/** The shape of a failed write from the café model (see app/modules/cafe/cafe-admin.server.ts). */
export type FailedWrite =
  | { ok: false; problems: ScheduleProblem[] }
  | { ok: false; errors: Record<string, string> }
  | { ok: false; notFound: true };

/** Field messages for a failed write, or null when the record was not found (answer 404). */
export function failureErrors(result: FailedWrite): Record<string, string> | null {
  if ("problems" in result) return problemsToErrors(result.problems);
  if ("errors" in result) return result.errors;
  return null;
}
