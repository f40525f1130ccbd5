import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { prisma } from "~/platform/db.server";
import { resetEnvCache } from "~/platform/env.server";
import { loader as capLoader } from "~/routes/cap._index";
import { action as bookAction, loader as bookLoader } from "~/routes/cap.book";
import { loader as bookedLoader } from "~/routes/cap.bookings.$reference";
import { call, demoCookie, get, makeUser, post, signInCookieFor } from "./auth.helpers";

// Wednesday 25 November 2026, 6:30pm: Beaumont Leys' 6pm–10pm session is on.
const AT = "2026-11-25T18:30:00Z";
const CAFE = "beaumont-leys-living-room-cafe";

beforeEach(async () => {
  process.env.FIXED_NOW = AT;
  resetEnvCache();
  await prisma.booking.deleteMany();
});
afterEach(() => {
  process.env.FIXED_NOW = "";
  resetEnvCache();
});

type Option = { option: string; cafe: { id: string; name: string; miles: number | null }; start: string; left: number; offered: number };
type Found = { error: string | null; options: Option[] };

async function search(q: string, cookie: string) {
  const response = await call(capLoader, get(`/cap?${new URLSearchParams({ q })}`, cookie));
  expect(response.status).toBe(200);
  return (await response.json()) as Found;
}

const details = { callerName: "R.T.", callbackNumber: "0116 254 1747", needs: "Wheelchair user", consent: "on" };

describe("the CAP finds and books a place", () => {
  it("lists sessions with places left, soonest then nearest, and books one with a reference and a summary", async () => {
    const cookie = await demoCookie("cap@example.org");
    const cafe = await prisma.cafe.findUniqueOrThrow({ where: { slug: CAFE } });
    const found = await search(cafe.postcode, cookie);
    expect(found.error).toBeNull();
    expect(found.options.length).toBeGreaterThan(0);
    const starts = found.options.map((o) => Date.parse(o.start));
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
    for (const o of found.options) expect(o.left).toBeGreaterThan(0);
    const option = found.options.find((o) => o.cafe.id === cafe.id)!;
    expect(option).toBeDefined();

    const page = await call(bookLoader, get(`/cap/book?${new URLSearchParams({ option: option.option, search: `q=${cafe.postcode}` })}`, cookie));
    expect(((await page.json()) as { option: Option }).option).toMatchObject({ option: option.option, left: option.left });

    const response = await call(bookAction, post("/cap/book", { option: option.option, search: `q=${cafe.postcode}`, ...details }, cookie));
    expect(response.status).toBe(302);
    const location = response.headers.get("Location")!;
    const reference = location.split("/").pop()!;
    expect(location).toBe(`/cap/bookings/${reference}`);
    const booked = await call(bookedLoader, get(location, cookie), { reference });
    const { summary } = (await booked.json()) as { summary: string };
    expect(summary).toContain(reference);
    expect(summary).toContain(cafe.name);
    expect(summary).toContain("6pm to 10pm");

    const after = await search(cafe.postcode, cookie);
    const same = after.options.find((o) => o.option === option.option);
    if (option.left === 1) expect(same).toBeUndefined();
    else expect(same?.left).toBe(option.left - 1);
  });

  it("when the last place has just gone, says so with the next sessions and keeps what was typed", async () => {
    const cookie = await demoCookie("cap@example.org");
    const cafe = await prisma.cafe.findUniqueOrThrow({ where: { slug: CAFE } });
    const option = (await search(cafe.postcode, cookie)).options.find((o) => o.cafe.id === cafe.id)!;
    for (let i = 0; i < option.left; i += 1) {
      const r = await call(bookAction, post("/cap/book", { option: option.option, ...details }, cookie));
      expect(r.status).toBe(302);
    }
    const response = await call(bookAction, post("/cap/book", { option: option.option, search: `q=${cafe.postcode}`, ...details }, cookie));
    expect(response.status).toBe(409);
    const body = (await response.json()) as { errors: Record<string, string>; values: Record<string, string>; next: Option[] };
    expect(body.errors._form).toMatch(/That place has just been taken/);
    expect(body.values).toMatchObject({ callerName: "R.T.", callbackNumber: "0116 254 1747", needs: "Wheelchair user" });
    expect(body.next.length).toBeGreaterThan(0);
    expect(body.next.map((o) => o.option)).not.toContain(option.option);
    expect(await prisma.booking.count({ where: { cafeId: cafe.id, place: { not: null } } })).toBe(option.offered);
  });

  it("refuses bad details next to the fields, keeping them, and never books", async () => {
    const cookie = await demoCookie("cap@example.org");
    const cafe = await prisma.cafe.findUniqueOrThrow({ where: { slug: CAFE } });
    const option = (await search(cafe.postcode, cookie)).options.find((o) => o.cafe.id === cafe.id)!;
    const response = await call(bookAction, post("/cap/book", { option: option.option, callerName: "", callbackNumber: "999", needs: "ok" }, cookie));
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: Record<string, string>; values: Record<string, string> };
    expect(Object.keys(body.errors).sort()).toEqual(["callbackNumber", "callerName", "consent"]);
    expect(body.values.callbackNumber).toBe("999");
    expect(await prisma.booking.count({ where: { cafeId: cafe.id } })).toBe(0);
  });

  it("is only for the CAP's staff", async () => {
    const cafe = await prisma.cafe.findUniqueOrThrow({ where: { slug: CAFE } });
    const manager = await makeUser([{ role: "cafe-manager", cafeId: cafe.id }]);
    const cookie = await signInCookieFor(manager.id);
    const response = await call(bookAction, post("/cap/book", { option: `${cafe.id}|2026-11-25|weekly:x`, ...details }, cookie));
    expect(response.status).toBe(403);
  });
});
