import { describe, expect, it } from "vitest";
import { fromLondon } from "~/lib/london-time";
import { openingState, type Schedule } from "~/modules/schedule";
import type { IndexedCafe } from "./listed-cafe";
import { extendOpenSpans, fillOpenSpans, isOpenAt, openSpanAt } from "./open-now";

/** Open-now spans agree with the opening state at every instant they cover. */
const schedule: Schedule = {
  sessions: [
    { dayOfWeek: 1, startTime: "10:00", endTime: "12:00" },
    { dayOfWeek: 1, startTime: "12:00", endTime: "13:30" },
    { dayOfWeek: 3, startTime: "18:00", endTime: "20:00" },
    { dayOfWeek: 5, startTime: "22:00", endTime: "01:00" },
  ],
  // Spring bank holiday Monday 25 May 2026: no answer from the team ("check"); closed on Wednesday 27 May.
  exceptions: [{ kind: "closed", startDate: "2026-05-27", endDate: "2026-05-27" }],
};
const cafe = { id: "c1", schedule } as unknown as IndexedCafe;
const open = (ms: number) => openingState(schedule, new Date(ms)).status === "open";

describe("open-now spans", () => {
  it("never disagree with the opening state at any minute of two weeks, bank holiday and closure included", () => {
    const start = fromLondon("2026-05-18", "00:00").getTime();
    for (let t = start; t < start + 14 * 86_400_000; t += 7 * 60_000) {
      const span = openSpanAt(cafe, t);
      expect(span.from).toBe(t);
      expect(span.until).toBeGreaterThan(t);
      for (const u of [t, Math.floor((t + span.until) / 2), span.until - 1]) expect(open(u), new Date(u).toISOString()).toBe(span.open);
    }
  });

  it("ends an open café's span when its back-to-back sessions end, and a closed café's when the next starts", () => {
    const open10 = openSpanAt(cafe, fromLondon("2026-05-18", "12:50").getTime());
    expect(open10.open).toBe(true);
    expect(open10.until).toBe(fromLondon("2026-05-18", "13:30").getTime());
    const closed = openSpanAt(cafe, fromLondon("2026-05-20", "17:50").getTime());
    expect(closed).toMatchObject({ open: false, until: fromLondon("2026-05-20", "18:00").getTime() });
  });

  it("answers from spans worked out ahead, and works one out when none covers the instant", async () => {
    const at = fromLondon("2026-05-20", "17:59").getTime();
    const spans = await fillOpenSpans([cafe], at);
    expect(await extendOpenSpans([cafe], spans, at)).toBe(1);
    expect(spans.get("c1")).toHaveLength(2);
    expect(isOpenAt(spans, cafe, fromLondon("2026-05-20", "18:00").getTime())).toBe(true);
    expect(spans.get("c1")).toHaveLength(2);
    expect(isOpenAt(spans, cafe, fromLondon("2026-05-22", "23:00").getTime())).toBe(true);
  });
});
