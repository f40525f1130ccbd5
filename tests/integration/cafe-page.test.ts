import type { SerializeFrom } from "@remix-run/node";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { addException, removeException } from "~/modules/cafe/index.server";
import * as areaPage from "~/routes/areas.$code";
import * as areasPage from "~/routes/areas._index";
import * as cafePage from "~/routes/cafes.$slug";
import * as printPage from "~/routes/cafes.$slug_.print";
import * as summaryText from "~/routes/cafes.$slug_.summary[.]txt";
import * as boundaries from "~/routes/map-data.boundaries[.]json";
import { prisma } from "~/platform/db.server";
import { resetEnvCache } from "~/platform/env.server";
import { invalidatePublicData } from "~/platform/public-cache.server";
import { setClock } from "./clock.helpers";
import { asResponse } from "./auth.helpers";

/**
 * Café pages, print views, text summaries, area pages and map boundaries against the demo database, "now"
 * pinned to Wednesday 25 November 2026, 6:30pm in London.
 */
const NOW = "2026-11-25T18:30:00Z";

type RouteFn = (args: { request: Request; params: Record<string, string>; context: Record<string, unknown> }) => unknown;

async function call(fn: RouteFn, path: string, params: Record<string, string> = {}): Promise<Response> {
  try {
    return asResponse(await fn({ request: new Request(`http://localhost:3000${path}`), params, context: {} }));
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    throw thrown;
  }
}

async function cafe(slug: string) {
  const response = await call(cafePage.loader as RouteFn, `/cafes/${slug}`, { slug });
  expect(response.status).toBe(200);
  return (await response.json()) as SerializeFrom<typeof cafePage.loader>;
}

beforeAll(() => {
  process.env.FIXED_NOW = NOW;
  process.env.APP_URL = "https://cafes.example.org";
  resetEnvCache();
});
// Rows written straight into the database below are changes made outside this process's models (as by
// another instance), so each is followed by invalidatePublicData(), which the models call after their writes.
afterEach(() => invalidatePublicData());

describe("the café page", () => {
  it("shows an open café with its status, two weeks of hours, offers, languages and access", async () => {
    const page = await cafe("lantern-womens-cafe");
    expect(page.cafe).toMatchObject({
      name: "Lantern Women’s Café",
      status: "open",
      operator: { name: "Lantern Women and Families Collective" },
      postcode: "LE1 4JB",
      footprint: { name: "Leicester City South" },
      stale: false,
    });
    expect(page.cafe.hoursVerifiedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(page.status).toMatchObject({ tone: "open", text: "Open now until 9pm" });
    expect(page.today).toBe("2026-11-25");
    expect(page.thisWeek.weekStart).toBe("2026-11-23");
    expect(page.nextWeek.weekStart).toBe("2026-11-30");
    expect(page.thisWeek.days).toHaveLength(7);
    const wednesday = page.thisWeek.days.find((d) => d.date === "2026-11-25")!;
    expect(wednesday.intervals.map((i) => [i.startTime, i.endTime, i.label])).toEqual([["18:00", "21:00", "Women-only evening"]]);
    expect(page.offers.map((o) => o.title)).toEqual(expect.arrayContaining(["Women-only evening"]));
    expect(page.offers.find((o) => o.title === "Women-only evening")!.sessions).toEqual(["Wednesday 6pm–9pm"]);
    expect(page.languages.map((tag) => tag.label)).toEqual(expect.arrayContaining(["English", "Urdu", "Bengali", "Somali"]));
    expect(page.access.map((a) => a.slug)).toContain("step-free-access");
    expect(page.alternatives).toEqual([]);
  });

  it("describes the hours as schema.org JSON-LD, with dated exceptions as special hours", async () => {
    const page = await cafe("lantern-womens-cafe");
    expect(page.jsonLd).toMatchObject({
      "@context": "https://schema.org",
      "@type": "LocalBusiness",
      url: "https://cafes.example.org/cafes/lantern-womens-cafe",
      address: { postalCode: "LE1 4JB", addressLocality: "Leicester" },
    });
    expect(page.jsonLd.openingHoursSpecification).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ "@type": "OpeningHoursSpecification", dayOfWeek: ["https://schema.org/Wednesday"], opens: "18:00", closes: "21:00" }),
      ]),
    );
    const lantern = await prisma.cafe.findUniqueOrThrow({ where: { slug: "lantern-womens-cafe" } });
    const closure = await prisma.scheduleException.create({
      data: { cafeId: lantern.id, kind: "closed", startDate: "2026-12-02", endDate: "2026-12-02", reason: "Closed for staff training" },
    });
    invalidatePublicData();
    try {
      const closed = await cafe("lantern-womens-cafe");
      expect(closed.jsonLd.specialOpeningHoursSpecification).toEqual([
        { "@type": "OpeningHoursSpecification", opens: "00:00", closes: "00:00", validFrom: "2026-12-02", validThrough: "2026-12-02" },
      ]);
      // The closure shows in next week's plan too, with the usual hours for comparison.
      const day = closed.nextWeek.days.find((d) => d.date === "2026-12-02")!;
      expect(day.intervals).toEqual([]);
      expect(day.notes[0]).toMatchObject({ kind: "closed", reason: "Closed for staff training" });
      expect(day.usual).toEqual([expect.objectContaining({ startTime: "18:00", endTime: "21:00" })]);
    } finally {
      await prisma.scheduleException.delete({ where: { id: closure.id } });
      invalidatePublicData();
    }
  });

  it("lists the changes of the coming six months: a Christmas closure, changed hours, an extra session, bank holidays", async () => {
    const lantern = await prisma.cafe.findUniqueOrThrow({ where: { slug: "lantern-womens-cafe" } });
    const clarendon = await prisma.cafe.findUniqueOrThrow({ where: { slug: "clarendon-corner-cafe" } });
    const created = await prisma.$transaction([
      prisma.scheduleException.create({
        data: { cafeId: lantern.id, kind: "closed", startDate: "2026-12-24", endDate: "2026-12-27", reason: "Closed for Christmas" },
      }),
      prisma.scheduleException.create({
        data: { cafeId: lantern.id, kind: "hours", startDate: "2026-12-16", endDate: "2026-12-16", startTime: "18:00", endTime: "19:30", reason: "Carol concert in the hall" },
      }),
      prisma.scheduleException.create({
        data: { cafeId: lantern.id, kind: "extra", startDate: "2026-12-17", endDate: "2026-12-17", startTime: "13:00", endTime: "15:00", reason: "An extra afternoon before the holidays" },
      }),
      prisma.scheduleException.create({
        data: { cafeId: lantern.id, kind: "closed", startDate: "2027-07-01", endDate: "2027-07-01", reason: "Beyond six months" },
      }),
      prisma.scheduleException.create({ data: { cafeId: clarendon.id, kind: "bank-holiday-open", startDate: "2027-03-29", endDate: "2027-03-29", reason: "" } }),
    ]);
    invalidatePublicData();
    try {
      const page = await cafe("lantern-womens-cafe");
      expect(page.upcomingUntil).toBe("2027-05-26");
      expect(page.upcoming).toEqual([
        {
          kind: "hours",
          date: "2026-12-16",
          reason: "Carol concert in the hall",
          sessions: [{ startTime: "18:00", endTime: "19:30", label: null, exceptionId: created[1].id }],
          usual: [{ startTime: "18:00", endTime: "21:00", label: "Women-only evening", sessionId: expect.any(String) }],
          bankHoliday: null,
        },
        { kind: "extra", date: "2026-12-17", startTime: "13:00", endTime: "15:00", label: null, reason: "An extra afternoon before the holidays", exceptionId: created[2].id },
        { kind: "closed", startDate: "2026-12-24", endDate: "2026-12-27", reason: "Closed for Christmas", bankHoliday: null, cancelsSessions: true },
      ]);
      // Search engines hear of the closure too, a month ahead.
      expect(page.jsonLd.specialOpeningHoursSpecification).toEqual(
        expect.arrayContaining([
          { "@type": "OpeningHoursSpecification", opens: "00:00", closes: "00:00", validFrom: "2026-12-24", validThrough: "2026-12-27" },
          { "@type": "OpeningHoursSpecification", opens: "18:00", closes: "19:30", validFrom: "2026-12-16", validThrough: "2026-12-16" },
        ]),
      );
      expect(JSON.stringify(page.jsonLd)).not.toContain("2027-07-01");

      // Clarendon Corner opens on Mondays: Boxing Day (Monday 28 December) is unanswered, Easter Monday answered.
      const clarendonPage = await cafe("clarendon-corner-cafe");
      expect(clarendonPage.upcoming).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ kind: "bank-holiday-check", date: "2026-12-28", name: "Boxing Day (substitute day)" }),
          expect.objectContaining({ kind: "bank-holiday-open", date: "2027-03-29", name: "Easter Monday" }),
          expect.objectContaining({ kind: "bank-holiday-check", date: "2027-05-03" }),
        ]),
      );
    } finally {
      await prisma.scheduleException.deleteMany({ where: { id: { in: created.map((e) => e.id) } } });
      invalidatePublicData();
    }
  });

  it("during a closure, says when the café reopens, and a reason that says “Closed” is not doubled", async () => {
    setClock(new Date("2026-12-24T17:00:00Z"));
    try {
      const page = await cafe("marlborough-square-cafe-coalville");
      expect(page.status).toMatchObject({ label: "Closed", text: "Closed for Christmas and New Year. Reopens Wednesday 6 January at 4pm", notes: [] });
      expect(page.upcoming[0]).toMatchObject({ kind: "closed", startDate: "2026-12-24", endDate: "2027-01-02", reason: "Closed for Christmas and New Year" });
    } finally {
      setClock(new Date(NOW));
    }
  });

  it("lists no upcoming changes for a paused or closed café", async () => {
    expect((await cafe("uppingham-market-place-cafe")).upcoming).toEqual([]);
    expect((await cafe("desford-evening-cafe")).upcoming).toEqual([]);
  });

  it("says the hours were not confirmed recently after 90 days", async () => {
    await prisma.cafe.update({ where: { slug: "watermead-evening-cafe" }, data: { hoursVerifiedAt: new Date("2026-08-01T12:00:00Z") } });
    invalidatePublicData();
    expect((await cafe("watermead-evening-cafe")).cafe.stale).toBe(true);
    await prisma.cafe.update({ where: { slug: "watermead-evening-cafe" }, data: { hoursVerifiedAt: new Date("2026-11-20T12:00:00Z") } });
    invalidatePublicData();
    expect((await cafe("watermead-evening-cafe")).cafe.stale).toBe(false);
  });

  it("a closed café's page exists, says it is closed and lists open cafés nearby", async () => {
    const page = await cafe("desford-evening-cafe");
    expect(page.cafe.status).toBe("closed");
    expect(page.status).toBeNull();
    expect(page.alternatives).toHaveLength(3);
    expect(page.alternatives.map((a) => a.slug)).not.toContain("desford-evening-cafe");
    const miles = page.alternatives.map((a) => a.miles!);
    expect([...miles].sort((a, b) => a - b)).toEqual(miles);
    expect(page.jsonLd.openingHoursSpecification).toBeUndefined();
  });

  it("a paused café's page says so, with open cafés nearby", async () => {
    const page = await cafe("uppingham-market-place-cafe");
    expect(page.cafe.status).toBe("paused");
    expect(page.alternatives[0]!.slug).toBe("vale-of-catmose-cafe");
  });

  it.each([["shepshed-community-cafe"], ["no-such-cafe"], ["..%2Fetc"], ["A".repeat(300)]])("%s is a 404", async (slug) => {
    const response = await call(cafePage.loader as RouteFn, `/cafes/${slug}`, { slug });
    expect(response.status).toBe(404);
  });
});

describe("what a café page shows after a change", () => {
  const closureOn = (page: SerializeFrom<typeof cafePage.loader>, date: string) =>
    page.nextWeek.days.find((d) => d.date === date)!.notes.some((n) => n.kind === "closed");

  it("shows a change made by the café's team at once, although the café was read before", async () => {
    const lantern = await prisma.cafe.findUniqueOrThrow({ where: { slug: "lantern-womens-cafe" } });
    const user = await prisma.user.findUniqueOrThrow({ where: { email: "admin@example.org" }, include: { roles: true } });
    const admin = { id: user.id, roles: user.roles };
    expect(closureOn(await cafe("lantern-womens-cafe"), "2026-12-02")).toBe(false);
    const input = { kind: "closed", startDate: "2026-12-02", endDate: "2026-12-02", startTime: null, endTime: null, reason: "Closed for a deep clean", offerId: null } as const;
    const added = await addException(admin, lantern.id, input);
    expect(added.ok).toBe(true);
    expect(closureOn(await cafe("lantern-womens-cafe"), "2026-12-02")).toBe(true);
    if (added.ok) await removeException(admin, lantern.id, added.id);
    expect(closureOn(await cafe("lantern-womens-cafe"), "2026-12-02")).toBe(false);
  });

  it("shows a change made elsewhere (another instance, the database) once the periodic check has seen it", async () => {
    const slug = "watermead-evening-cafe";
    expect((await cafe(slug)).cafe.gettingThere).not.toBe("Take the 54 bus");
    const before = await prisma.cafe.findUniqueOrThrow({ where: { slug } });
    // As another instance would write: no invalidatePublicData() in this process.
    await prisma.cafe.update({ where: { slug }, data: { gettingThere: "Take the 54 bus", updatedAt: new Date() } });
    try {
      const realNow = Date.now();
      const clock = vi.spyOn(Date, "now").mockImplementation(() => realNow + 31_000);
      try {
        let seen = false;
        for (let attempt = 0; attempt < 50 && !seen; attempt++) {
          seen = (await cafe(slug)).cafe.gettingThere === "Take the 54 bus";
          if (!seen) await new Promise((resolve) => setTimeout(resolve, 20));
        }
        expect(seen).toBe(true);
      } finally {
        clock.mockRestore();
      }
    } finally {
      await prisma.cafe.update({ where: { slug }, data: { gettingThere: before.gettingThere } });
      invalidatePublicData();
    }
  });
});

describe("print view and text summary", () => {
  it("has a QR code to the page's address and a text of at most 300 characters", async () => {
    const response = await call(printPage.loader as RouteFn, "/cafes/clocktower-evening-cafe/print?format=a6", { slug: "clocktower-evening-cafe" });
    expect(response.status).toBe(200);
    const { cafe: print, format } = (await response.json()) as SerializeFrom<typeof printPage.loader>;
    expect(format).toBe("a6");
    expect(print.url).toBe("https://cafes.example.org/cafes/clocktower-evening-cafe");
    expect(print.qrSvg).toMatch(/^<svg[^>]*viewBox/);
    expect(print.textSummary.length).toBeLessThanOrEqual(300);
    expect(print.textSummary).toContain("Clocktower Evening Café");
    expect(print.textSummary).toContain("LE1 1HL");
    expect(print.textSummary).toContain("Wed 5pm–9pm");
    expect(print.textSummary).toContain("0116 496 0101");
    expect(print.textSummary.endsWith(print.url)).toBe(true);
    expect(print.sessions.map((s) => s.text)).toEqual(expect.arrayContaining(["Wednesday 5pm–9pm"]));
  });

  it("the text names a closure in the coming fortnight and the group a session is for", async () => {
    const clocktower = await prisma.cafe.findUniqueOrThrow({ where: { slug: "clocktower-evening-cafe" } });
    const closure = await prisma.scheduleException.create({
      data: { cafeId: clocktower.id, kind: "closed", startDate: "2026-12-02", endDate: "2026-12-02", reason: "Closed for staff training" },
    });
    invalidatePublicData();
    try {
      const text = await (await call(summaryText.loader as RouteFn, "/cafes/clocktower-evening-cafe/summary.txt", { slug: "clocktower-evening-cafe" })).text();
      expect(text).toContain("Closed Wed 2 Dec.");
      expect(text.trim().length).toBeLessThanOrEqual(300);
    } finally {
      await prisma.scheduleException.delete({ where: { id: closure.id } });
      invalidatePublicData();
    }
    const lantern = await (await call(summaryText.loader as RouteFn, "/cafes/lantern-womens-cafe/summary.txt", { slug: "lantern-womens-cafe" })).text();
    expect(lantern).toContain("Wed 6pm–9pm (Women-only evening)");
    expect(lantern).not.toMatch(/Wed 6pm–9pm(?! \()/);
  });

  it("marks demonstration data on the poster, the card and the text; real cafés carry no mark", async () => {
    const load = async (slug: string) => {
      const response = await call(printPage.loader as RouteFn, `/cafes/${slug}/print`, { slug });
      return ((await response.json()) as SerializeFrom<typeof printPage.loader>).cafe;
    };
    const demo = await load("night-owl-cafe");
    expect(demo.isDemo).toBe(true);
    expect(demo.textSummary.startsWith("Demonstration data – not a real café. ")).toBe(true);
    const summary = await (await call(summaryText.loader as RouteFn, "/cafes/night-owl-cafe/summary.txt", { slug: "night-owl-cafe" })).text();
    expect(summary.startsWith("Demonstration data – not a real café. ")).toBe(true);

    await prisma.cafe.update({ where: { slug: "night-owl-cafe" }, data: { isDemo: false } });
    invalidatePublicData();
    try {
      const real = await load("night-owl-cafe");
      expect(real.isDemo).toBe(false);
      expect(real.textSummary).not.toContain("Demonstration");
    } finally {
      await prisma.cafe.update({ where: { slug: "night-owl-cafe" }, data: { isDemo: true } });
      invalidatePublicData();
    }
  });

  it("defaults to the A4 poster and 404s an unknown café", async () => {
    const response = await call(printPage.loader as RouteFn, "/cafes/night-owl-cafe/print?format=huge", { slug: "night-owl-cafe" });
    expect(((await response.json()) as { format: string }).format).toBe("a4");
    expect((await call(printPage.loader as RouteFn, "/cafes/none/print", { slug: "none" })).status).toBe(404);
  });

  it("serves the summary as plain text, and says a paused café is paused", async () => {
    const response = await call(summaryText.loader as RouteFn, "/cafes/uppingham-market-place-cafe/summary.txt", { slug: "uppingham-market-place-cafe" });
    expect(response.headers.get("Content-Type")).toMatch(/^text\/plain/);
    const text = await response.text();
    expect(text.trim().length).toBeLessThanOrEqual(300);
    expect(text).toMatch(/Paused/);
  });

  it("the poster, the card, the text and the page say when a seasonal session ends or starts", async () => {
    const welland = await prisma.cafe.findUniqueOrThrow({ where: { slug: "welland-evening-cafe" }, include: { sessions: true } });
    const wednesday = welland.sessions.find((s) => s.dayOfWeek === 3)!;
    const set = async (validFrom: string, validUntil: string) => {
      await prisma.weeklySession.update({ where: { id: wednesday.id }, data: { validFrom, validUntil } });
      invalidatePublicData();
    };
    const print = async () =>
      ((await (await call(printPage.loader as RouteFn, "/cafes/welland-evening-cafe/print", { slug: "welland-evening-cafe" })).json()) as SerializeFrom<
        typeof printPage.loader
      >).cafe;
    try {
      await set("2026-11-01", "2027-03-31");
      const winter = await print();
      expect(winter.sessions.map((s) => s.text)).toEqual(["Wednesday 6pm–9pm, until 31 March", "Thursday 5pm–8pm"]);
      expect(winter.textSummary).toContain("Wed 6pm–9pm sessions until 31 Mar.");
      expect(winter.textSummary.length).toBeLessThanOrEqual(300);
      const page = await cafe("welland-evening-cafe");
      expect(page.upcoming).toContainEqual({ kind: "season-end", date: "2027-03-31", dayOfWeek: 3, startTime: "18:00", endTime: "21:00", label: null, sessionId: wednesday.id });
      expect(page.upcoming).not.toEqual([]);

      // A season that has not begun yet: on the poster with its dates, in the list on its first day.
      await set("2027-01-04", "2027-03-31");
      const later = await print();
      expect(later.sessions.map((s) => s.text)).toEqual(["Wednesday 6pm–9pm, from 6 January to 31 March", "Thursday 5pm–8pm"]);
      expect(later.textSummary).toContain("Drop in Thu 5pm–8pm.");
      expect(later.textSummary).toContain("Wed 6pm–9pm sessions from 6 Jan to 31 Mar.");
      expect((await cafe("welland-evening-cafe")).upcoming).toContainEqual(expect.objectContaining({ kind: "season-start", date: "2027-01-06" }));
    } finally {
      await prisma.weeklySession.update({ where: { id: wednesday.id }, data: { validFrom: wednesday.validFrom, validUntil: wednesday.validUntil } });
      invalidatePublicData();
    }
  });

  it("the text keeps every usual session over Christmas, shortening the changes instead", async () => {
    setClock(new Date("2026-12-24T17:00:00Z"));
    try {
      const text = async (slug: string) => (await (await call(summaryText.loader as RouteFn, `/cafes/${slug}/summary.txt`, { slug })).text()).trim();
      // Clarendon Corner: Mondays, and Thursdays for young adults; Castle Street: Wednesdays and Fridays.
      const clarendon = await text("clarendon-corner-cafe");
      expect(clarendon).toMatch(/Drop in Mon 6pm–9pm; Thu 6pm–9pm \(/);
      expect(clarendon).not.toContain("…");
      const castle = await text("castle-street-cafe-hinckley");
      expect(castle).toMatch(/Drop in Wed [^.]*; Fri /);
      expect(castle).not.toContain("…");
      for (const summary of [clarendon, castle]) expect(summary.length).toBeLessThanOrEqual(300);
    } finally {
      setClock(new Date(NOW));
    }
  });

  it("every public café's summary fits a text message", async () => {
    const cafes = await prisma.cafe.findMany({ where: { status: { in: ["open", "paused", "closed"] } }, select: { slug: true } });
    for (const { slug } of cafes) {
      const response = await call(summaryText.loader as RouteFn, `/cafes/${slug}/summary.txt`, { slug });
      expect((await response.text()).trim().length, slug).toBeLessThanOrEqual(300);
    }
  });
});

describe("areas", () => {
  it("lists the footprints active today by area, with their café counts", async () => {
    const response = await call(areasPage.loader as RouteFn, "/areas");
    const { groups } = (await response.json()) as SerializeFrom<typeof areasPage.loader>;
    expect(groups.map((g) => g.area)).toEqual(["Leicester", "Leicestershire", "Rutland"]);
    const rutland = groups.find((g) => g.area === "Rutland")!.footprints;
    expect(rutland).toEqual([expect.objectContaining({ name: "Rutland Healthcare", cafes: 1 })]);
    const total = groups.flatMap((g) => g.footprints).reduce((n, f) => n + f.cafes, 0);
    expect(total).toBe(await prisma.cafe.count({ where: { status: "open", footprintId: { not: null } } }));
  });

  it("shows a footprint's cafés with their status, by code or slug, and its paused ones", async () => {
    const byCode = await call(areaPage.loader as RouteFn, "/areas/U67590", { code: "U67590" });
    expect(byCode.status).toBe(200);
    const page = (await byCode.json()) as SerializeFrom<typeof areaPage.loader>;
    expect(page.footprint).toMatchObject({ name: "Rutland Healthcare", area: "Rutland", active: true });
    expect(page.cafes.map((c) => c.slug)).toEqual(["vale-of-catmose-cafe"]);
    expect(page.cafes[0]!.status.text).toBe("Opens tomorrow at 6pm");
    expect(page.paused.map((c) => c.slug)).toEqual(["uppingham-market-place-cafe"]);
    expect(page.practices.length).toBeGreaterThan(0);
    const bySlug = await call(areaPage.loader as RouteFn, `/areas/${page.footprint.slug}`, { code: page.footprint.slug });
    expect(bySlug.status).toBe(200);
  });

  it("offers the nearest cafés for a footprint without one, and 404s an unknown area", async () => {
    const footprint = await prisma.footprint.findFirstOrThrow({ where: { name: "Cross Counties" } });
    const page = (await (await call(areaPage.loader as RouteFn, `/areas/${footprint.code}`, { code: footprint.code })).json()) as SerializeFrom<
      typeof areaPage.loader
    >;
    expect(page.cafes).toEqual([]);
    expect(page.nearby).toHaveLength(3);
    for (const code of ["nope", "U00000", "%3Cscript%3E", "x".repeat(500)]) {
      expect((await call(areaPage.loader as RouteFn, `/areas/${code}`, { code })).status, code).toBe(404);
    }
  });
});

describe("map boundaries", () => {
  it("serves the LLR outline and the approximate footprints as cacheable GeoJSON", async () => {
    const response = (await boundaries.loader()) as Response;
    expect(response.headers.get("Content-Type")).toMatch(/geo\+json/);
    expect(response.headers.get("Cache-Control")).toMatch(/public, max-age=\d+/);
    const data = (await response.json()) as { type: string; features: { properties: { kind: string; approximate: boolean }; geometry: { type: string } }[] };
    expect(data.type).toBe("FeatureCollection");
    expect(data.features.filter((f) => f.properties.kind === "llr")).toHaveLength(1);
    const footprints = data.features.filter((f) => f.properties.kind === "footprint");
    expect(footprints.length).toBeGreaterThanOrEqual(20);
    expect(footprints.every((f) => f.properties.approximate && /Polygon/.test(f.geometry.type))).toBe(true);
    expect(JSON.stringify(data).length).toBeLessThan(150_000);
  });
});
