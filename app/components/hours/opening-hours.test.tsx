import type { SerializeFrom } from "@remix-run/node";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { OpeningStatus } from "./OpeningStatus";
import { WeekTable } from "./WeekTable";
import { fromLondon } from "~/lib/london-time";
import { openingState, weekPlan, type OpeningState, type Schedule, type WeekPlan } from "~/modules/schedule";

const s: Schedule = {
  sessions: [
    { dayOfWeek: 1, startTime: "17:00", endTime: "21:00" },
    { dayOfWeek: 3, startTime: "17:00", endTime: "21:00", label: "Women's evening" },
  ],
  exceptions: [{ kind: "closed", startDate: "2026-05-27", endDate: "2026-05-27", reason: "Staff training" }],
};

const plain = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").trim();

describe("<OpeningStatus>", () => {
  it("shows a worded badge and the sentence", () => {
    const html = renderToStaticMarkup(<OpeningStatus state={openingState(s, fromLondon("2026-05-18", "18:00"))} />);
    expect(plain(html)).toBe("Open : Open now until 9pm");
    expect(html).toContain("nhsuk-tag--green");
  });

  it("never shows 'Open' on an unanswered bank holiday", () => {
    const html = renderToStaticMarkup(<OpeningStatus state={openingState(s, fromLondon("2026-05-25", "18:00"))} />);
    expect(plain(html)).toContain("Check first : Bank holiday — check before travelling");
    expect(plain(html)).toContain("Usual hours: 5pm–9pm");
    expect(plain(html)).not.toMatch(/\bOpen\b/);
  });

  it("names the next session and tomorrow's closure", () => {
    const state = openingState(s, fromLondon("2026-05-26", "10:00"));
    expect(plain(renderToStaticMarkup(<OpeningStatus state={state} />))).toBe("Closed : Next: Monday 5pm–9pm Closed tomorrow: Staff training");
  });
});

describe("<WeekTable>", () => {
  it("is a table with a caption, column headers and row headers, noting changes in words", () => {
    const html = renderToStaticMarkup(<WeekTable plan={weekPlan(s, "2026-05-25")} today="2026-05-26" />);
    expect(html).toContain("<caption");
    expect(html.match(/scope="col"/g)).toHaveLength(4);
    expect(html.match(/scope="row"/g)).toHaveLength(7);
    const text = plain(html);
    expect(text).toContain("Opening hours from 25 May");
    expect(text).toContain("Monday 25 May 5pm–9pm (check before travelling) Spring bank holiday: check before travelling");
    expect(text).toContain("Tuesday (today) 26 May Closed");
    expect(text).toContain("Wednesday 27 May Closed Closed: Staff training Usually 5pm–9pm");
    expect(html).toContain('aria-current="date"');
  });
});

describe("loader data keeps its dates (single fetch)", () => {
  it("type-checks a loader's opening state and week plan as the components take them", () => {
    const fromLoader = (value: unknown) => value as SerializeFrom<() => { state: OpeningState; plan: WeekPlan }>;
    const data = fromLoader({ state: null, plan: null });
    const state: OpeningState = data.state;
    const plan: WeekPlan = data.plan;
    expect([state, plan]).toEqual([null, null]);
  });
});
