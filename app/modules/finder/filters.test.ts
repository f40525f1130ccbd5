import { describe, expect, it } from "vitest";
import { filterContext, matchesFilters, tagsMatch, timeMatches, unconfirmedSessionToNote, windowMatch, type CafeFilters } from "./filters";
import { bankHolidayDayText, bankHolidayNoteText } from "./finder-text";
import { fromLondon } from "~/lib/london-time";
import type { IndexedCafe } from "~/modules/cafe";
import { openingState, type ScheduleExceptionRule, type WeeklySessionRule } from "~/modules/schedule";

// Wednesday 25 November 2026, 6:30pm in London (GMT). Monday 28 December 2026 is a bank holiday (Boxing
// Day, substitute day); Christmas Eve is Thursday 24 December.
const MON = 1;
const WED = 3;
const THU = 4;
const SAT = 6;
const WEDNESDAY_EVENING = fromLondon("2026-11-25", "18:30");

type Offer = { title: string; audiences?: string[]; languages?: string[] };
type Session = Omit<WeeklySessionRule, "id"> & { offer?: number };
type Exception = Omit<ScheduleExceptionRule, "id"> & { offer?: number };

/** A listed café as the index holds it, with its schedule in memory (offers by position). */
function cafe(
  id: string,
  given: { sessions?: Session[]; exceptions?: Exception[]; offers?: Offer[]; cafeLanguages?: string[]; cafeAudiences?: string[]; access?: string[] },
): IndexedCafe {
  const offers = (given.offers ?? []).map((o) => ({ title: o.title, titleTranslations: [], audiences: o.audiences ?? [], languages: o.languages ?? [] }));
  const offerOf = new Map<string, number>();
  const sessions = (given.sessions ?? []).map(({ offer, ...s }, i) => {
    const sessionId = `${id}-s${i}`;
    if (offer !== undefined) offerOf.set(sessionId, offer);
    return { ...s, id: sessionId, label: offer === undefined ? null : offers[offer]!.title };
  });
  const exceptions = (given.exceptions ?? []).map(({ offer, ...e }, i) => {
    const exceptionId = `${id}-e${i}`;
    if (offer !== undefined) offerOf.set(exceptionId, offer);
    return { ...e, id: exceptionId };
  });
  const cafeLanguages = given.cafeLanguages ?? [];
  const union = (...lists: string[][]) => [...new Set(lists.flat())];
  return {
    id,
    slug: id,
    name: id,
    venueName: null,
    addressLine1: "1 High Street",
    town: "Leicester",
    postcode: "LE1 1AA",
    lat: 52.63,
    lng: -1.13,
    footprintId: null,
    footprint: null,
    hoursVerifiedAt: null,
    schedule: { sessions, exceptions },
    offerOf,
    textLanguage: "en",
    offers,
    cafeLanguages,
    languages: union(cafeLanguages, ...offers.map((o) => o.languages)),
    audiences: union(given.cafeAudiences ?? [], ...offers.map((o) => o.audiences)),
    access: given.access ?? [],
  };
}

const filters = (f: Partial<CafeFilters> = {}): CafeFilters => ({ when: "any", languages: [], audiences: [], access: [], ...f });
const contextAt = (at: Date, f: Partial<CafeFilters> = {}) => filterContext(filters(f), at, (c) => openingState(c.schedule, at));
const matches = (c: IndexedCafe, f: Partial<CafeFilters>, at = WEDNESDAY_EVENING) => matchesFilters(c, contextAt(at, f));

describe("the tag filters", () => {
  const lantern = cafe("lantern", {
    offers: [
      { title: "Women-only evening", audiences: ["women"], languages: ["gujarati"] },
      { title: "Men's evening", audiences: ["men"], languages: ["urdu"] },
    ],
    access: ["step-free", "hearing-loop"],
  });

  it("needs every accessibility feature chosen", () => {
    expect(tagsMatch(lantern, filters({ access: ["step-free"] }))).toBe(true);
    expect(tagsMatch(lantern, filters({ access: ["step-free", "hearing-loop"] }))).toBe(true);
    expect(tagsMatch(lantern, filters({ access: ["step-free", "quiet-room"] }))).toBe(false);
  });

  it("needs any one of the languages, spoken by the team or at an offer", () => {
    expect(tagsMatch(lantern, filters({ languages: ["polish", "urdu"] }))).toBe(true);
    expect(tagsMatch(lantern, filters({ languages: ["polish"] }))).toBe(false);
    expect(tagsMatch(cafe("team", { cafeLanguages: ["polish"] }), filters({ languages: ["polish"] }))).toBe(true);
  });

  it("needs an offer for one of the audiences", () => {
    expect(tagsMatch(lantern, filters({ audiences: ["students", "women"] }))).toBe(true);
    expect(tagsMatch(lantern, filters({ audiences: ["students"] }))).toBe(false);
  });

  it("with an audience and a language, needs an offer for the audience where the language is spoken (or a team that speaks it)", () => {
    expect(tagsMatch(lantern, filters({ audiences: ["women"], languages: ["gujarati"] }))).toBe(true);
    // Urdu is spoken at the men's evening only, not at the women's.
    expect(tagsMatch(lantern, filters({ audiences: ["women"], languages: ["urdu"] }))).toBe(false);
    const urduTeam = cafe("urdu-team", { cafeLanguages: ["urdu"], offers: [{ title: "Women-only evening", audiences: ["women"] }] });
    expect(tagsMatch(urduTeam, filters({ audiences: ["women"], languages: ["urdu"] }))).toBe(true);
  });

  it("does not count a café's own audience tag without an offer for it", () => {
    expect(tagsMatch(cafe("own-tag", { cafeAudiences: ["women"] }), filters({ audiences: ["women"] }))).toBe(false);
  });
});

describe("open now", () => {
  const now = { when: "now" } as const;

  it("matches a café with a session running now, and not one opening later", () => {
    expect(matches(cafe("running", { sessions: [{ dayOfWeek: WED, startTime: "18:00", endTime: "21:00" }] }), now)).toBe(true);
    expect(matches(cafe("later", { sessions: [{ dayOfWeek: WED, startTime: "19:00", endTime: "21:00" }] }), now)).toBe(false);
    expect(matches(cafe("ended", { sessions: [{ dayOfWeek: WED, startTime: "10:00", endTime: "18:30" }] }), now)).toBe(false);
  });

  it("for an audience, needs the session running now to be that audience's offer", () => {
    const offers = [
      { title: "Women-only evening", audiences: ["women"] },
      { title: "Men's evening", audiences: ["men"] },
    ];
    const mensNight = cafe("mens-night", {
      offers,
      sessions: [
        { dayOfWeek: WED, startTime: "18:00", endTime: "21:00", offer: 1 },
        { dayOfWeek: SAT, startTime: "18:00", endTime: "21:00", offer: 0 },
      ],
    });
    expect(matches(mensNight, { when: "now", audiences: ["men"] })).toBe(true);
    // A women-only evening on Saturday does not make the café open now for women.
    expect(matches(mensNight, { when: "now", audiences: ["women"] })).toBe(false);
    // Without a time filter the Saturday offer is enough.
    expect(matches(mensNight, { audiences: ["women"] })).toBe(true);
  });

  it("is never met by a usual session on a bank holiday the team has not answered", () => {
    const monday = cafe("monday", { sessions: [{ dayOfWeek: MON, startTime: "18:00", endTime: "21:00" }] });
    const bankHolidayEvening = fromLondon("2026-12-28", "19:00");
    expect(openingState(monday.schedule, bankHolidayEvening).status).toBe("check");
    expect(matches(monday, { when: "now" }, bankHolidayEvening)).toBe(false);
    const answered = cafe("answered", {
      sessions: [{ dayOfWeek: MON, startTime: "18:00", endTime: "21:00" }],
      exceptions: [{ kind: "bank-holiday-open", startDate: "2026-12-28", endDate: "2026-12-28" }],
    });
    expect(matches(answered, { when: "now" }, bankHolidayEvening)).toBe(true);
  });
});

describe("this evening", () => {
  const at = (startTime: string, endTime: string, dayOfWeek = WED) => cafe(`${dayOfWeek}-${startTime}-${endTime}`, { sessions: [{ dayOfWeek, startTime, endTime }] });
  const evening = { when: "evening" } as const;

  it("matches a session between 5pm and 11pm today that has not ended", () => {
    expect(matches(at("19:00", "21:00"), evening)).toBe(true);
    expect(matches(at("16:00", "19:00"), evening)).toBe(true);
    expect(matches(at("22:30", "01:00"), evening)).toBe(true);
  });

  it("leaves out sessions that have ended, are outside the evening, or on another day", () => {
    expect(matches(at("16:00", "18:00"), evening)).toBe(false);
    expect(matches(at("10:00", "12:00"), evening)).toBe(false);
    expect(matches(at("23:00", "23:59"), evening)).toBe(false);
    expect(matches(at("19:00", "21:00", THU), evening)).toBe(false);
  });

  it("is about today", () => {
    const ctx = contextAt(WEDNESDAY_EVENING, evening);
    expect(ctx.day).toBe("2026-11-25");
    expect(ctx.window).toEqual({ from: fromLondon("2026-11-25", "17:00"), to: fromLondon("2026-11-25", "23:00"), date: null });
  });
});

describe("a day of the week", () => {
  it("is the next such date, today included", () => {
    expect(contextAt(WEDNESDAY_EVENING, { when: "3" }).day).toBe("2026-11-25");
    expect(contextAt(WEDNESDAY_EVENING, { when: "4" }).day).toBe("2026-11-26");
    expect(contextAt(WEDNESDAY_EVENING, { when: "1" }).day).toBe("2026-11-30");
    expect(contextAt(WEDNESDAY_EVENING, { when: "2" }).day).toBe("2026-12-01");
    expect(contextAt(WEDNESDAY_EVENING, { when: "any" }).day).toBeNull();
    expect(contextAt(WEDNESDAY_EVENING, { when: "now" }).day).toBe("2026-11-25");
  });

  it("matches a session that day, even one that ended earlier today", () => {
    const morning = cafe("morning", { sessions: [{ dayOfWeek: WED, startTime: "10:00", endTime: "12:00" }] });
    expect(matches(morning, { when: "3" })).toBe(true);
    expect(matches(morning, { when: "4" })).toBe(false);
  });

  it("follows the exceptions: a closure, changed hours, an extra session", () => {
    const mondays = { sessions: [{ dayOfWeek: MON, startTime: "18:00", endTime: "21:00" }] };
    expect(matches(cafe("open", mondays), { when: "1" })).toBe(true);
    const closed = cafe("closed", { ...mondays, exceptions: [{ kind: "closed", startDate: "2026-11-30", endDate: "2026-11-30", reason: "Training" }] });
    expect(matches(closed, { when: "1" })).toBe(false);
    const extra = cafe("extra", { exceptions: [{ kind: "extra", startDate: "2026-11-26", endDate: "2026-11-26", startTime: "14:00", endTime: "16:00" }] });
    expect(matches(extra, { when: "4" })).toBe(true);
    expect(matches(extra, { when: "5" })).toBe(false);
  });

  it("for an audience, needs that day's session to be the audience's offer", () => {
    const c = cafe("offers", {
      offers: [{ title: "Students' afternoon", audiences: ["students"] }],
      sessions: [
        { dayOfWeek: MON, startTime: "18:00", endTime: "21:00" },
        { dayOfWeek: THU, startTime: "14:00", endTime: "16:00", offer: 0 },
      ],
    });
    expect(matches(c, { when: "4", audiences: ["students"] })).toBe(true);
    expect(matches(c, { when: "1", audiences: ["students"] })).toBe(false);
    expect(windowMatch(c, contextAt(WEDNESDAY_EVENING, { when: "4", audiences: ["students"] }))?.label).toBe("Students' afternoon");
  });
});

describe("bank holidays and the time filters", () => {
  // Wednesday 23 December 2026, midday: Monday is 28 December, a bank holiday.
  const before = fromLondon("2026-12-23", "12:00");
  const monday = { when: "1" } as const;
  const mondayAndThursday = cafe("mon-thu", {
    sessions: [
      { dayOfWeek: MON, startTime: "18:00", endTime: "21:00" },
      { dayOfWeek: THU, startTime: "18:00", endTime: "21:00" },
    ],
  });

  it("lists a café whose usual session that day is unconfirmed, noting the day and the hours", () => {
    const ctx = contextAt(before, monday);
    expect(matchesFilters(mondayAndThursday, ctx)).toBe(true);
    const state = openingState(mondayAndThursday.schedule, before);
    const session = unconfirmedSessionToNote(mondayAndThursday, ctx, state);
    expect(session).toMatchObject({ date: "2026-12-28", confirmed: false });
    expect(bankHolidayNoteText(session!, ctx.today)).toBe(
      "Monday 28 December is a bank holiday: the usual session (6pm–9pm) is not confirmed — check before travelling.",
    );
  });

  it("adds no note when the status already speaks of that session", () => {
    const mondayOnly = cafe("mon", { sessions: [{ dayOfWeek: MON, startTime: "18:00", endTime: "21:00" }] });
    const ctx = contextAt(before, monday);
    expect(matchesFilters(mondayOnly, ctx)).toBe(true);
    expect(unconfirmedSessionToNote(mondayOnly, ctx, openingState(mondayOnly.schedule, before))).toBeNull();
  });

  it("leaves out a café that said it is closed, and lists one that said it opens without a note", () => {
    const closed = cafe("said-closed", {
      sessions: [{ dayOfWeek: MON, startTime: "18:00", endTime: "21:00" }],
      exceptions: [{ kind: "bank-holiday-closed", startDate: "2026-12-28", endDate: "2026-12-28" }],
    });
    expect(matches(closed, monday, before)).toBe(false);
    const open = cafe("said-open", {
      sessions: [
        { dayOfWeek: MON, startTime: "18:00", endTime: "21:00" },
        { dayOfWeek: THU, startTime: "18:00", endTime: "21:00" },
      ],
      exceptions: [{ kind: "bank-holiday-open", startDate: "2026-12-28", endDate: "2026-12-28" }],
    });
    const ctx = contextAt(before, monday);
    expect(matchesFilters(open, ctx)).toBe(true);
    expect(unconfirmedSessionToNote(open, ctx, openingState(open.schedule, before))).toBeNull();
  });

  it("this evening on the bank holiday: the usual session is listed, with today's note while the status speaks of another", () => {
    /** Monday evenings and one other weekly session, with an exception on the bank holiday. */
    const mondayEvenings = (id: string, other: Session, exception: Omit<Exception, "startDate" | "endDate">) =>
      cafe(id, {
        sessions: [other, { dayOfWeek: MON, startTime: "19:00", endTime: "22:00" }],
        exceptions: [{ startDate: "2026-12-28", endDate: "2026-12-28", ...exception }],
      });
    const earlyAndLate = mondayEvenings("early-late", { dayOfWeek: MON, startTime: "10:00", endTime: "12:00" }, { kind: "hours", startTime: "09:00", endTime: "10:00" });
    // Changed hours that day replace the usual sessions: no evening session to list.
    const morning = fromLondon("2026-12-28", "09:30");
    const ctx = contextAt(morning, { when: "evening" });
    expect(ctx.day).toBe("2026-12-28");
    expect(timeMatches(earlyAndLate, ctx)).toBe(false);

    const usual = mondayEvenings("usual", { dayOfWeek: WED, startTime: "19:00", endTime: "22:00" }, { kind: "extra", startTime: "10:00", endTime: "11:00" });
    // Open now for its extra session: the status does not speak of the evening one.
    const during = fromLondon("2026-12-28", "10:30");
    const state = openingState(usual.schedule, during);
    expect(state.status).toBe("open");
    const duringCtx = contextAt(during, { when: "evening" });
    expect(timeMatches(usual, duringCtx)).toBe(true);
    const session = unconfirmedSessionToNote(usual, duringCtx, state);
    expect(bankHolidayNoteText(session!, duringCtx.today)).toBe(
      "Today is a bank holiday: today's usual session (7pm–10pm) is not confirmed — check before travelling.",
    );
  });

  it("names the day of the bank holiday", () => {
    expect(bankHolidayDayText("2026-12-28", "2026-12-28")).toBe("today");
    expect(bankHolidayDayText("2026-12-28", "2026-12-23")).toBe("Monday 28 December");
  });

  it("keeps the window's match for the minute in the memo it is given", () => {
    const memo = new Map();
    const ctx = filterContext(filters(monday), before, (c) => openingState(c.schedule, before), memo);
    windowMatch(mondayAndThursday, ctx);
    expect([...memo.keys()]).toEqual(["mon-thu|1||"]);
  });
});
