import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { capPlacesFor } from "~/modules/bookings";
import { loader } from "~/routes/cap._index";
import { prisma } from "~/platform/db.server";
import { resetEnvCache } from "~/platform/env.server";
import { call, demoCookie, get } from "./auth.helpers";

const WEDNESDAY_EVENING = "2026-11-25T18:30:00Z";

beforeEach(() => {
  process.env.FIXED_NOW = WEDNESDAY_EVENING;
  resetEnvCache();
});
afterEach(() => {
  process.env.FIXED_NOW = "";
  resetEnvCache();
});

const capCookie = () => demoCookie("cap@example.org");

type Data = {
  error: string | null;
  place: { label: string; inLLR: boolean } | null;
  cafes: {
    listing: { slug: string; miles: number | null };
    phone: string | null;
    sessionsToday: { start: string; end: string; runningNow: boolean; capPlaces: number; label: string | null }[];
  }[];
};

describe("the Central Access Point's cafés for a caller", () => {
  it("lists the nearest cafés with the rest of today's sessions and the places the CAP may book", async () => {
    const response = await call(loader, get("/cap?q=LE1+1AA", await capCookie()));
    expect(response.status).toBe(200);
    const data = (await response.json()) as Data;
    expect(data.place).toMatchObject({ label: "LE1 1AA", inLLR: true });
    expect(data.cafes.length).toBeGreaterThan(0);
    const miles = data.cafes.map((c) => c.listing.miles ?? Infinity);
    expect([...miles].sort((a, b) => a - b)).toEqual(miles);

    const now = new Date(WEDNESDAY_EVENING);
    const midnight = new Date("2026-11-26T00:00:00Z");
    const sessions = data.cafes.flatMap((c) => c.sessionsToday);
    expect(sessions.some((s) => s.runningNow)).toBe(true);
    for (const s of sessions) {
      expect(new Date(s.end) > now).toBe(true);
      expect(new Date(s.start) < midnight).toBe(true);
    }

    // The places shown are the café team's numbers: the session's own, else the café's default.
    for (const cafe of data.cafes) {
      const record = await prisma.cafe.findUniqueOrThrow({ where: { slug: cafe.listing.slug }, include: { sessions: true } });
      expect(cafe.phone).toBe(record.phone);
      for (const s of cafe.sessionsToday) {
        const time = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(new Date(s.start));
        const weekly = record.sessions.find((w) => w.dayOfWeek === 3 && w.startTime === time);
        if (weekly) expect(s.capPlaces).toBe(capPlacesFor(weekly, record.capPlacesDefault));
      }
    }
  });

  it("shows a session with no CAP places as none, not the café's default", async () => {
    const cafe = (await prisma.cafe.findMany({ where: { status: "open" }, include: { sessions: true } })).find((c) =>
      c.sessions.some((s) => s.dayOfWeek === 3 && s.startTime >= "19:00"),
    );
    expect(cafe).toBeDefined();
    const session = cafe!.sessions.find((s) => s.dayOfWeek === 3 && s.startTime >= "19:00")!;
    await prisma.weeklySession.update({ where: { id: session.id }, data: { capPlaces: 0 } });
    const response = await call(loader, get(`/cap?q=${encodeURIComponent(cafe!.postcode)}`, await capCookie()));
    const data = (await response.json()) as Data;
    const shown = data.cafes.find((c) => c.listing.slug === cafe!.slug);
    expect(shown?.sessionsToday.map((s) => s.capPlaces)).toContain(0);
  });

  it("shows an extra one-off session's own places, and the café's default for one without", async () => {
    const cafe = await prisma.cafe.findUniqueOrThrow({ where: { slug: "beaumont-leys-living-room-cafe" } });
    // Wednesday 25 November: after the usual 18:00–22:00 session.
    const extra = { cafeId: cafe.id, kind: "extra", startDate: "2026-11-25", endDate: "2026-11-25" };
    await prisma.scheduleException.create({ data: { ...extra, startTime: "22:15", endTime: "22:45", capPlaces: 5 } });
    await prisma.scheduleException.create({ data: { ...extra, startTime: "23:00", endTime: "23:30" } });
    const response = await call(loader, get(`/cap?q=${encodeURIComponent(cafe.postcode)}`, await capCookie()));
    const shown = ((await response.json()) as Data).cafes.find((c) => c.listing.slug === cafe.slug);
    const places = (start: string) => shown?.sessionsToday.find((s) => s.start === start)?.capPlaces;
    expect(places("2026-11-25T22:15:00.000Z")).toBe(5);
    expect(places("2026-11-25T23:00:00.000Z")).toBe(cafe.capPlacesDefault);
  });

  it("answers an unknown place with a message, not an error", async () => {
    const response = await call(loader, get("/cap?q=Nowhereville+on+the+Moon", await capCookie()));
    expect(response.status).toBe(200);
    const data = (await response.json()) as Data;
    expect(data.error).toMatch(/could not find/);
    expect(data.cafes).toEqual([]);
  });
});
