/**
 * The life of a grant application, as a state machine: which action moves it from which state to which,
 * and who may take it. Guards that need data (the round is open, the organisation is verified, the budget
 * holds, every milestone is done) are checked by the code that takes the action; this table says only
 * whether the step exists for that role.
 */

export const APPLICATION_STATUSES = [
  "draft",
  "submitted",
  "more-information",
  "ineligible",
  "at-panel",
  "awarded",
  "declined",
  "accepted",
  "launched",
  "withdrawn",
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** Who takes a step: the applicant (a member of the applying organisation) or grant staff. */
export type WorkflowActor = "applicant" | "officer";

export const APPLICATION_ACTIONS = [
  "submit",
  "withdraw",
  "screen-eligible",
  "screen-ineligible",
  "request-information",
  "award",
  "decline",
  "accept-offer",
  "launch",
] as const;
export type ApplicationAction = (typeof APPLICATION_ACTIONS)[number];

type Step = { from: readonly ApplicationStatus[]; to: ApplicationStatus; by: WorkflowActor };

export const WORKFLOW: Record<ApplicationAction, Step> = {
  submit: { from: ["draft", "more-information"], to: "submitted", by: "applicant" },
  // Before a decision only: an award already counts against the round's budget (the applicant accepts it or not).
  withdraw: { from: ["draft", "submitted", "more-information", "at-panel"], to: "withdrawn", by: "applicant" },
  "screen-eligible": { from: ["submitted"], to: "at-panel", by: "officer" },
  "screen-ineligible": { from: ["submitted"], to: "ineligible", by: "officer" },
  "request-information": { from: ["submitted"], to: "more-information", by: "officer" },
  award: { from: ["at-panel"], to: "awarded", by: "officer" },
  decline: { from: ["at-panel"], to: "declined", by: "officer" },
  "accept-offer": { from: ["awarded"], to: "accepted", by: "applicant" },
  launch: { from: ["accepted"], to: "launched", by: "officer" },
};

export function isApplicationStatus(value: unknown): value is ApplicationStatus {
  return typeof value === "string" && (APPLICATION_STATUSES as readonly string[]).includes(value);
}

/** The state an action leads to, or null when the action is not a step from `from` for this actor. */
export function nextStatus(from: ApplicationStatus, action: ApplicationAction, actor: WorkflowActor): ApplicationStatus | null {
  const step = WORKFLOW[action];
  if (step.by !== actor) return null;
  return step.from.includes(from) ? step.to : null;
}

/** The actions this actor may take on an application in this state. */
export function availableActions(from: ApplicationStatus, actor: WorkflowActor): ApplicationAction[] {
  return APPLICATION_ACTIONS.filter((action) => nextStatus(from, action, actor) !== null);
}

/** An applicant may change the application's text only in these states (and, in "more-information", only reopened sections). */
export function applicantMayEdit(status: ApplicationStatus): boolean {
  return status === "draft" || status === "more-information";
}

/** Whether the applicant may still withdraw an application in this state (before a decision). */
export function mayWithdraw(status: string): boolean {
  return isApplicationStatus(status) && WORKFLOW.withdraw.from.includes(status);
}
