import { describe, expect, it } from "vitest";
import {
  APPLICATION_ACTIONS,
  APPLICATION_STATUSES,
  applicantMayEdit,
  availableActions,
  nextStatus,
  type ApplicationAction,
  type ApplicationStatus,
  type WorkflowActor,
} from "./workflow";

/**
 * The whole state machine written out by hand: for every action, the states it may start from, the
 * state it leads to, and the one actor who may take it. Every other (state, action, actor) is refused.
 */
const ALLOWED: Record<ApplicationAction, { by: WorkflowActor; from: ApplicationStatus[]; to: ApplicationStatus }> = {
  submit: { by: "applicant", from: ["draft", "more-information"], to: "submitted" },
  withdraw: { by: "applicant", from: ["draft", "submitted", "more-information", "at-panel"], to: "withdrawn" },
  "screen-eligible": { by: "officer", from: ["submitted"], to: "at-panel" },
  "screen-ineligible": { by: "officer", from: ["submitted"], to: "ineligible" },
  "request-information": { by: "officer", from: ["submitted"], to: "more-information" },
  award: { by: "officer", from: ["at-panel"], to: "awarded" },
  decline: { by: "officer", from: ["at-panel"], to: "declined" },
  "accept-offer": { by: "applicant", from: ["awarded"], to: "accepted" },
  launch: { by: "officer", from: ["accepted"], to: "launched" },
};
const ACTORS: WorkflowActor[] = ["applicant", "officer"];

describe("the application workflow", () => {
  for (const action of APPLICATION_ACTIONS) {
    for (const actor of ACTORS) {
      for (const from of APPLICATION_STATUSES) {
        const rule = ALLOWED[action];
        const allowed = rule.by === actor && rule.from.includes(from);
        it(`${allowed ? "lets" : "refuses"} the ${actor} ${action} from ${from}`, () => {
          expect(nextStatus(from, action, actor)).toBe(allowed ? rule.to : null);
        });
      }
    }
  }

  it("lists exactly the actions each actor may take in each state", () => {
    for (const from of APPLICATION_STATUSES) {
      for (const actor of ACTORS) {
        const expected = APPLICATION_ACTIONS.filter((a) => ALLOWED[a].by === actor && ALLOWED[a].from.includes(from));
        expect(availableActions(from, actor)).toEqual(expected);
      }
    }
  });

  it("leaves nothing to do once an application is ineligible, declined, withdrawn or launched", () => {
    for (const end of ["ineligible", "declined", "withdrawn", "launched"] as const) {
      for (const actor of ACTORS) expect(availableActions(end, actor)).toEqual([]);
    }
  });

  it("lets the applicant change the text only in a draft or when more information was asked for", () => {
    expect(APPLICATION_STATUSES.filter(applicantMayEdit)).toEqual(["draft", "more-information"]);
  });

  it("covers every action in the table above", () => {
    expect(Object.keys(ALLOWED).sort()).toEqual([...APPLICATION_ACTIONS].sort());
  });
});
