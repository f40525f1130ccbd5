import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaLibSQL } from "@prisma/adapter-libsql";
import { PrismaClient } from "@prisma/client";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { validateException, validateSession, type ExceptionKind } from "~/modules/schedule";
import { verifyPassword } from "~/modules/identity/index.server";
import { DEMO_DOCS_PATH, E2E_INSTANT, renderDemoDocs } from "../../prisma/demo/docs";
import { bankHolidays, londonDateTime } from "../../prisma/demo/calendar";
import { stateAt } from "../../prisma/demo/schedule";
import { readCsv } from "../../prisma/reference/files";
import { distanceKm, pointInGeometry } from "../../prisma/reference/geo";
import { demoWanted, runSeed } from "../../prisma/seed";

/**
 * The seed against brand-new SQLite files: migrations applied once to an empty template, which each
 * scenario copies, so every scenario starts from a database with no rows at all.
 */
const NOW = new Date(E2E_INSTANT);
const DEMO_PASSWORD = "cafe-network-demo";
const require = createRequire(import.meta.url);

let template = "";
let counter = 0;
const clients: PrismaClient[] = [];

function freshDatabase(): PrismaClient {
  const file = path.join(inject("runDirectory"), `seed-${process.pid}-${++counter}.db`);
  copyFileSync(template, file);
  const client = new PrismaClient({ adapter: new PrismaLibSQL({ url: `file:${file}` }) });
  clients.push(client);
  return client;
}

beforeAll(() => {
  template = path.join(inject("runDirectory"), `seed-empty-${process.pid}.db`);
  execFileSync(process.execPath, [require.resolve("prisma/build/index.js"), "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: `file:${template}` },
    stdio: ["ignore", "ignore", "pipe"],
  });
});

afterAll(async () => {
  for (const client of clients) await client.$disconnect();
});

async function counts(prisma: PrismaClient) {
  return {
    footprints: await prisma.footprint.count(),
    footprintChanges: await prisma.footprintChange.count(),
    practices: await prisma.practice.count(),
    coverageSites: await prisma.coverageSite.count(),
    tags: await prisma.tag.count(),
    organisations: await prisma.organisation.count(),
    cafes: await prisma.cafe.count(),
    cafeTags: await prisma.cafeTag.count(),
    offers: await prisma.offer.count(),
    offerTags: await prisma.offerTag.count(),
    sessions: await prisma.weeklySession.count(),
    exceptions: await prisma.scheduleException.count(),
    users: await prisma.user.count(),
    roles: await prisma.roleAssignment.count(),
  };
}

const LE1 = (() => {
  const row = readCsv("outcodes.csv").find((r) => r.outcode === "LE1")!;
  return { lat: Number(row.lat), lng: Number(row.lng) };
})();

describe("seed of an empty database, with demo data", () => {
  let prisma: PrismaClient;
  let firstSummary = "";
  let secondSummary = "";
  let afterFirst: Awaited<ReturnType<typeof counts>>;
  let afterSecond: Awaited<ReturnType<typeof counts>>;

  beforeAll(async () => {
    prisma = freshDatabase();
    firstSummary = await runSeed({ prisma, demo: true, now: NOW });
    afterFirst = await counts(prisma);
    secondSummary = await runSeed({ prisma, demo: true, now: NOW });
    afterSecond = await counts(prisma);
  });

  it("loads the 27 footprints, 25 of them in the 2021 plan, 26 active today", async () => {
    expect(afterFirst.footprints).toBe(27);
    expect(await prisma.footprint.count({ where: { inPlan2021: true } })).toBe(25);
    expect(await prisma.footprint.count({ where: { closedOn: null } })).toBe(26);
    expect(firstSummary).toContain("27 footprints (26 active today; 27 added)");

    const belgrave = await prisma.footprint.findUniqueOrThrow({ where: { code: "U64426" } });
    expect(belgrave).toMatchObject({
      slug: "belgrave-and-spinney",
      name: "Belgrave and Spinney",
      odsName: "BELGRAVE & SPINNEY HILL PCN",
      area: "Leicester",
      listSize: 45774,
      listSizeVerified: true,
      openedOn: "2019-10-01",
      closedOn: null,
      boundaryApproximate: true,
    });
    const geometry = JSON.parse(belgrave.boundaryGeoJson ?? "null") as { type: string };
    expect(["Polygon", "MultiPolygon"]).toContain(geometry.type);

    const syston = await prisma.footprint.findUniqueOrThrow({ where: { code: "U25294" } });
    expect(syston).toMatchObject({ name: "Syston, Vale and Melton", odsName: "MELTON, SYSTON AND VALE PCN", slug: "syston-vale-and-melton" });

    for (const [code, name, slug] of [
      ["U36231", "Orion", "orion"],
      ["U87499", "G3", "g3"],
    ] as const) {
      const f = await prisma.footprint.findUniqueOrThrow({ where: { code } });
      expect(f).toMatchObject({ name, slug, inPlan2021: false, openedOn: "2022-04-01", closedOn: null, listSize: null });
      expect(f.boundaryGeoJson).toBeTruthy();
    }
    const withoutBoundary = await prisma.footprint.count({ where: { boundaryGeoJson: null } });
    expect(withoutBoundary).toBe(0);
  });

  it("records the 2022 changes: Leicester Health Focus closed, Orion and G3 opened", async () => {
    const changes = await prisma.footprintChange.findMany({ include: { footprint: true }, orderBy: [{ date: "asc" }, { kind: "asc" }] });
    expect(changes.map((c) => [c.footprint.code, c.kind, c.date])).toEqual(
      expect.arrayContaining([
        ["U05796", "closed", "2022-03-31"],
        ["U36231", "opened", "2022-04-01"],
        ["U87499", "opened", "2022-04-01"],
      ]),
    );
    const closure = changes.find((c) => c.kind === "closed")!;
    expect(closure.note).toContain("Leicester City and University");
    expect(closure.note).toContain("Millennium");
    expect(closure.note).toContain("G3");
    const focus = await prisma.footprint.findUniqueOrThrow({ where: { code: "U05796" } });
    expect(focus).toMatchObject({ closedOn: "2022-03-31", inPlan2021: true });
  });

  it("flags Rutland Healthcare's list size as unverified and says why", async () => {
    const rutland = await prisma.footprint.findUniqueOrThrow({ where: { code: "U67590" } });
    expect(rutland).toMatchObject({ name: "Rutland Healthcare", area: "Rutland", listSize: 69519, listSizeVerified: false });
    expect(rutland.listSizeNote).toMatch(/Syston, Vale and Melton/);
    expect(rutland.listSizeNote).toMatch(/population/);
    expect(await prisma.footprint.count({ where: { listSizeVerified: false } })).toBe(1);
  });

  it("loads all 154 practice links with tidy names, towns, positions and dates", async () => {
    expect(afterFirst.practices).toBe(154);
    const willowbrook = await prisma.practice.findFirstOrThrow({ where: { code: "C82029" }, include: { footprint: true } });
    expect(willowbrook).toMatchObject({ name: "Willowbrook Medical Centre (JG Astles)", postcode: "LE5 2NL", town: "Leicester", activeFrom: "2019-10-01", activeUntil: null });
    expect(willowbrook.footprint.code).toBe("U00147");
    const pulman = await prisma.practice.findFirstOrThrow({ where: { code: "C82050" } });
    expect(pulman.name).toBe("Dr NR Pulman's Practice");
    const ashby = await prisma.practice.findFirstOrThrow({ where: { code: "C82014" } });
    expect(ashby.town).toBe("Ashby-de-la-Zouch");
    // Groby Road moved from Leicester Health Focus to G3: two links, one ended.
    const groby = await prisma.practice.findMany({ where: { code: "C82005" }, include: { footprint: true }, orderBy: { activeFrom: "asc" } });
    expect(groby.map((p) => [p.footprint.code, p.activeFrom, p.activeUntil])).toEqual([
      ["U05796", "2019-10-01", "2022-03-31"],
      ["U87499", "2022-04-01", null],
    ]);
    const outside = await prisma.practice.count({ where: { OR: [{ lat: { lt: 52.3 } }, { lat: { gt: 53 } }, { lng: { lt: -1.7 } }, { lng: { gt: -0.4 } }] } });
    expect(outside).toBe(0);
    const shouting = (await prisma.practice.findMany({ select: { name: true } })).filter((p) => /[A-Z]{4,}/.test(p.name));
    expect(shouting).toEqual([]);
  });

  it("loads the three universities", async () => {
    const sites = await prisma.coverageSite.findMany({ orderBy: { name: "asc" } });
    expect(sites.map((s) => [s.slug, s.name, s.kind, s.postcode])).toEqual([
      ["de-montfort-university", "De Montfort University", "university", "LE1 9BH"],
      ["loughborough-university", "Loughborough University", "university", "LE11 3TU"],
      ["university-of-leicester", "University of Leicester", "university", "LE1 7RH"],
    ]);
  });

  it("loads the managed tags, British Sign Language as both a language and an access feature", async () => {
    const tags = await prisma.tag.findMany();
    const bySlug = new Map(tags.map((t) => [t.slug, t]));
    expect(bySlug.get("bsl")?.kind).toBe("access");
    expect(bySlug.get("british-sign-language")?.kind).toBe("language");
    for (const slug of ["women-only", "men", "lgbtq", "students", "young-adults", "older-people", "carers", "south-asian-community", "african-caribbean-community", "muslim-community", "sikh-community", "eastern-european-community", "women-and-families"]) {
      expect(bySlug.get(slug)?.kind, slug).toBe("audience");
    }
    for (const slug of ["english", "gujarati", "punjabi", "urdu", "hindi", "bengali", "polish", "somali", "arabic", "tamil", "romanian", "portuguese"]) {
      expect(bySlug.get(slug)?.kind, slug).toBe("language");
    }
    for (const slug of ["step-free-access", "accessible-toilet", "hearing-loop", "quiet-room", "parking-nearby", "near-bus-stop"]) {
      expect(bySlug.get(slug)?.kind, slug).toBe("access");
    }
    expect(tags.every((t) => t.retiredAt === null)).toBe(true);
  });

  it("changes nothing when run again, and does not load the demo data twice", () => {
    expect(afterSecond).toEqual(afterFirst);
    expect(secondSummary).toContain("27 unchanged");
    expect(secondSummary).toContain("154 unchanged");
    expect(secondSummary).toContain("Demo data not loaded");
  });

  it("loads 14 organisations (café groups and partner groups), about 30 cafés, partner services and grant applications, all flagged as demo data", async () => {
    expect(afterFirst.organisations).toBe(14);
    expect(afterFirst.cafes).toBeGreaterThanOrEqual(28);
    expect(afterFirst.cafes).toBeLessThanOrEqual(32);
    expect(await prisma.organisation.count({ where: { isDemo: false } })).toBe(0);
    expect(await prisma.cafe.count({ where: { isDemo: false } })).toBe(0);
    expect(firstSummary).toContain("Demo data loaded: 14 organisations");
    expect(firstSummary).toMatch(/\d+ partner services, \d+ grant applications/);
    const cafes = await prisma.cafe.findMany();
    for (const c of cafes) {
      expect(c.phone ?? "", c.slug).toMatch(/^(0116 496 0\d{3}|01632 960\d{3}|07700 900\d{3})$/);
      if (c.email) expect(c.email, c.slug).toMatch(/\.example$/);
      expect(c.whoFor, c.slug).toBeTruthy();
      expect(c.gettingThere, c.slug).toBeTruthy();
      expect(c.description.length, c.slug).toBeGreaterThan(30);
    }
  });

  it("spreads the cafés over at least 20 active footprints and at least one university", async () => {
    const cafes = await prisma.cafe.findMany({ include: { footprint: true } });
    const footprints = new Set(cafes.filter((c) => c.status === "open").map((c) => c.footprintId));
    expect(footprints.size).toBeGreaterThanOrEqual(20);
    expect(cafes.every((c) => c.footprint && c.footprint.closedOn === null)).toBe(true);
    const universities = new Set(cafes.filter((c) => c.coverageSiteId).map((c) => c.coverageSiteId));
    expect(universities.size).toBeGreaterThanOrEqual(1);
  });

  it("places every café inside LLR and inside its footprint's boundary, at its postcode's position", async () => {
    const postcodes = new Map(readCsv("llr-postcodes.csv").map((r) => [r.postcode, { lat: Number(r.lat), lng: Number(r.lng) }]));
    const cafes = await prisma.cafe.findMany({ include: { footprint: true } });
    const rutland = await prisma.footprint.findUniqueOrThrow({ where: { code: "U67590" } });
    for (const c of cafes) {
      expect(pointInGeometry(c.lat, c.lng, rutland.boundaryGeoJson!), `${c.slug} in Rutland`).toBe(c.footprint!.code === "U67590");
      expect(c.lat, c.slug).toBeGreaterThan(52.3);
      expect(c.lat, c.slug).toBeLessThan(52.95);
      expect(c.lng, c.slug).toBeGreaterThan(-1.6);
      expect(c.lng, c.slug).toBeLessThan(-0.4);
      expect(postcodes.get(c.postcode), c.slug).toEqual({ lat: c.lat, lng: c.lng });
      expect(pointInGeometry(c.lat, c.lng, c.footprint!.boundaryGeoJson!), `${c.slug} in ${c.footprint!.name}`).toBe(true);
    }
  });

  it("has the statuses, stale listings and schedules the features need", async () => {
    const cafes = await prisma.cafe.findMany({ include: { sessions: true, tags: { include: { tag: true } }, offers: { include: { tags: { include: { tag: true } } } } } });
    const byStatus = (s: string) => cafes.filter((c) => c.status === s).length;
    expect(byStatus("paused")).toBe(1);
    expect(byStatus("setting-up")).toBe(1);
    expect(byStatus("closed")).toBe(1);
    expect(byStatus("open")).toBe(cafes.length - 3);

    const ageDays = (c: (typeof cafes)[number]) => (NOW.getTime() - c.hoursVerifiedAt!.getTime()) / 86_400_000;
    const open = cafes.filter((c) => c.status === "open");
    expect(open.filter((c) => ageDays(c) > 90)).toHaveLength(2);
    expect(open.filter((c) => ageDays(c) >= 60 && ageDays(c) <= 90)).toHaveLength(1);
    expect(open.filter((c) => ageDays(c) < 60).length).toBeGreaterThan(20);

    for (const c of cafes) {
      const kinds = new Set(c.tags.map((t) => t.tag.kind));
      expect(kinds.has("language") && kinds.has("access"), c.slug).toBe(true);
      expect(c.sessions.length, c.slug).toBeGreaterThan(0);
      for (const s of c.sessions) {
        expect(s.dayOfWeek).toBeGreaterThanOrEqual(1);
        expect(s.dayOfWeek).toBeLessThanOrEqual(7);
        expect(s.startTime).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
        expect(s.endTime).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
        expect(s.endTime).not.toBe(s.startTime);
      }
    }
    const sessions = cafes.flatMap((c) => c.sessions);
    expect(sessions.some((s) => s.endTime < s.startTime)).toBe(true);
    expect(sessions.some((s) => s.validFrom && s.validUntil)).toBe(true);
    expect(sessions.some((s) => s.capPlaces === 0)).toBe(true);
    expect(sessions.some((s) => s.capPlaces === null)).toBe(true);
    expect(cafes.filter((c) => new Set(c.sessions.map((s) => s.dayOfWeek)).size > 1).length).toBeGreaterThan(5);

    const offerTags = new Set(cafes.flatMap((c) => c.offers.flatMap((o) => o.tags.map((t) => t.tag.slug))));
    for (const slug of ["women-only", "gujarati", "punjabi", "students", "lgbtq", "african-caribbean-community", "carers"]) expect(offerTags).toContain(slug);
    const offerIds = new Set(cafes.flatMap((c) => c.offers.map((o) => o.id)));
    const linked = new Set(sessions.map((s) => s.offerId).filter(Boolean));
    expect([...offerIds].every((id) => linked.has(id))).toBe(true);
  });

  it("has schedule exceptions of every kind, dated from now", async () => {
    const exceptions = await prisma.scheduleException.findMany();
    const today = londonDateTime(NOW).date;
    expect(new Set(exceptions.map((e) => e.kind))).toEqual(new Set(["closed", "hours", "extra", "bank-holiday-open", "bank-holiday-closed"]));
    expect(exceptions.every((e) => e.startDate > today && e.endDate >= e.startDate && e.reason)).toBe(true);
    expect(exceptions).toEqual(expect.arrayContaining([expect.objectContaining({ kind: "closed", startDate: "2026-12-24", endDate: "2027-01-02", reason: "Closed for Christmas and New Year" })]));
    const single = exceptions.filter((e) => e.kind === "closed" && e.startDate === e.endDate);
    expect(single).toHaveLength(1);
    expect(single[0]!.startDate >= "2026-12-02" && single[0]!.startDate <= "2026-12-08").toBe(true);
    const bankHolidays = exceptions.filter((e) => e.kind.startsWith("bank-holiday"));
    expect(bankHolidays.map((e) => e.startDate).sort()).toEqual(["2026-12-25", "2026-12-28"]);
    expect(exceptions.filter((e) => e.kind === "hours" || e.kind === "extra").every((e) => e.startTime && e.endTime)).toBe(true);
  });

  it("keeps to the app's schedule rules (no overlapping sessions, plausible exceptions)", async () => {
    const today = londonDateTime(NOW).date;
    const holidays = [2026, 2027].flatMap((y) => bankHolidays(y).map((h) => h.date));
    const cafes = await prisma.cafe.findMany({ include: { sessions: true, exceptions: true } });
    for (const c of cafes) {
      for (const s of c.sessions) expect(validateSession(s, c.sessions), `${c.slug} ${s.dayOfWeek} ${s.startTime}`).toEqual([]);
      for (const e of c.exceptions) {
        const candidate = { ...e, kind: e.kind as ExceptionKind };
        const context = { today, sessions: c.sessions, exceptions: c.exceptions.map((x) => ({ ...x, kind: x.kind as ExceptionKind })), bankHolidays: holidays };
        expect(validateException(candidate, context), `${c.slug} ${e.kind}`).toEqual([]);
      }
    }
  });

  it("creates one demo account per role, each signing in with the demo password", async () => {
    const users = await prisma.user.findMany({ include: { roles: true } });
    expect(users.map((u) => u.email).sort()).toEqual(
      ["admin", "cafe", "cap", "commissioner", "officer", "panel", "vcs"].map((n) => `${n}@example.org`),
    );
    for (const u of users) {
      expect(await verifyPassword(u.passwordHash, DEMO_PASSWORD), u.email).toBe(true);
      expect(await verifyPassword(u.passwordHash, "wrong-password"), u.email).toBe(false);
      expect(u.name).toMatch(/^\S+ \S+$/);
    }
    const role = (email: string) => users.find((u) => u.email === email)!.roles;
    expect(role("admin@example.org")).toMatchObject([{ role: "admin", organisationId: null, cafeId: null }]);
    expect(role("officer@example.org")[0]?.role).toBe("grant-officer");
    expect(role("panel@example.org")[0]?.role).toBe("panel-member");
    expect(role("commissioner@example.org")[0]?.role).toBe("commissioner");
    expect(role("cap@example.org")[0]?.role).toBe("cap-staff");

    const [member] = role("vcs@example.org");
    expect(member?.role).toBe("organisation-member");
    const organisation = await prisma.organisation.findUniqueOrThrow({ where: { id: member!.organisationId! }, include: { cafes: true } });
    expect(organisation.isDemo).toBe(true);
    expect(organisation.cafes.length).toBeGreaterThan(1);

    const managed = role("cafe@example.org");
    expect(managed).toHaveLength(2);
    expect(managed.every((r) => r.role === "cafe-manager" && r.cafeId)).toBe(true);
    for (const r of managed) {
      const cafe = await prisma.cafe.findUniqueOrThrow({ where: { id: r.cafeId! }, include: { sessions: true } });
      expect(cafe.status).toBe("open");
      expect(cafe.sessions.some((s) => s.dayOfWeek === 3 && s.startTime >= "16:00")).toBe(true);
    }
  });

  it("at the browser tests' instant, has cafés open (some in LE1), opening later and opening tomorrow", async () => {
    const { date, time } = londonDateTime(NOW);
    expect([date, time]).toEqual(["2026-11-25", "18:30"]);
    const cafes = await prisma.cafe.findMany({
      where: { status: "open" },
      include: { sessions: { include: { offer: { include: { tags: { include: { tag: true } } } } } }, exceptions: true },
    });
    const states = cafes.map((c) => ({ cafe: c, state: stateAt(c, date, time), km: distanceKm(LE1, c) }));
    const open = states.filter((s) => s.state.open);
    expect(open.length).toBeGreaterThanOrEqual(5);
    expect(open.filter((s) => s.km < 1).length).toBeGreaterThanOrEqual(2);
    expect(states.filter((s) => !s.state.open && s.state.next?.date === date).length).toBeGreaterThanOrEqual(2);
    expect(states.filter((s) => !s.state.open && s.state.next?.date === "2026-11-26").length).toBeGreaterThanOrEqual(2);

    const runningOffer = (c: (typeof cafes)[number], tag: string) =>
      c.sessions.some((s) => s.dayOfWeek === 3 && s.startTime <= time && time < s.endTime && s.offer?.tags.some((t) => t.tag.slug === tag));
    expect(open.some((s) => s.km < 1 && runningOffer(s.cafe, "women-only"))).toBe(true);
    expect(open.some((s) => s.km < 3 && runningOffer(s.cafe, "gujarati"))).toBe(true);
  });
});

describe("seed without demo data", () => {
  it("loads only the reference data when demo is false", async () => {
    const prisma = freshDatabase();
    const summary = await runSeed({ prisma, demo: false, now: NOW });
    const c = await counts(prisma);
    expect(c).toMatchObject({ footprints: 27, practices: 154, coverageSites: 3, organisations: 0, cafes: 0, users: 0 });
    expect(summary).toContain("Demo data not loaded: DEMO_DATA is off");
  });

  it("reads DEMO_DATA for the default", async () => {
    expect(["off", "0", "false", "no", "OFF", " No "].map((v) => demoWanted(v))).toEqual([false, false, false, false, false, false]);
    expect(["on", "1", "yes", "", undefined].map((v) => demoWanted(v))).toEqual([true, true, true, true, true]);
    // A mistyped "off" must never count as on: the demo accounts share a public password.
    for (const typo of ["disabled", "maybe", "of"]) expect(() => demoWanted(typo)).toThrow(/DEMO_DATA must be "on" or "off"/);
    const prisma = freshDatabase();
    const saved = process.env.DEMO_DATA;
    process.env.DEMO_DATA = "off";
    try {
      await runSeed({ prisma, now: NOW });
    } finally {
      if (saved === undefined) delete process.env.DEMO_DATA;
      else process.env.DEMO_DATA = saved;
    }
    expect(await prisma.cafe.count()).toBe(0);
  });

  it("npm run setup refuses a mistyped DEMO_DATA before creating anything", () => {
    const file = path.join(inject("runDirectory"), `setup-typo-${process.pid}.db`);
    let failure: { status?: number; stderr?: Buffer } = {};
    try {
      execFileSync(process.execPath, [path.resolve("node_modules/tsx/dist/cli.mjs"), "scripts/setup.ts"], {
        env: { ...process.env, DATABASE_URL: `file:${file}`, DEMO_DATA: "disabled" },
        stdio: ["ignore", "pipe", "pipe"],
      });
    } catch (error) {
      failure = error as typeof failure;
    }
    expect(failure.status).toBe(1);
    expect(String(failure.stderr)).toMatch(/^Café Network cannot set up the database: Invalid configuration: DEMO_DATA: must be "on" or "off" .*"disabled"/);
    expect(existsSync(file)).toBe(false);
  });

  it("never loads demo data into a database that already has an organisation", async () => {
    const prisma = freshDatabase();
    await prisma.organisation.create({ data: { slug: "a-real-group", name: "A Real Group" } });
    const summary = await runSeed({ prisma, demo: true, now: NOW });
    expect(summary).toContain("Demo data not loaded: the database already has cafés, organisations, accounts or invitations");
    expect(await prisma.organisation.count()).toBe(1);
    expect(await prisma.cafe.count()).toBe(0);
    expect(await prisma.user.count()).toBe(0);
    expect(await prisma.footprint.count()).toBe(27);
  });

  it("never loads demo data (and its admin with the public password) into a database that has real accounts but no café", async () => {
    const prisma = freshDatabase();
    await runSeed({ prisma, demo: false, now: NOW });
    await prisma.user.create({ data: { email: "lead@trust.example", name: "Real Admin", roles: { create: [{ role: "admin" }] } } });
    // Restarted without DEMO_DATA=off.
    const summary = await runSeed({ prisma, demo: true, now: NOW });
    expect(summary).toContain("Demo data not loaded: the database already has cafés, organisations, accounts or invitations");
    expect(await prisma.user.findUnique({ where: { email: "admin@example.org" } })).toBeNull();
    expect(await prisma.user.count()).toBe(1);
    expect(await prisma.cafe.count()).toBe(0);
  });

  it("never loads demo data once the first administrator has been invited, before they accept", async () => {
    const prisma = freshDatabase();
    await prisma.invitation.create({
      data: { email: "lead@trust.example", role: "admin", tokenHash: "a".repeat(64), expiresAt: new Date(NOW.getTime() + 86_400_000) },
    });
    await runSeed({ prisma, demo: true, now: NOW });
    expect(await prisma.user.count()).toBe(0);
    expect(await prisma.cafe.count()).toBe(0);
  });
});

describe("running the seed again after an admin's changes", () => {
  it("keeps the admin's edits and restores missing reference rows", async () => {
    const prisma = freshDatabase();
    await runSeed({ prisma, demo: false, now: NOW });

    await prisma.footprint.update({ where: { code: "U30213" }, data: { name: "Cross Counties (Harborough villages)", closedOn: "2026-10-31" } });
    await prisma.footprint.update({ where: { code: "U67590" }, data: { listSize: 41200, listSizeVerified: true, listSizeNote: "Checked with the PCN, October 2026." } });
    await prisma.footprint.update({ where: { code: "U09521" }, data: { boundaryGeoJson: '{"type":"Polygon","coordinates":[[[-1.1,52.58],[-1.09,52.58],[-1.09,52.59],[-1.1,52.58]]]}', boundaryApproximate: false } });
    await prisma.footprint.update({ where: { code: "U63948" }, data: { centroidLat: 1 } });
    await prisma.tag.update({ where: { slug: "tamil" }, data: { retiredAt: NOW } });
    await prisma.tag.update({ where: { slug: "near-bus-stop" }, data: { label: "Bus stop outside" } });
    await prisma.practice.deleteMany({ where: { code: "C82029" } });

    const summary = await runSeed({ prisma, demo: false, now: NOW });
    expect(summary).toContain("153 unchanged");

    const cross = await prisma.footprint.findUniqueOrThrow({ where: { code: "U30213" } });
    expect(cross).toMatchObject({ name: "Cross Counties (Harborough villages)", closedOn: "2026-10-31" });
    const rutland = await prisma.footprint.findUniqueOrThrow({ where: { code: "U67590" } });
    expect(rutland).toMatchObject({ listSize: 41200, listSizeVerified: true, listSizeNote: "Checked with the PCN, October 2026." });
    const oadby = await prisma.footprint.findUniqueOrThrow({ where: { code: "U09521" } });
    expect(oadby.boundaryApproximate).toBe(false);
    expect(oadby.boundaryGeoJson).toContain("-1.09");
    // A field that only the files provide is put right.
    const watermead = await prisma.footprint.findUniqueOrThrow({ where: { code: "U63948" } });
    expect(watermead.centroidLat).toBeCloseTo(52.67545, 5);

    expect((await prisma.tag.findUniqueOrThrow({ where: { slug: "tamil" } })).retiredAt).not.toBeNull();
    expect((await prisma.tag.findUniqueOrThrow({ where: { slug: "near-bus-stop" } })).label).toBe("Bus stop outside");
    expect(await prisma.practice.count()).toBe(154);
    expect(await prisma.footprint.count()).toBe(27);
  });
});

describe("docs/demo-data.md", () => {
  it("is up to date with the demo definitions (regenerate with: npx tsx prisma/demo/write-docs.ts)", () => {
    expect(readFileSync(DEMO_DOCS_PATH, "utf8")).toBe(renderDemoDocs());
  });
});
