import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, isoWeekday, isValidDate } from "~/lib/london-time";
import {
  endsNextDay,
  normaliseTime,
  parseTimeOfDay,
  sessionMinutes,
  sessionsOverlap,
  validateException,
  validateSession,
  type SessionCandidate,
} from "./schedule-validation";

const TODAY = "2026-11-25";
const session = (dayOfWeek: number, startTime: string, endTime: string, extra: Partial<SessionCandidate> = {}): SessionCandidate => ({
  dayOfWeek,
  startTime,
  endTime,
  ...extra,
});
const codes = (problems: { field: string; code: string }[]) => problems.map((p) => `${p.field}:${p.code}`);

describe("times and dates", () => {
  it("reads times people type", () => {
    expect(normaliseTime("9:30")).toBe("09:30");
    expect(normaliseTime("18.00")).toBe("18:00");
    expect(normaliseTime("0930")).toBe("09:30");
    expect(normaliseTime("24:00")).toBeNull();
    expect(normaliseTime("7pm")).toBeNull();
  });
  it("reads a stored session time strictly: HH:MM from 00:00 to 23:59", () => {
    expect(parseTimeOfDay("00:00")).toBe(0);
    expect(parseTimeOfDay("09:30")).toBe(570);
    expect(parseTimeOfDay("23:59")).toBe(1439);
    for (const bad of ["24:00", "9:30", "09:30:00", "12:60", " 9:30", "0930", "", null, undefined]) {
      expect(parseTimeOfDay(bad), String(bad)).toBeNull();
    }
  });
  it("knows real calendar dates and weekdays", () => {
    expect(isValidDate("2026-02-29")).toBe(false);
    expect(isValidDate("2028-02-29")).toBe(true);
    expect(isoWeekday("2026-11-25")).toBe(3);
    expect(isoWeekday("2026-11-29")).toBe(7);
    expect(isoWeekday("2026-11-30")).toBe(1);
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
  });
  it("measures sessions that end after midnight", () => {
    expect(sessionMinutes("18:00", "21:00")).toBe(180);
    expect(sessionMinutes("22:00", "02:00")).toBe(240);
    expect(sessionMinutes("20:00", "00:00")).toBe(240);
    expect(sessionMinutes("18:00", "18:00")).toBeNull();
    expect(endsNextDay("22:00", "02:00")).toBe(true);
    expect(endsNextDay("20:00", "00:00")).toBe(true);
    expect(endsNextDay("18:00", "21:00")).toBe(false);
  });
});

describe("weekly sessions", () => {
  it("accepts several sessions on one day that do not overlap, including back to back", () => {
    const existing = [session(3, "10:00", "13:00"), session(3, "18:00", "22:00")];
    expect(validateSession(session(3, "13:00", "16:00"), existing)).toEqual([]);
    expect(validateSession(session(3, "22:00", "02:00"), existing)).toEqual([]);
  });

  it("refuses a session that overlaps another on the same day, naming the clash", () => {
    const problems = validateSession(session(3, "20:00", "23:00"), [session(3, "18:00", "21:00")]);
    expect(codes(problems)).toEqual(["startTime:overlap"]);
    expect(problems[0]?.clash).toEqual({ dayOfWeek: 3, startTime: "18:00", endTime: "21:00" });
  });

  it("refuses a session that starts inside another and one that contains another", () => {
    expect(codes(validateSession(session(1, "17:00", "19:00"), [session(1, "18:00", "18:30")]))).toEqual(["startTime:overlap"]);
    expect(codes(validateSession(session(1, "18:00", "18:30"), [session(1, "17:00", "19:00")]))).toEqual(["startTime:overlap"]);
  });

  it("sees that a past-midnight session overlaps the next morning's session", () => {
    expect(codes(validateSession(session(4, "00:30", "03:00"), [session(3, "22:00", "02:00")]))).toEqual(["startTime:overlap"]);
    expect(codes(validateSession(session(3, "22:00", "02:00"), [session(4, "01:00", "03:00")]))).toEqual(["startTime:overlap"]);
    expect(validateSession(session(4, "02:00", "03:00"), [session(3, "22:00", "02:00")])).toEqual([]);
  });

  it("wraps Sunday night into Monday morning", () => {
    expect(codes(validateSession(session(1, "00:00", "01:00"), [session(7, "23:00", "02:00")]))).toEqual(["startTime:overlap"]);
  });

  it("does not compare a changed session with itself", () => {
    expect(validateSession(session(2, "18:00", "22:00", { id: "a" }), [session(2, "18:00", "21:00", { id: "a" })])).toEqual([]);
  });

  it("lets seasonal sessions share a time when their periods do not meet", () => {
    const winter = session(5, "18:00", "22:00", { validFrom: "2026-11-01", validUntil: "2027-02-28" });
    expect(validateSession(session(5, "17:00", "21:00", { validFrom: "2027-03-01" }), [winter])).toEqual([]);
    expect(codes(validateSession(session(5, "17:00", "21:00", { validFrom: "2027-02-28" }), [winter]))).toEqual([
      "startTime:overlap",
    ]);
  });

  it("refuses an end equal to the start", () => {
    expect(codes(validateSession(session(3, "18:00", "18:00"), []))).toEqual(["endTime:endEqualsStart"]);
  });

  it("refuses a valid-until before the valid-from", () => {
    expect(codes(validateSession(session(3, "18:00", "20:00", { validFrom: "2027-03-01", validUntil: "2027-01-01" }), []))).toEqual([
      "validUntil:datesWrongOrder",
    ]);
  });

  it("refuses seasonal dates outside the plausible range, next to the date", () => {
    const seasonal = (validFrom: string | null, validUntil: string | null = null) => session(3, "18:00", "20:00", { validFrom, validUntil });
    expect(codes(validateSession(seasonal("9999-01-01"), [], { today: TODAY }))).toEqual(["validFrom:tooFarAhead"]);
    expect(codes(validateSession(seasonal(null, "2029-01-01"), [], { today: TODAY }))).toEqual(["validUntil:tooFarAhead"]);
    expect(codes(validateSession(seasonal("1900-01-01"), [], { today: TODAY }))).toEqual(["validFrom:tooFarBack"]);
    expect(codes(validateSession(seasonal("2025-01-01", "2025-06-30"), [], { today: TODAY }))).toEqual([
      "validFrom:tooFarBack",
      "validUntil:tooFarBack",
    ]);
    // The limits themselves: two years ahead (731 days) and a year back (366 days).
    expect(validateSession(seasonal("2025-11-24", "2028-11-25"), [], { today: TODAY })).toEqual([]);
    expect(codes(validateSession(seasonal("2025-11-23", "2028-11-26"), [], { today: TODAY }))).toEqual([
      "validFrom:tooFarBack",
      "validUntil:tooFarAhead",
    ]);
  });

  it("keeps a changed session's long-standing first date", () => {
    const stored = session(3, "18:00", "20:00", { id: "a", validFrom: "2023-01-01" });
    expect(validateSession({ ...stored, endTime: "21:00" }, [stored], { today: TODAY })).toEqual([]);
    expect(codes(validateSession({ ...stored, validFrom: "2023-02-01" }, [stored], { today: TODAY }))).toEqual(["validFrom:tooFarBack"]);
  });

  it("refuses impossible times, days and dates", () => {
    expect(codes(validateSession(session(8, "25:00", "x", { validFrom: "2026-02-30" }), []))).toEqual([
      "dayOfWeek:invalidDay",
      "startTime:invalidTime",
      "endTime:invalidTime",
      "validFrom:invalidDate",
    ]);
  });

  it("overlap is symmetric (property)", () => {
    const time = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(
      ([h, m]) => `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`,
    );
    const arb = fc.record({ dayOfWeek: fc.integer({ min: 1, max: 7 }), startTime: time, endTime: time });
    fc.assert(fc.property(arb, arb, (a, b) => sessionsOverlap(a, b) === sessionsOverlap(b, a)));
  });
});

describe("exceptions", () => {
  const closed = (startDate: string, endDate = startDate) => ({ kind: "closed" as const, startDate, endDate });

  it("accepts a closure for a date or a range", () => {
    expect(validateException(closed("2026-12-24", "2027-01-02"), { today: TODAY })).toEqual([]);
    expect(validateException(closed("2026-11-25"), { today: TODAY })).toEqual([]);
  });

  it("refuses dates in the wrong order", () => {
    expect(codes(validateException(closed("2027-01-02", "2026-12-24"), { today: TODAY }))).toEqual(["endDate:datesWrongOrder"]);
  });

  it("refuses an exception more than two years ahead or more than a year back", () => {
    expect(codes(validateException(closed("2029-01-01"), { today: TODAY }))).toEqual(["startDate:tooFarAhead"]);
    expect(codes(validateException(closed("2025-11-01"), { today: TODAY }))).toEqual(["startDate:tooFarBack"]);
    expect(validateException(closed("2028-11-24"), { today: TODAY })).toEqual([]);
  });

  it("refuses a closure longer than about six months", () => {
    expect(codes(validateException(closed("2027-01-01", "2027-12-31"), { today: TODAY }))).toEqual(["endDate:rangeTooLong"]);
    expect(validateException(closed("2027-01-01", "2027-06-30"), { today: TODAY })).toEqual([]);
  });

  it("refuses changed hours or an extra session without times, or ending when it starts", () => {
    expect(codes(validateException({ kind: "hours", startDate: "2026-12-24", endDate: "2026-12-24" }, { today: TODAY }))).toEqual([
      "startTime:invalidTime",
      "endTime:invalidTime",
    ]);
    expect(
      codes(
        validateException({ kind: "extra", startDate: "2026-12-27", endDate: "2026-12-27", startTime: "14:00", endTime: "14:00" }, { today: TODAY }),
      ),
    ).toEqual(["endTime:endEqualsStart"]);
  });

  it("refuses an extra session that clashes with the usual session that day (including one from the night before)", () => {
    const sessions = [session(7, "18:00", "22:00"), session(6, "22:00", "02:00")];
    // 2026-12-27 is a Sunday.
    const extra = (startTime: string, endTime: string) => ({ kind: "extra" as const, startDate: "2026-12-27", endDate: "2026-12-27", startTime, endTime });
    expect(codes(validateException(extra("20:00", "23:00"), { today: TODAY, sessions }))).toEqual(["startTime:overlap"]);
    expect(validateException(extra("20:00", "23:00"), { today: TODAY, sessions })[0]?.clash?.date).toBe("2026-12-27");
    expect(codes(validateException(extra("01:00", "03:00"), { today: TODAY, sessions }))).toEqual(["startTime:overlap"]);
    expect(validateException(extra("12:00", "16:00"), { today: TODAY, sessions })).toEqual([]);
  });

  describe("changed hours", () => {
    // 2026-11-27 is a Friday, 2026-11-28 a Saturday.
    const hours = (startDate: string, startTime: string, endTime: string) => ({ kind: "hours" as const, startDate, endDate: startDate, startTime, endTime });
    const sessions = [session(5, "22:00", "02:00"), session(6, "10:00", "12:00"), session(7, "09:00", "11:00")];

    it("refuses changed hours that overlap a session running on past midnight from the day before", () => {
      const problems = validateException(hours("2026-11-28", "01:00", "03:00"), { today: TODAY, sessions });
      expect(codes(problems)).toEqual(["startTime:overlap"]);
      expect(problems[0]?.clash).toEqual({ dayOfWeek: 5, startTime: "22:00", endTime: "02:00", date: "2026-11-27" });
      expect(validateException(hours("2026-11-28", "02:00", "04:00"), { today: TODAY, sessions })).toEqual([]);
    });

    it("replaces the same day's usual sessions, so overlapping them is fine", () => {
      expect(validateException(hours("2026-11-28", "09:00", "13:00"), { today: TODAY, sessions })).toEqual([]);
      expect(validateException(hours("2026-11-27", "21:00", "23:00"), { today: TODAY, sessions })).toEqual([]);
    });

    it("refuses changed hours past midnight that run into the next day's session", () => {
      const problems = validateException(hours("2026-11-28", "22:00", "10:00"), { today: TODAY, sessions });
      expect(codes(problems)).toEqual(["startTime:overlap"]);
      expect(problems[0]?.clash).toMatchObject({ dayOfWeek: 7, date: "2026-11-29" });
      expect(validateException(hours("2026-11-28", "22:00", "09:00"), { today: TODAY, sessions })).toEqual([]);
    });

    it("does not count the night before's session when that day's hours are changed too", () => {
      const friday = { id: "f", ...hours("2026-11-27", "18:00", "21:00") };
      expect(validateException(hours("2026-11-28", "01:00", "03:00"), { today: TODAY, sessions, exceptions: [friday] })).toEqual([]);
    });

    it("refuses changed hours that overlap an extra session from the night before", () => {
      const late = { id: "x", kind: "extra" as const, startDate: "2026-12-01", endDate: "2026-12-01", startTime: "23:00", endTime: "02:00" };
      expect(codes(validateException(hours("2026-12-02", "01:00", "03:00"), { today: TODAY, exceptions: [late] }))).toEqual([
        "startTime:overlapExtra",
      ]);
    });
  });

  it("refuses two extra sessions that clash on the same date", () => {
    const first = { id: "x", kind: "extra" as const, startDate: "2026-12-27", endDate: "2026-12-27", startTime: "12:00", endTime: "15:00" };
    const second = { kind: "extra" as const, startDate: "2026-12-27", endDate: "2026-12-27", startTime: "14:00", endTime: "16:00" };
    expect(codes(validateException(second, { today: TODAY, exceptions: [first] }))).toEqual(["startTime:overlapExtra"]);
    expect(validateException({ ...first }, { today: TODAY, exceptions: [first] })).toEqual([]);
  });

  it("refuses a closure over days already closed, and lets a closure be changed in place", () => {
    const christmas = { id: "c", kind: "closed" as const, startDate: "2026-12-24", endDate: "2026-12-27" };
    const closure = (startDate: string, endDate = startDate) => ({ kind: "closed" as const, startDate, endDate });
    const refused = validateException(closure("2026-12-24"), { today: TODAY, exceptions: [christmas] });
    expect(refused).toEqual([{ field: "startDate", code: "overlapClosure", closure: { startDate: "2026-12-24", endDate: "2026-12-27" } }]);
    expect(codes(validateException(closure("2026-12-20", "2026-12-24"), { today: TODAY, exceptions: [christmas] }))).toEqual(["startDate:overlapClosure"]);
    expect(codes(validateException(closure("2026-12-27", "2027-01-02"), { today: TODAY, exceptions: [christmas] }))).toEqual(["startDate:overlapClosure"]);
    expect(validateException(closure("2026-12-28"), { today: TODAY, exceptions: [christmas] })).toEqual([]);
    expect(validateException(closure("2026-12-23"), { today: TODAY, exceptions: [christmas] })).toEqual([]);
    expect(validateException({ ...christmas, endDate: "2026-12-28" }, { today: TODAY, exceptions: [christmas] })).toEqual([]);
    // Changed hours on a closed day are another matter (the closure wins on the public page).
    expect(validateException({ kind: "extra", startDate: "2026-12-24", endDate: "2026-12-24", startTime: "10:00", endTime: "12:00" }, { today: TODAY, exceptions: [christmas] })).toEqual([]);
  });

  it("accepts a bank-holiday answer only for a bank holiday", () => {
    const bankHolidays = ["2026-12-25", "2026-12-28"];
    expect(validateException({ kind: "bank-holiday-open", startDate: "2026-12-28", endDate: "2026-12-28" }, { today: TODAY, bankHolidays })).toEqual([]);
    expect(
      codes(validateException({ kind: "bank-holiday-closed", startDate: "2026-12-29", endDate: "2026-12-29" }, { today: TODAY, bankHolidays })),
    ).toEqual(["startDate:notBankHoliday"]);
  });
});
