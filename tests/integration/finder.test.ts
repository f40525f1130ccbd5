import type { SerializeFrom } from "@remix-run/node";
import { MAX_PAGES, RESULTS_PER_PAGE } from "~/modules/finder";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { resetListedCafeIndex } from "~/modules/cafe/index.server";
import { findCafes } from "~/modules/finder/index.server";
import * as finder from "~/routes/_index";
import { prisma } from "~/platform/db.server";
import { resetEnvCache } from "~/platform/env.server";
import { invalidatePublicData } from "~/platform/public-cache.server";
import { call } from "./auth.helpers";

/**
 * The finder's loader against the real demo database (prisma/seed.ts), "now" pinned to the browser tests'
 * instant: Wednesday 25 November 2026, 6:30pm in London. Weekly sessions decide who is open then:
 * Lantern Women's Café (Wed 6pm–9pm, women-only evening) is open; Night Owl Café (Fri and Sat 8pm–2am) is
 * not; Gateway Students' Café opens at 7pm; Desford (closed), Shepshed (setting up) and Uppingham (paused)
 * are never listed.
 */
const WEDNESDAY_EVENING = "2026-11-25T18:30:00Z";
const NEVER_LISTED = ["desford-evening-cafe", "shepshed-community-cafe", "uppingham-market-place-cafe"];

type Data = SerializeFrom<typeof finder.loader>;
type Outcome = Data["page"]["outcome"];
type ResultsOutcome = Extract<Outcome, { kind: "results" }>;

function at(instant: string) {
  process.env.FIXED_NOW = instant;
  resetEnvCache();
}

async function search(qs: string): Promise<Data> {
  const response = await call(finder.loader, new Request(`http://localhost:3000/?${qs}`));
  expect(response.status).toBe(200);
  return (await response.json()) as Data;
}

async function results(qs: string): Promise<ResultsOutcome> {
  const data = await search(qs);
  if (data.page.outcome.kind !== "results") throw new Error(`expected results for ${qs}, got ${JSON.stringify(data.page.outcome)}`);
  return data.page.outcome;
}

/** Every page of results, as slugs. */
async function allSlugs(qs: string): Promise<string[]> {
  const slugs: string[] = [];
  for (let page = 1; page <= 5; page++) {
    const outcome = await results(`${qs}&page=${page}`);
    slugs.push(...outcome.results.map((r) => r.slug));
    if (!outcome.hasMore) break;
  }
  return slugs;
}

beforeAll(() => at(WEDNESDAY_EVENING));
afterEach(() => at(WEDNESDAY_EVENING));

describe("searching by postcode, sector, district, town", () => {
  it("lists the nearest listed cafés to a full postcode, nearest first, 10 a page", async () => {
    const outcome = await results("q=le1%206rl");
    expect(outcome.origin).toMatchObject({ kind: "place", label: "LE1 6RL", precision: "postcode", inLLR: true, corrected: false });
    expect(outcome.results).toHaveLength(10);
    expect(outcome.hasMore).toBe(true);
    const miles = outcome.results.map((r) => r.miles!);
    expect([...miles].sort((a, b) => a - b)).toEqual(miles);
    expect(miles[0]).toBeLessThan(1);
    expect(outcome.point).toEqual({ lat: 52.63, lng: -1.132 });
  });

  it("repairs a typo and says what it searched for", async () => {
    const outcome = await results("q=LEI%206RL");
    expect(outcome.origin).toMatchObject({ label: "LE1 6RL", corrected: true });
  });

  it("falls back to the sector, then the district, for a postcode the table lacks", async () => {
    const sector = await results("q=LE1%207ZZ");
    expect(sector.origin).toMatchObject({ precision: "sector", matched: "LE1 7", label: "LE1 7ZZ" });
    const typedSector = await results("q=LE1%207");
    expect(typedSector.origin).toMatchObject({ precision: "sector", matched: null });
    const district = await results("q=LE11");
    expect(district.origin).toMatchObject({ precision: "district" });
    expect(district.results.slice(0, 2).map((r) => r.slug).sort()).toEqual(["charnwood-evening-cafe", "epinal-students-cafe"]);
  });

  it("finds a town: Oakham's nearest is its own café, never the paused one in Uppingham", async () => {
    const outcome = await results("q=Oakham");
    expect(outcome.origin).toMatchObject({ kind: "place", label: "Oakham", precision: "place" });
    expect(outcome.results[0]!.slug).toBe("vale-of-catmose-cafe");
    expect(await allSlugs("q=Oakham")).not.toContain("uppingham-market-place-cafe");
  });

  it("never lists a closed, setting-up or paused café, on any page", async () => {
    const slugs = await allSlugs("q=LE1");
    expect(slugs.length).toBeGreaterThanOrEqual(25);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of NEVER_LISTED) expect(slugs).not.toContain(slug);
    const open = await prisma.cafe.count({ where: { status: "open" } });
    expect(slugs).toHaveLength(open);
  });

  it("pages: the next page carries on from the last, with no café twice", async () => {
    const first = await results("q=LE1%206RL");
    const second = await results("q=LE1%206RL&page=2");
    expect(second.page).toBe(2);
    expect(second.results[0]!.miles!).toBeGreaterThanOrEqual(first.results.at(-1)!.miles!);
    const overlap = second.results.filter((r) => first.results.some((f) => f.slug === r.slug));
    expect(overlap).toEqual([]);
  });
});

describe("paging", () => {
  it("offers a next page only when it can be reached (at most MAX_PAGES pages)", async () => {
    const template = await prisma.cafe.findUniqueOrThrow({ where: { slug: "clarendon-corner-cafe" } });
    const listed = await prisma.cafe.count({ where: { status: "open" } });
    const extra = MAX_PAGES * RESULTS_PER_PAGE + 5 - listed;
    await prisma.cafe.createMany({
      data: Array.from({ length: extra }, (_, i) => ({
        slug: `paging-test-cafe-${i}`,
        name: `Paging Test Café ${i}`,
        organisationId: template.organisationId,
        footprintId: template.footprintId,
        status: "open",
        addressLine1: `${i + 1} Test Street`,
        town: "Leicester",
        postcode: "LE1 6RL",
        lat: 52.64 + i * 0.001,
        lng: -1.13,
      })),
    });
    invalidatePublicData();
    try {
      const beforeLast = await results(`q=LE1%206RL&page=${MAX_PAGES - 1}`);
      expect(beforeLast.hasMore).toBe(true);
      const last = await results(`q=LE1%206RL&page=${MAX_PAGES}`);
      expect(last.results).toHaveLength(RESULTS_PER_PAGE);
      expect(last.pastEnd).toBe(false);
      // More cafés match, but page 6 is never served: no "Next page" that would show page 5 again.
      expect(last.hasMore).toBe(false);
      // An address asking for a later page gets "no more results", not page 5's cafés again.
      for (const later of [MAX_PAGES + 1, 99]) {
        expect(await results(`q=LE1%206RL&page=${later}`)).toMatchObject({ results: [], hasMore: false, pastEnd: true });
      }
    } finally {
      await prisma.cafe.deleteMany({ where: { slug: { startsWith: "paging-test-cafe-" } } });
      invalidatePublicData();
    }
  });

  it("says a page past the end of the results is past the end, not that the filters matched nothing", async () => {
    const last = await results("q=LE1&page=3");
    expect(last.results.length).toBeGreaterThan(0);
    expect(last).toMatchObject({ hasMore: false, pastEnd: false });
    const after = await results("q=LE1&page=4");
    expect(after).toMatchObject({ results: [], hasMore: false, pastEnd: true });
    // Filters that match nothing: not past the end.
    const none = await results("q=LE1&for=women-only&when=5&page=2");
    expect(none).toMatchObject({ results: [], pastEnd: false });
  });
});

describe("status now", () => {
  it("shows a café open at the pinned time as open, and a closed one as not", async () => {
    const outcome = await results("q=LE1%206RL");
    const lantern = outcome.results.find((r) => r.slug === "lantern-womens-cafe")!;
    expect(lantern.openNow).toBe(true);
    expect(lantern.status).toMatchObject({ tone: "open", label: "Open", text: "Open now until 9pm" });
    const owl = outcome.results.find((r) => r.slug === "night-owl-cafe")!;
    expect(owl.openNow).toBe(false);
    expect(owl.status).toMatchObject({ tone: "closed", text: "Next: Friday 8pm–2am" });
    const gateway = outcome.results.find((r) => r.slug === "gateway-students-cafe")!;
    expect(gateway.status.text).toBe("Opens today at 7pm");
    expect(outcome.anyOpenNow).toBe(true);
  });

  it("shows its footprint, languages, offers and access features with their names", async () => {
    const lantern = (await results("q=LE1%204JB")).results[0]!;
    expect(lantern.slug).toBe("lantern-womens-cafe");
    expect(lantern.footprint).toEqual({ name: "Leicester City South", slug: expect.any(String) });
    expect(lantern.languages.map((tag) => tag.label)).toEqual(expect.arrayContaining(["English", "Urdu", "Bengali", "Somali"]));
    expect(lantern.audiences.map((tag) => tag.slug)).toEqual(expect.arrayContaining(["women-only", "women-and-families"]));
    expect(lantern.access).toEqual(expect.arrayContaining([{ slug: "step-free-access", label: "Step-free access" }]));
  });

  it("says when no café is open now (4am on a weekday)", async () => {
    at("2026-11-26T04:00:00Z");
    const outcome = await results("q=LE1%206RL");
    expect(outcome.anyOpenNow).toBe(false);
    expect(outcome.nearestOpen).toBeNull();
    expect(outcome.results.length).toBe(10);
    expect(outcome.results.every((r) => !r.openNow)).toBe(true);
    expect((await results("q=LE1%206RL&when=now")).results).toEqual([]);
  });

  it("points to the nearest café open now when none of the results is", async () => {
    // One café a page: Oakham's own (closed on Wednesdays), then the nearest open one.
    const oakham = { lat: 52.67, lng: -0.727 };
    const outcome = await findCafes({ origin: oakham, filters: { when: "any", languages: [], audiences: [], access: [] }, page: 1, perPage: 1 });
    expect(outcome.results.map((r) => r.slug)).toEqual(["vale-of-catmose-cafe"]);
    expect(outcome.results[0]!.openNow).toBe(false);
    expect(outcome.anyOpenNow).toBe(true);
    expect(outcome.nearestOpen).toMatchObject({ slug: "melton-market-evening-cafe", filtered: false });
  });

  it("the nearest café open now matches the chosen filters, or there is none", async () => {
    // Carers: Vale of Catmose's carers' session is on Saturday, Bell Street's starts later; other cafés are open.
    const carers = await results("q=Oakham&for=carers");
    expect(carers.results.some((r) => r.openNow)).toBe(false);
    expect(carers.anyOpenNow).toBe(true);
    expect(carers.nearestOpen).toBeNull();

    at("2026-11-26T18:30:00Z"); // Thursday: Lantern's women-only evening is on Wednesday
    const women = await results("q=LE1%206RL&for=women-only");
    expect(women.results.map((r) => r.slug)).toEqual(["lantern-womens-cafe"]);
    expect(women.results[0]!.openNow).toBe(false);
    expect(women.anyOpenNow).toBe(true);
    expect(women.nearestOpen).toBeNull();

    // One café a page: Lantern (closed) speaks Somali; Beaumont Leys also does, and is open.
    const somali = await findCafes({
      origin: { lat: 52.63047, lng: -1.13171 },
      filters: { when: "any", languages: ["somali"], audiences: [], access: [] },
      page: 1,
      perPage: 1,
    });
    expect(somali.results.map((r) => r.slug)).toEqual(["lantern-womens-cafe"]);
    expect(somali.nearestOpen).toMatchObject({ slug: "beaumont-leys-living-room-cafe", filtered: true });
    // Without the filter, the nearest café open now is another one.
    const any = await findCafes({ origin: { lat: 52.63047, lng: -1.13171 }, filters: { when: "any", languages: [], audiences: [], access: [] }, page: 2, perPage: 1 });
    expect(any.results[0]!.openNow).toBe(false);
    expect(any.nearestOpen).toMatchObject({ filtered: false });
    expect(any.nearestOpen!.slug).not.toBe("beaumont-leys-living-room-cafe");
  });

  it("never shows a café open on a bank holiday its team has not answered", async () => {
    const template = await prisma.cafe.findUniqueOrThrow({ where: { slug: "clarendon-corner-cafe" } });
    await prisma.cafe.create({
      data: {
        slug: "bank-holiday-test-cafe",
        name: "Bank Holiday Test Café",
        organisationId: template.organisationId,
        footprintId: template.footprintId,
        status: "open",
        addressLine1: "1 Test Street",
        town: "Leicester",
        postcode: "LE1 6RL",
        lat: 52.63047,
        lng: -1.13171,
        hoursVerifiedAt: new Date("2026-12-20T12:00:00Z"),
        sessions: { create: [{ dayOfWeek: 1, startTime: "18:00", endTime: "21:00" }] },
      },
    });
    invalidatePublicData();
    at("2026-12-28T18:30:00Z"); // Monday: the substitute day for Boxing Day
    const outcome = await results("q=LE1%206RL");
    const test = outcome.results.find((r) => r.slug === "bank-holiday-test-cafe")!;
    expect(test.openNow).toBe(false);
    expect(test.status).toMatchObject({ tone: "check", text: "Bank holiday — check before travelling" });
    expect((await allSlugs("q=LE1%206RL&when=now"))).not.toContain("bank-holiday-test-cafe");
    await prisma.cafe.delete({ where: { slug: "bank-holiday-test-cafe" } });
    invalidatePublicData();
  });
});

describe("bank holidays and the time filters", () => {
  /** Test cafés next to LE1 6RL, with Monday evening sessions; Monday 28 December 2026 is a bank holiday. */
  async function addCafe(slug: string, sessions: { dayOfWeek: number; startTime: string; endTime: string }[], exceptions: { kind: string; startDate: string; endDate: string }[] = []) {
    const template = await prisma.cafe.findUniqueOrThrow({ where: { slug: "clarendon-corner-cafe" } });
    await prisma.cafe.create({
      data: {
        slug,
        name: slug,
        organisationId: template.organisationId,
        footprintId: template.footprintId,
        status: "open",
        addressLine1: "1 Test Street",
        town: "Leicester",
        postcode: "LE1 6RL",
        lat: 52.63047,
        lng: -1.13171,
        hoursVerifiedAt: new Date("2026-12-20T12:00:00Z"),
        sessions: { create: sessions },
        exceptions: { create: exceptions },
      },
    });
  }
  const MONDAY = { dayOfWeek: 1, startTime: "18:00", endTime: "21:00" };

  beforeAll(async () => {
    await addCafe("bh-monday-only", [MONDAY]);
    await addCafe("bh-monday-and-saturday", [MONDAY, { dayOfWeek: 6, startTime: "10:00", endTime: "13:00" }]);
    await addCafe("bh-monday-said-closed", [MONDAY], [{ kind: "bank-holiday-closed", startDate: "2026-12-28", endDate: "2026-12-28" }]);
    await addCafe("bh-monday-said-open", [MONDAY], [{ kind: "bank-holiday-open", startDate: "2026-12-28", endDate: "2026-12-28" }]);
    invalidatePublicData();
  });
  afterAll(async () => {
    await prisma.cafe.deleteMany({ where: { slug: { startsWith: "bh-monday-" } } });
    invalidatePublicData();
  });

  async function everyResult(qs: string) {
    const out: ResultsOutcome["results"] = [];
    for (let page = 1; page <= 5; page++) {
      const outcome = await results(`${qs}&page=${page}`);
      out.push(...outcome.results);
      if (!outcome.hasMore) break;
    }
    return out;
  }

  it("a day filter lists the cafés that usually open that day, never as open, with the bank holiday named", async () => {
    at("2026-12-26T12:00:00Z"); // Saturday; Monday 28 December is the substitute day for Boxing Day
    const outcome = await results("q=LE1%206RL&when=1");
    expect(outcome.bankHoliday).toEqual({ date: "2026-12-28", name: "Boxing Day (substitute day)", day: "Monday 28 December" });
    const listed = await everyResult("q=LE1%206RL&when=1");
    const bySlug = new Map(listed.map((r) => [r.slug, r]));
    // Unanswered: listed with "check before travelling" in its status, so no extra note.
    expect(bySlug.get("bh-monday-only")).toMatchObject({
      openNow: false,
      status: { text: "Next: Monday 6pm–9pm (bank holiday — check before travelling)" },
    });
    expect(bySlug.get("bh-monday-only")!.bankHolidayNote).toBeUndefined();
    // Open now (Saturday morning): the note says what its Monday is.
    expect(bySlug.get("bh-monday-and-saturday")).toMatchObject({
      openNow: true,
      bankHolidayNote: "Monday 28 December is a bank holiday: the usual session (6pm–9pm) is not confirmed — check before travelling.",
    });
    // The team's answers: open is listed like any day, closed is not listed.
    expect(bySlug.get("bh-monday-said-open")).toMatchObject({ status: { text: "Next: Monday 6pm–9pm" } });
    expect(bySlug.get("bh-monday-said-open")!.bankHolidayNote).toBeUndefined();
    expect(bySlug.has("bh-monday-said-closed")).toBe(false);
  });

  it("this evening, on the bank holiday itself: listed with the 'Check first' badge", async () => {
    at("2026-12-28T12:00:00Z");
    const listed = await everyResult("q=LE1%206RL&when=evening");
    const only = listed.find((r) => r.slug === "bh-monday-only");
    expect(only).toMatchObject({
      openNow: false,
      status: { tone: "check", label: "Check first", text: "Bank holiday today: usually opens at 6pm — check before travelling" },
    });
    expect(listed.map((r) => r.slug)).toContain("bh-monday-said-open");
    expect(listed.map((r) => r.slug)).not.toContain("bh-monday-said-closed");
    expect((await results("q=LE1%206RL&when=evening")).bankHoliday).toMatchObject({ name: "Boxing Day (substitute day)", day: "today" });
  });

  it("open now stays certain: only the café that said it opens", async () => {
    at("2026-12-28T18:30:00Z");
    const slugs = (await everyResult("q=LE1%206RL&when=now")).map((r) => r.slug);
    expect(slugs).toContain("bh-monday-said-open");
    expect(slugs).not.toContain("bh-monday-only");
    expect(slugs).not.toContain("bh-monday-and-saturday");
    expect((await results("q=LE1%206RL&when=now")).bankHoliday).toMatchObject({ name: "Boxing Day (substitute day)" });
  });

  it("names no bank holiday on an ordinary day", async () => {
    expect((await results("q=LE1%206RL&when=1")).bankHoliday).toBeNull();
    expect((await results("q=LE1%206RL")).bankHoliday).toBeNull();
  });
});

describe("filters", () => {
  it("open now: only cafés certainly open now", async () => {
    const slugs = await allSlugs("q=LE1%206RL&when=now");
    expect(slugs).toContain("lantern-womens-cafe");
    expect(slugs).not.toContain("night-owl-cafe");
    expect(slugs).not.toContain("gateway-students-cafe");
    const outcome = await results("q=LE1%206RL&when=now");
    expect(outcome.results.every((r) => r.openNow)).toBe(true);
  });

  it("open this evening: a session between 5pm and 11pm today that has not ended", async () => {
    const slugs = await allSlugs("q=LE1%206RL&when=evening");
    expect(slugs).toEqual(expect.arrayContaining(["lantern-womens-cafe", "gateway-students-cafe", "evington-road-evening-cafe", "bell-street-cafe-wigston"]));
    expect(slugs).not.toContain("night-owl-cafe");
    expect(slugs).not.toContain("clarendon-corner-cafe");
    expect(slugs.length).toBeLessThan((await allSlugs("q=LE1%206RL")).length);
  });

  it("a day of the week: a session on the coming such day", async () => {
    const friday = await allSlugs("q=LE1%206RL&when=5");
    expect(friday).toEqual(expect.arrayContaining(["night-owl-cafe", "narborough-road-open-table-cafe"]));
    expect(friday).not.toContain("lantern-womens-cafe");
    const wednesday = await allSlugs("q=LE1%206RL&when=3");
    expect(wednesday).toContain("lantern-womens-cafe");
  });

  it("language: any of the chosen, spoken by the team or at a session", async () => {
    const slugs = await allSlugs("q=LE1%206RL&lang=somali");
    expect(slugs.length).toBeGreaterThan(0);
    const outcome = await results("q=LE1%206RL&lang=somali");
    for (const r of outcome.results) expect(r.languages.map((tag) => tag.label)).toContain("Somali");
    const either = await allSlugs("q=LE1%206RL&lang=somali&lang=tamil");
    expect(either.length).toBeGreaterThan(slugs.length);
  });

  it("audience: a session for the group", async () => {
    expect(await allSlugs("q=LE1%206RL&for=women-only")).toEqual(["lantern-womens-cafe"]);
    const students = await allSlugs("q=LE1%206RL&for=students");
    expect(students.sort()).toEqual(["epinal-students-cafe", "gateway-students-cafe"]);
  });

  it("a time with an audience: the matching session must be that group's", async () => {
    expect(await allSlugs("q=LE1%206RL&for=women-only&when=now")).toEqual(["lantern-womens-cafe"]);
    // The students' evening starts at 7pm: not open now, but this evening.
    expect(await allSlugs("q=LE1%206RL&for=students&when=now")).toEqual([]);
    expect(await allSlugs("q=LE1%206RL&for=students&when=evening")).toEqual(["gateway-students-cafe"]);
    // Lantern's women and families morning is on Saturday, its women-only evening on Wednesday.
    expect(await allSlugs("q=LE1%206RL&for=women-and-families&when=3")).toEqual([]);
    expect(await allSlugs("q=LE1%206RL&for=women-and-families&when=6")).toEqual(["lantern-womens-cafe"]);
  });

  it("accessibility: all of the chosen features", async () => {
    const both = await results("q=LE1%206RL&access=hearing-loop&access=accessible-toilet");
    expect(both.results.length).toBeGreaterThan(0);
    for (const r of both.results) {
      const slugs = r.access.map((a) => a.slug);
      expect(slugs).toContain("hearing-loop");
      expect(slugs).toContain("accessible-toilet");
    }
    const loop = await allSlugs("q=LE1%206RL&access=hearing-loop");
    expect((await allSlugs("q=LE1%206RL&access=hearing-loop&access=accessible-toilet")).every((s) => loop.includes(s))).toBe(true);
  });

  it("filters without a place list every matching café, by town", async () => {
    const outcome = await results("when=now");
    expect(outcome.origin.kind).toBe("all");
    expect(outcome.results.every((r) => r.openNow && r.miles === null)).toBe(true);
    expect(outcome.results.length).toBeGreaterThanOrEqual(8);
  });

  it("ignores tag slugs that are not in the managed list, or not of the parameter's kind", async () => {
    const unknown = await search("for=x,y,z");
    expect(unknown.query).toMatchObject({ audiences: [], languages: [], access: [] });
    expect(unknown.page.outcome.kind).toBe("start");
    const mixed = await search("q=LE1%206RL&for=x&for=women-only&lang=klingon&lang=women-only&lang=somali&access=wings&access=hearing-loop");
    expect(mixed.query).toMatchObject({ audiences: ["women-only"], languages: ["somali"], access: ["hearing-loop"] });
    expect(mixed.page.chosenLabels).toEqual({ "women-only": "Women only", somali: "Somali", "hearing-loop": "Hearing loop" });
    const plain = await results("q=LE1%206RL&for=nothing-like-this");
    expect(plain.results).toHaveLength(10);
  });

  it("offers the managed tags as choices, hiding retired ones unless chosen", async () => {
    const retired = await prisma.tag.update({ where: { slug: "tamil" }, data: { retiredAt: new Date("2026-01-01T00:00:00Z") } });
    invalidatePublicData();
    try {
      const plain = await search("q=LE1");
      expect(plain.page.options.language.map((t) => t.slug)).not.toContain("tamil");
      expect(plain.page.options.access.map((t) => t.slug)).toContain("hearing-loop");
      const chosen = await search("q=LE1&lang=tamil");
      expect(chosen.page.options.language.find((t) => t.slug === "tamil")).toMatchObject({ retired: true });
      // A retired tag is still in the managed list: chosen, it stays a filter until it is removed.
      expect(chosen.query.languages).toEqual(["tamil"]);
      // A retired tag still shows on the cafés that carry it.
      const gateway = (await results("q=LE2%207BJ")).results.find((r) => r.slug === "gateway-students-cafe")!;
      expect(gateway.languages.map((tag) => tag.label)).toContain("Tamil");
    } finally {
      await prisma.tag.update({ where: { id: retired.id }, data: { retiredAt: null } });
      invalidatePublicData();
    }
  });
});

describe("GP surgery and location", () => {
  it("lists practices matching a name, then the practice's footprint first", async () => {
    const list = await search("gp=oakham");
    expect(list.page.outcome.kind).toBe("practices");
    const practices = list.page.outcome.kind === "practices" ? list.page.outcome.practices : [];
    const oakham = practices.find((p) => p.code === "C82010")!;
    expect(oakham).toMatchObject({ name: expect.stringMatching(/oakham medical practice/i), footprint: "Rutland Healthcare" });

    const outcome = await results("practice=C82010");
    expect(outcome.origin).toMatchObject({ kind: "practice", practice: { footprint: "Rutland Healthcare" } });
    expect(outcome.inFootprint).toBe(1);
    expect(outcome.results[0]).toMatchObject({ slug: "vale-of-catmose-cafe", inFootprint: true });
    expect(outcome.results.slice(1).every((r) => !r.inFootprint)).toBe(true);
  });

  it("lists the nearest when the practice's footprint has no café", async () => {
    const practice = await prisma.practice.findFirstOrThrow({ where: { footprint: { name: "Cross Counties" } } });
    const outcome = await results(`practice=${practice.code}`);
    expect(outcome.inFootprint).toBe(0);
    expect(outcome.results).toHaveLength(10);
  });

  it("uses the browser's location, rounded, and names the nearest town", async () => {
    const outcome = await results("lat=52.67078&lng=-0.73753");
    expect(outcome.origin).toMatchObject({ kind: "location", inLLR: true, nearPlace: "Oakham" });
    expect(outcome.results[0]!.slug).toBe("vale-of-catmose-cafe");
    expect(outcome.point).toEqual({ lat: 52.671, lng: -0.738 });
  });

  it("still answers outside LLR, with the note about coverage", async () => {
    const outcome = await results("q=M1%201AA");
    expect(outcome.origin).toMatchObject({ inLLR: false });
    expect(outcome.results.length).toBe(10);
    const far = await results("lat=51.5&lng=-0.12");
    expect(far.origin).toMatchObject({ kind: "location", inLLR: false });
  });
});

describe("bad input answers 200 with a message, keeping what was typed", () => {
  it.each([
    ["q=zzzz", "not-found", "zzzz"],
    ["q=%21%21%21", "invalid", "!!!"],
    [`q=${"x".repeat(150)}`, "too-long", "x".repeat(100)],
    [`gp=${"b".repeat(150)}`, "gp-too-long", "b".repeat(100)],
    ["lat=999&lng=abc", "location", ""],
    ["practice=ZZ9999", "practice", "ZZ9999"],
    ["gp=x", "gp-too-short", "x"],
    ["gp=qwxzzy", "gp-not-found", "qwxzzy"],
  ])("%s → %s", async (qs, problem, input) => {
    const data = await search(qs);
    expect(data.page.outcome).toMatchObject({ kind: "problem", problem, input });
  });

  it("suggests places for a near miss", async () => {
    const data = await search("q=Market%20Bosworh%20Leics%20Town");
    if (data.page.outcome.kind === "problem") expect(Array.isArray(data.page.outcome.suggestions)).toBe(true);
    const bosworth = await search("q=Bosworth");
    expect(bosworth.page.outcome).toMatchObject({ kind: "problem", problem: "not-found" });
    if (bosworth.page.outcome.kind === "problem") expect(bosworth.page.outcome.suggestions).toEqual(expect.arrayContaining(["Market Bosworth"]));
  });

  it("finds places typed with a zero for an O, or with their postcode district", async () => {
    expect((await results("q=0akham")).origin).toMatchObject({ kind: "place", label: "Oakham", corrected: true });
    const withDistrict = await results("q=Leicester%20LE1");
    expect(withDistrict.origin).toMatchObject({ kind: "place", label: "Leicester", precision: "place" });
    expect(withDistrict.results).toHaveLength(10);
    const university = await search("q=university");
    expect(university.page.outcome).toMatchObject({
      kind: "problem",
      problem: "not-found",
      suggestions: ["De Montfort University", "Loughborough University", "University of Leicester"],
    });
  });

  it("keeps the typed value in the query", async () => {
    const data = await search("q=%20Narnia%20");
    expect(data.query.q).toBe("Narnia");
  });

  it("never fails on oversized or odd query strings", async () => {
    const odd = [
      `q=${"%F0%9F%98%80".repeat(2000)}`,
      `q=${"a".repeat(5000)}&gp=${"b".repeat(5000)}`,
      Array.from({ length: 500 }, (_, i) => `lang=l${i}`).join("&"),
      "q=LE1&page=-1&when=%3Cscript%3E&lang=%00&for=&access=../../etc",
      "q=%E0%A4%A&x=%",
      "lat=1e309&lng=-1e309",
      "q[]=1&q[]=2&page[]=3",
      "q=LE1&q=Oakham",
      "practice=%00%00%00",
      "q=%22%3E%3Cimg%20src%3Dx%3E",
      "q=%D8%A7%D9%84%D8%B9%D8%B1%D8%A8%D9%8A%D8%A9",
    ];
    for (const qs of odd) {
      const response = await call(finder.loader, new Request(`http://localhost:3000/?${qs}`));
      expect(response.status, qs).toBe(200);
    }
  });
});

describe("freshness of the index", () => {
  it("drops a café at once after invalidatePublicData()", async () => {
    expect(await allSlugs("q=LE1%204JB")).toContain("lantern-womens-cafe");
    await prisma.cafe.update({ where: { slug: "lantern-womens-cafe" }, data: { status: "paused" } });
    try {
      invalidatePublicData();
      expect(await allSlugs("q=LE1%204JB")).not.toContain("lantern-womens-cafe");
    } finally {
      await prisma.cafe.update({ where: { slug: "lantern-womens-cafe" }, data: { status: "open" } });
      invalidatePublicData();
    }
    expect(await allSlugs("q=LE1%204JB")).toContain("lantern-womens-cafe");
  });

  it("rebuilds from scratch", async () => {
    resetListedCafeIndex();
    expect((await results("q=LE1")).results.length).toBe(10);
  });
});
