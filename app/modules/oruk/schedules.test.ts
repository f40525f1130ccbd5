import { describe, expect, it } from "vitest";
import { exceptionSchedules, hsdsTime, weeklySchedules } from "./schedules";
import { cafe } from "./fixtures.test-support";

const TODAY = "2026-11-25";
const location = cafe().locations[0]!;

describe("weekly sessions as HSDS schedules", () => {
  it("groups sessions with the same times into one weekly entry listing its days in week order", () => {
    const entries = weeklySchedules(location.sessions, { service_id: "x" }, TODAY);
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({ freq: "WEEKLY", interval: 1, byday: "MO,WE", opens_at: "18:00:00", closes_at: "21:00:00", service_id: "x" });
    expect(entries[1]).toMatchObject({ byday: "FR", opens_at: "20:00:00", closes_at: "02:00:00", description: expect.stringMatching(/after midnight/) });
  });

  it("leaves out sessions that ended, and keeps an entry's id when another day joins it", () => {
    const before = weeklySchedules(location.sessions, {}, TODAY);
    expect(before.some((e) => e.byday === "SA")).toBe(false);
    const more = [...location.sessions, { key: "s9", dayOfWeek: 2, startTime: "18:00", endTime: "21:00", validFrom: null, validUntil: null, label: null }];
    const after = weeklySchedules(more, {}, TODAY);
    expect(after[0]!.byday).toBe("MO,TU,WE");
    expect(after[0]!.id).toBe(before[0]!.id);
  });

  it("gives a session's validity as valid_from and valid_to", () => {
    const [entry] = weeklySchedules([{ key: "v", dayOfWeek: 4, startTime: "10:00", endTime: "11:00", validFrom: "2026-12-01", validUntil: "2027-03-31", label: "Winter mornings" }], {}, TODAY);
    expect(entry).toMatchObject({ valid_from: "2026-12-01", dtstart: "2026-12-01", valid_to: "2027-03-31", description: "Weekly session: Winter mornings" });
  });
});

describe("exceptions as dated entries", () => {
  it("gives closures without hours and added sessions with them, in date order, leaving out the past", () => {
    const entries = exceptionSchedules(location.exceptions, { service_at_location_id: "y" }, TODAY);
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({ valid_from: "2026-12-24", valid_to: "2026-12-26", notes: "Christmas", service_at_location_id: "y" });
    expect(entries[0]!.opens_at).toBeUndefined();
    expect(entries[0]!.freq).toBeUndefined();
    expect(entries[1]).toMatchObject({ valid_from: "2026-12-30", valid_to: "2026-12-30", opens_at: "14:00:00", closes_at: "16:00:00" });
    expect(entries[1]!.notes).toBeUndefined();
  });

  it("writes times with seconds", () => {
    expect(hsdsTime("09:30")).toBe("09:30:00");
    expect(hsdsTime("09:30:15")).toBe("09:30:15");
  });
});
