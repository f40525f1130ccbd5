import { describe, expect, it } from "vitest";
import { openingState } from "./opening-hours";
import { scheduleFromRows } from "./schedule-rows";

const session = { id: "s1", dayOfWeek: 3, startTime: "18:00", endTime: "21:00", validFrom: null, validUntil: null };
const closure = { id: "e1", kind: "closed", startDate: "2026-12-02", endDate: "2026-12-02", startTime: null, endTime: null, reason: "" };

describe("stored schedule rows as a schedule", () => {
  it("labels sessions with their offer's title, from the relation or looked up by id", () => {
    const withRelation = scheduleFromRows({ sessions: [{ ...session, offer: { title: "Women-only evening" } }], exceptions: [] });
    expect(withRelation.sessions[0]?.label).toBe("Women-only evening");
    const byId = scheduleFromRows({ sessions: [{ ...session, offerId: "o1" }], exceptions: [] }, (id) => (id === "o1" ? "Carers' evening" : null));
    expect(byId.sessions[0]?.label).toBe("Carers' evening");
    expect(scheduleFromRows({ sessions: [session], exceptions: [] }).sessions[0]?.label).toBeNull();
  });

  it("turns an empty closure reason into none, so no empty reason is shown", () => {
    expect(scheduleFromRows({ sessions: [], exceptions: [closure] }).exceptions[0]?.reason).toBeNull();
    expect(scheduleFromRows({ sessions: [], exceptions: [{ ...closure, reason: "Staff training" }] }).exceptions[0]?.reason).toBe("Staff training");
  });

  it("gives the opening-hours module a schedule it reads as the rows say", () => {
    const schedule = scheduleFromRows({ sessions: [session], exceptions: [closure] });
    expect(openingState(schedule, new Date("2026-11-25T19:00:00Z")).status).toBe("open");
    expect(openingState(schedule, new Date("2026-12-02T19:00:00Z")).status).toBe("closed");
  });
});
