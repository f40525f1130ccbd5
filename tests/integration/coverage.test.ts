// @database-behaviour: the dashboard reads its large lists with SQL of its own (one JSON array per read), written once for both databases.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { DashboardRow, Headline } from "~/modules/coverage";
import { prisma } from "~/platform/db.server";
import { loader } from "~/routes/coverage._index";
import { loader as footprintLoader } from "~/routes/coverage.footprint.$code";
import { loader as csvLoader } from "~/routes/coverage.table[.]csv";
import { call, demoCookie, get, makeOrganisationWithCafe } from "./auth.helpers";
import { setClock } from "./clock.helpers";

type Page = { canSeeStale: boolean; timeline: { month: string; covered: number; active: number; projected: boolean }[]; rows: DashboardRow[]; headline: Headline; asOf: string; projection: { allCoveredBy: string | null; noDateYet: string[]; nothingOnTheWay: string[] } };

const commissionerCookie = () => demoCookie("commissioner@example.org");
// Wednesday 4 November 2026, noon: the coming week runs to Tuesday 10 November.
const NOW = new Date("2026-11-04T12:00:00Z");

async function page(query = ""): Promise<Page> {
  const response = await call(loader, get(`/coverage${query}`, await commissionerCookie()));
  expect(response.status).toBe(200);
  return (await response.json()) as Page;
}
async function csv(query = ""): Promise<{ response: Response; lines: string[] }> {
  const response = await call(csvLoader, get(`/coverage/table.csv${query}`, await commissionerCookie()));
  return { response, lines: (await response.text()).trim().split("\r\n") };
}
const rowOf = (p: Page, code: string) => p.rows.find((r) => r.key === code);

let footprintId = "";
let cafeId = "";
let organisationId = "";
let roundId = "";
const CODE = "T99001";

beforeAll(async () => {
  setClock(NOW);
  const footprint = await prisma.footprint.create({
    data: { code: CODE, slug: "test-footprint", name: "Test Footprint", area: "Rutland", listSize: 20_000, listSizeVerified: false, centroidLat: 52.66, centroidLng: -0.7 },
  });
  footprintId = footprint.id;
  const { organisation, cafe } = await makeOrganisationWithCafe("coverage");
  organisationId = organisation.id;
  cafeId = cafe.id;
  await prisma.cafe.update({ where: { id: cafeId }, data: { footprintId, status: "planned", hoursVerifiedAt: NOW } });
  await prisma.weeklySession.createMany({
    data: [
      { cafeId, dayOfWeek: 2, startTime: "10:00", endTime: "12:00" },
      { cafeId, dayOfWeek: 6, startTime: "18:00", endTime: "21:00" },
    ],
  });
  const round = await prisma.grantRound.create({ data: { slug: "coverage-test", title: "Test round", kind: "neighbourhood", budgetPence: 1_000_000, maxAwardPence: 500_000 } });
  roundId = round.id;
});
afterAll(() => setClock(null));

describe("the coverage dashboard", () => {
  it("builds a footprint's page without the cafés' histories (only the dashboard needs the timeline)", async () => {
    const spy = vi.spyOn(prisma.auditEvent, "findMany");
    try {
      const response = await call(footprintLoader, get(`/coverage/footprint/${CODE}`, await commissionerCookie()), { code: CODE });
      expect(response.status).toBe(200);
      expect(spy).not.toHaveBeenCalled();
      await page();
      expect(spy).toHaveBeenCalled();
    } finally {
      spy.mockRestore();
    }
  });

  it("lists the universities in Leicester under ?area=Leicester, in the table and the CSV", async () => {
    const p = await page("?area=Leicester");
    const universities = p.rows.filter((r) => r.kind === "university").map((r) => r.name);
    expect(universities).toEqual(expect.arrayContaining([expect.stringMatching(/De Montfort/), expect.stringMatching(/University of Leicester/)]));
    expect(universities.some((n) => /Loughborough/.test(n))).toBe(false);
    const { lines } = await csv("?area=Leicester");
    expect(lines.some((l) => l.includes("De Montfort"))).toBe(true);
  });

  it("says there is no such area for an unknown ?area=, rather than showing every area", async () => {
    const p = (await page("?area=Mars")) as Page & { query: { unknownArea?: string } };
    expect(p.query.unknownArea).toBe("Mars");
    expect(p.rows).toEqual([]);
    expect((await csv("?area=Mars")).lines).toHaveLength(1);
  });

  it("shows the demo cafés' history: months of it, from before the footprint changes of April 2022", async () => {
    const history = (await page()).timeline.filter((q) => !q.projected);
    expect(history[0]!.month <= "2022-03").toBe(true);
    expect(history.map((q) => q.month)).toContain("2022-04");
    expect(history.length).toBeGreaterThan(36);
    // Coverage grew over the years as the demo cafés opened (one closed in 2025).
    const at = (m: string) => history.find((q) => q.month === m)!.covered;
    expect(at("2022-01")).toBeLessThan(at("2023-12"));
    expect(at("2023-12")).toBeLessThan(at("2025-12"));
  });

  it("offers the stale-listings page only to those who may open it", async () => {
    expect((await page()).canSeeStale).toBe(true);
    const officer = await call(loader, get("/coverage", await demoCookie("officer@example.org")));
    expect(officer.status).toBe(200);
    expect(((await officer.json()) as Page).canSeeStale).toBe(false);
  });

  it("counts the footprints active today and those with an open café, from the live records", async () => {
    const p = await page();
    const active = await prisma.footprint.count({ where: { closedOn: null } });
    expect(p.headline.activeFootprints).toBe(active);
    expect(p.rows.map((r) => r.key)).not.toContain("U05796"); // closed in 2022
    const withOpenCafe = await prisma.footprint.count({ where: { closedOn: null, cafes: { some: { status: "open" } } } });
    expect(p.headline.coveredFootprints).toBe(withOpenCafe);
    expect(p.rows.filter((r) => r.kind === "university").map((r) => r.name).sort()).toEqual([
      "De Montfort University",
      "Loughborough University",
      "University of Leicester",
    ]);
  });

  it("follows a café from planned to open, paused and closed, with its hours, in the table and the CSV", async () => {
    expect(rowOf(await page(), CODE)).toMatchObject({ status: "covered-soon", open: 0, onTheWay: 1 });

    await prisma.cafe.update({ where: { id: cafeId }, data: { status: "open" } });
    const opened = rowOf(await page(), CODE)!;
    expect(opened).toMatchObject({ status: "covered", open: 1 });
    expect(opened.hours).toEqual({ sessions: 2, minutes: 300, eveningMinutes: 180, weekendMinutes: 180 });
    expect(opened.per10k).toEqual({ value: 2.5, approximate: true });
    const { lines } = await csv("?area=Rutland&sort=name");
    const line = lines.find((l) => l.includes("Test Footprint"))!;
    expect(line).toContain("2026-11-04");
    expect(line).toContain("Covered");
    expect(line).toContain("2 sessions, 5 h");
    expect(line).toContain("2.5 (unverified)");

    await prisma.cafe.update({ where: { id: cafeId }, data: { status: "paused" } });
    expect(rowOf(await page(), CODE)).toMatchObject({ status: "gap", open: 0, paused: 1, hours: { minutes: 0 } });

    await prisma.cafe.update({ where: { id: cafeId }, data: { status: "closed" } });
    expect(rowOf(await page(), CODE)).toMatchObject({ status: "gap", open: 0, paused: 0 });
    expect((await csv("?area=Rutland")).lines.find((l) => l.includes("Test Footprint"))).toContain("Gap");
  });

  it("counts an exception in the coming week: a closed Saturday takes its hours away", async () => {
    await prisma.cafe.update({ where: { id: cafeId }, data: { status: "open" } });
    await prisma.scheduleException.create({ data: { cafeId, kind: "closed", startDate: "2026-11-07", endDate: "2026-11-07" } });
    expect(rowOf(await page(), CODE)!.hours).toMatchObject({ sessions: 1, minutes: 120, eveningMinutes: 0 });
    await prisma.scheduleException.deleteMany({ where: { cafeId } });
    await prisma.cafe.update({ where: { id: cafeId }, data: { status: "closed" } });
  });

  it("follows grant applications as they move: submitted, awarded with a launch date, in set-up", async () => {
    const application = await prisma.grantApplication.create({
      data: { reference: "T-0001", roundId, organisationId, status: "draft", cafeName: "Pipeline Café", footprintId },
    });
    expect(rowOf(await page(), CODE)!.pipeline).toMatchObject({ submitted: 0, awarded: 0, settingUp: 0 });

    await prisma.grantApplication.update({ where: { id: application.id }, data: { status: "submitted" } });
    const submitted = await page();
    expect(rowOf(submitted, CODE)).toMatchObject({ status: "gap", pipeline: { submitted: 1, awarded: 0 } });
    expect(submitted.projection.nothingOnTheWay).toContain("Test Footprint");

    await prisma.grantApplication.update({ where: { id: application.id }, data: { status: "awarded", expectedLaunchDate: "2027-02-15" } });
    const awarded = await page();
    expect(rowOf(awarded, CODE)).toMatchObject({ status: "covered-soon", pipeline: { submitted: 0, awarded: 1, expectedLaunches: ["2027-02-15"] } });
    expect(awarded.projection.nothingOnTheWay).not.toContain("Test Footprint");
    expect((await csv("?area=Rutland")).lines.find((l) => l.includes("Test Footprint"))).toContain("1 awarded");
    expect((await csv("?area=Rutland")).lines.find((l) => l.includes("Test Footprint"))).toContain("expected 15 Feb 2027");

    await prisma.grantApplication.update({ where: { id: application.id }, data: { expectedLaunchDate: "2026-10-01" } });
    expect((await csv("?area=Rutland")).lines.find((l) => l.includes("Test Footprint"))).toContain("expected 1 Oct 2026 (overdue)");

    await prisma.grantApplication.update({ where: { id: application.id }, data: { expectedLaunchDate: null } });
    const undated = await page();
    expect(rowOf(undated, CODE)!.status).toBe("covered-soon");
    expect(undated.projection.noDateYet).toContain("Test Footprint");
    expect(undated.projection.nothingOnTheWay).not.toContain("Test Footprint");
    expect(undated.projection.allCoveredBy).toBeNull();

    await prisma.grantApplication.update({ where: { id: application.id }, data: { status: "accepted" } });
    expect(rowOf(await page(), CODE)!.pipeline).toMatchObject({ awarded: 0, settingUp: 1 });

    const footprintPage = await call(footprintLoader, get(`/coverage/footprint/${CODE}`, await commissionerCookie()), { code: CODE });
    expect(footprintPage.status).toBe(200);
    const { page: fp } = (await footprintPage.json()) as { page: { applications: { reference: string }[]; cafes: unknown[] } };
    expect(fp.applications.map((a) => a.reference)).toEqual(["T-0001"]);
  });

  it("counts Central Access Point bookings of the last 30 days and who came", async () => {
    const booking = (date: string, status: string, place: number) => ({
      reference: `TC${place}${date.slice(8)}`,
      cafeId,
      sessionDate: date,
      slotKey: "weekly:x",
      startsAt: new Date(`${date}T10:00:00Z`),
      endsAt: new Date(`${date}T12:00:00Z`),
      place,
      status,
      consent: true,
    });
    await prisma.booking.createMany({
      data: [booking("2026-10-20", "arrived", 1), booking("2026-10-20", "did-not-attend", 2), booking("2026-10-27", "cancelled", 3), booking("2026-09-01", "arrived", 4)],
    });
    expect(rowOf(await page(), CODE)).toMatchObject({ bookings: 2, attended: 1 });
  });

  it("sorts and filters by the address, and the CSV has exactly the rows shown, in order, dated", async () => {
    const p = await page("?area=Leicester&sort=hours&dir=desc");
    expect(p.rows.every((r) => (r.area ?? r.inArea) === "Leicester")).toBe(true);
    const minutes = p.rows.map((r) => r.hours.minutes);
    expect(minutes).toEqual([...minutes].sort((a, b) => b - a));
    const { response, lines } = await csv("?area=Leicester&sort=hours&dir=desc");
    expect(response.headers.get("Content-Type")).toContain("text/csv");
    expect(response.headers.get("Content-Disposition")).toContain("coverage-2026-11-04.csv");
    expect(lines).toHaveLength(p.rows.length + 1);
    expect(lines.slice(1).map((l) => l.split(",")[1])).toEqual(p.rows.map((r) => (r.name.includes(",") ? `"${r.name}"` : r.name)));
  });

  it("counts the partner services serving a footprint (an area covering it), in the table, the CSV and its page", async () => {
    const before = rowOf(await page(), CODE)!.partnerServices;
    // Services serving the whole of LLR or Rutland serve every Rutland footprint.
    expect(before).toBe(
      await prisma.partnerService.count({
        where: { hiddenAt: null, organisation: { verifiedAt: { not: null }, hiddenAt: null }, areas: { some: { OR: [{ kind: "llr" }, { kind: "district", district: "Rutland" }] } } },
      }),
    );
    await prisma.organisation.update({ where: { id: organisationId }, data: { verifiedAt: NOW } });
    const service = await prisma.partnerService.create({
      data: { organisationId, slug: "coverage-footprint-help", name: "Footprint help line", access: "remote", areas: { create: [{ kind: "footprint", footprintId }] } },
    });
    expect(rowOf(await page(), CODE)!.partnerServices).toBe(before + 1);
    const { lines } = await csv("?area=Rutland&sort=name");
    // The last column (other cells may hold quoted commas).
    expect(lines[0]!.split(",").at(-1)).toBe("Partner services serving it");
    expect(lines.find((l) => l.includes("Test Footprint"))!.split(",").at(-1)).toBe(String(before + 1));

    const response = await call(footprintLoader, get(`/coverage/footprint/${CODE}`, await commissionerCookie()), { code: CODE });
    const { page: fp } = (await response.json()) as { page: { partners: { slug: string; byArea: boolean; byLocation: boolean }[] } };
    expect(fp.partners).toContainEqual(expect.objectContaining({ slug: "coverage-footprint-help", byArea: true, byLocation: false }));

    // Hidden services serve nobody.
    await prisma.partnerService.update({ where: { id: service.id }, data: { hiddenAt: NOW, hiddenReason: "test" } });
    expect(rowOf(await page(), CODE)!.partnerServices).toBe(before);
  });

  it("counts a partner service with a venue in a footprint (the demo debt drop-in in Highfields)", async () => {
    const venue = await prisma.partnerLocation.findFirstOrThrow({ where: { service: { slug: "highfields-debt-advice-drop-in" } } });
    const { suggestFootprint } = await import("~/modules/footprint/index.server");
    const placed = await suggestFootprint(venue.lat, venue.lng, "2026-11-04");
    const response = await call(footprintLoader, get(`/coverage/footprint/${placed!.code}`, await commissionerCookie()), { code: placed!.code });
    const { page: fp } = (await response.json()) as { page: { partners: { slug: string; byLocation: boolean }[]; row: DashboardRow } };
    expect(fp.partners).toContainEqual(expect.objectContaining({ slug: "highfields-debt-advice-drop-in", byLocation: true }));
    expect(fp.row.partnerServices).toBe(fp.partners.length);
  });

  it("has a page per footprint, and answers 404 for an unknown one", async () => {
    const cookie = await commissionerCookie();
    const ok = await call(footprintLoader, get("/coverage/footprint/U64426", cookie), { code: "U64426" });
    expect(ok.status).toBe(200);
    const { page: fp } = (await ok.json()) as { page: { practices: unknown[]; nearest: { footprint: string }[] } };
    expect(fp.practices.length).toBeGreaterThan(0);
    expect(fp.nearest.length).toBeGreaterThan(0);
    const missing = await call(footprintLoader, get("/coverage/footprint/NOPE", cookie), { code: "NOPE" });
    expect(missing.status).toBe(404);
  });

  it("lists a footprint's paused and closed cafés apart, with their dates, and its row matches the dashboard's", async () => {
    const cookie = await commissionerCookie();
    const ok = await call(footprintLoader, get("/coverage/footprint/U74544", cookie), { code: "U74544" });
    expect(ok.status).toBe(200);
    type FootprintPage = { row: DashboardRow; cafes: { name: string }[]; inactive: { name: string; status: string; since: string | null }[] };
    const { page: fp } = (await ok.json()) as { page: FootprintPage };
    const desford = fp.inactive.find((c) => c.name === "Desford Evening Café");
    expect(desford).toMatchObject({ status: "closed" });
    expect(desford!.since).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(fp.cafes.map((c) => c.name)).not.toContain("Desford Evening Café");
    const dashboardRow = (await page()).rows.find((r) => r.key === "U74544")!;
    expect(fp.row).toEqual(dashboardRow);
  });
});
