// @database-behaviour: the CAP's bookings written through the routes, places under a unique key. Runs on PostgreSQL too (vitest.config.ts).
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { prisma } from "~/platform/db.server";
import { resetEnvCache } from "~/platform/env.server";
import { loader as capLoader } from "~/routes/cap._index";
import { action as bookAction, loader as bookLoader } from "~/routes/cap.book";
import { action as cancelAction, loader as bookedLoader } from "~/routes/cap.bookings.$reference";
import { action as cafeAction, loader as cafeLoader } from "~/routes/manage.cafes.$cafeId.bookings";
import { loader as overviewLoader } from "~/routes/manage.cafes.$cafeId._index";
import { loader as countsLoader } from "~/routes/coverage.bookings";
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
    // With nothing else to offer (no search to look again from), it says so rather than "choose below".
    const nothing = await call(bookAction, post("/cap/book", { option: option.option, ...details }, cookie));
    expect(nothing.status).toBe(409);
    const none = (await nothing.json()) as { errors: Record<string, string>; next: Option[] };
    expect(none.next).toEqual([]);
    expect(none.errors._form).toMatch(/no other session near the caller has a place/);
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

  it("books only the dates the search offers: a session weeks ahead sent by hand is refused, keeping what was typed", async () => {
    const cookie = await demoCookie("cap@example.org");
    const cafe = await prisma.cafe.findUniqueOrThrow({ where: { slug: CAFE } });
    const option = (await search(cafe.postcode, cookie)).options.find((o) => o.cafe.id === cafe.id)!;
    const [cafeId, , slot] = option.option.split("|");
    for (const date of ["2026-12-23", "2030-12-04"]) {
      const response = await call(bookAction, post("/cap/book", { option: `${cafeId}|${date}|${slot}`, ...details }, cookie));
      expect(response.status).toBe(409);
      expect((await response.json()) as { values: Record<string, string> }).toMatchObject({ values: { callerName: "R.T." } });
    }
    expect(await prisma.booking.count()).toBe(0);
  });

  it("changes the booking in the address, whatever booking a form names; says when it is already cancelled", async () => {
    const cookie = await demoCookie("cap@example.org");
    const cafe = await prisma.cafe.findUniqueOrThrow({ where: { slug: CAFE } });
    const option = (await search(cafe.postcode, cookie)).options.find((o) => o.cafe.id === cafe.id)!;
    const refs: string[] = [];
    for (const name of ["A.A.", "B.B."]) refs.push((await call(bookAction, post("/cap/book", { option: option.option, ...details, callerName: name }, cookie))).headers.get("Location")!.split("/").pop()!);
    const [first, second] = await Promise.all(refs.map((reference) => prisma.booking.findUniqueOrThrow({ where: { reference } })));
    const cancel = (reference: string, booking: string) =>
      call(cancelAction, post(`/cap/bookings/${reference}`, { intent: "cancel", booking, reason: "The caller has other support" }, cookie), { reference });
    expect((await cancel(first!.reference, second!.id)).status).toBe(302);
    expect(await prisma.booking.findUniqueOrThrow({ where: { id: first!.id } })).toMatchObject({ status: "cancelled" });
    expect(await prisma.booking.findUniqueOrThrow({ where: { id: second!.id } })).toMatchObject({ status: "booked" });
    const again = await cancel(first!.reference, first!.id);
    expect(again.status).toBe(409);
    expect(((await again.json()) as { errors: Record<string, string> }).errors._form).toMatch(/already been cancelled/);
  });

  it("lets the café mark whether a caller came only once the session has started", async () => {
    const capCookie = await demoCookie("cap@example.org");
    const home = await prisma.cafe.findUniqueOrThrow({ where: { slug: CAFE } });
    const tomorrow = await call(capLoader, get(`/cap?${new URLSearchParams({ q: home.postcode, when: "tomorrow" })}`, capCookie));
    const later = ((await tomorrow.json()) as Found).options[0]!;
    expect(Date.parse(later.start)).toBeGreaterThan(Date.parse(AT));
    const cafe = later.cafe;
    const manager = await makeUser([{ role: "cafe-manager", cafeId: cafe.id }]);
    const managerCookie = await signInCookieFor(manager.id);
    const reference = (await call(bookAction, post("/cap/book", { option: later.option, ...details }, capCookie))).headers.get("Location")!.split("/").pop()!;
    const booking = await prisma.booking.findUniqueOrThrow({ where: { reference } });
    const marked = await call(cafeAction, post(`/manage/cafes/${cafe.id}/bookings`, { intent: "arrived", booking: booking.id }, managerCookie), { cafeId: cafe.id });
    expect(marked.status).toBe(409);
    expect(((await marked.json()) as { errors: Record<string, string> }).errors._form).toMatch(/once the session has started/);
    expect(await prisma.booking.findUniqueOrThrow({ where: { id: booking.id } })).toMatchObject({ status: "booked" });
  });

  it("shows the CAP the caller's details, and says when the café has no email to be told by", async () => {
    const cookie = await demoCookie("cap@example.org");
    const cafe = await prisma.cafe.findUniqueOrThrow({ where: { slug: CAFE } });
    const option = (await search(cafe.postcode, cookie)).options.find((o) => o.cafe.id === cafe.id)!;
    const shown = async () => {
      const reference = (await call(bookAction, post("/cap/book", { option: option.option, ...details }, cookie))).headers.get("Location")!.split("/").pop()!;
      return (await (await call(bookedLoader, get(`/cap/bookings/${reference}`, cookie), { reference })).json()) as {
        caller: { name: string; callback: string; needs: string };
        cafe: { emailed: boolean; phone: string | null };
      };
    };
    await prisma.cafe.update({ where: { id: cafe.id }, data: { email: "team@beaumont.example" } });
    const emailed = await shown();
    expect(emailed.caller).toMatchObject({ name: "R.T.", needs: "Wheelchair user" });
    expect(emailed.caller.callback.replace(/\D/g, "")).toMatch(/1162541747$/);
    expect(emailed.cafe.emailed).toBe(true);
    await prisma.cafe.update({ where: { id: cafe.id }, data: { email: null } });
    expect((await shown()).cafe.emailed).toBe(false);
  });

  it("is only for the CAP's staff", async () => {
    const cafe = await prisma.cafe.findUniqueOrThrow({ where: { slug: CAFE } });
    const manager = await makeUser([{ role: "cafe-manager", cafeId: cafe.id }]);
    const cookie = await signInCookieFor(manager.id);
    const response = await call(bookAction, post("/cap/book", { option: `${cafe.id}|2026-11-25|weekly:x`, ...details }, cookie));
    expect(response.status).toBe(403);
  });
});

describe("the café's side", () => {
  it("the café manager sees the booking, marks arrival; the CAP cancels another and the café sees the reason", async () => {
    const capCookie = await demoCookie("cap@example.org");
    const cafe = await prisma.cafe.findUniqueOrThrow({ where: { slug: CAFE } });
    const manager = await makeUser([{ role: "cafe-manager", cafeId: cafe.id }]);
    const managerCookie = await signInCookieFor(manager.id);
    const option = (await search(cafe.postcode, capCookie)).options.find((o) => o.cafe.id === cafe.id)!;
    expect(option.left).toBeGreaterThanOrEqual(2);
    const refs: string[] = [];
    for (const name of ["A.R.", "C.X."]) {
      const r = await call(bookAction, post("/cap/book", { option: option.option, ...details, callerName: name }, capCookie));
      refs.push(r.headers.get("Location")!.split("/").pop()!);
    }
    const [arriving, cancelling] = await Promise.all(refs.map((reference) => prisma.booking.findUniqueOrThrow({ where: { reference } })));

    const overview = (await (await call(overviewLoader, get(`/manage/cafes/${cafe.id}`, managerCookie), { cafeId: cafe.id })).json()) as { bookingsToday: number };
    expect(overview.bookingsToday).toBe(2);

    const marked = await call(cafeAction, post(`/manage/cafes/${cafe.id}/bookings`, { intent: "arrived", booking: arriving!.id }, managerCookie), { cafeId: cafe.id });
    expect(marked.status).toBe(302);
    const refusedReason = await call(cancelAction, post(`/cap/bookings/${cancelling!.reference}`, { intent: "cancel", booking: cancelling!.id, reason: "" }, capCookie), { reference: cancelling!.reference });
    expect(refusedReason.status).toBe(400);
    const cancelled = await call(cancelAction, post(`/cap/bookings/${cancelling!.reference}`, { intent: "cancel", booking: cancelling!.id, reason: "Caller is staying with family" }, capCookie), { reference: cancelling!.reference });
    expect(cancelled.status).toBe(302);

    const page = (await (await call(cafeLoader, get(`/manage/cafes/${cafe.id}/bookings`, managerCookie), { cafeId: cafe.id })).json()) as {
      bookings: { reference: string; status: string; callerName: string; cancelReason: string | null; cancelledBy: string | null }[];
    };
    expect(page.bookings.find((b) => b.reference === arriving!.reference)).toMatchObject({ status: "arrived", callerName: "A.R." });
    expect(page.bookings.find((b) => b.reference === cancelling!.reference)).toMatchObject({ status: "cancelled", cancelReason: "Caller is staying with family", cancelledBy: "cap" });

    // The CAP moves a booking to another session of the café (only a booking not yet attended is offered a move).
    const third = await call(bookAction, post("/cap/book", { option: option.option, ...details, callerName: "M.V." }, capCookie));
    const moving = third.headers.get("Location")!.split("/").pop()!;
    const shown = (await (await call(bookedLoader, get(`/cap/bookings/${moving}`, capCookie), { reference: moving })).json()) as { id: string; moveTo: Option[] };
    expect(shown.moveTo.length).toBeGreaterThan(0);
    expect(shown.moveTo.map((o) => o.option)).not.toContain(option.option);
    const target = shown.moveTo[0]!;
    const moved = await call(cancelAction, post(`/cap/bookings/${moving}`, { intent: "move", booking: shown.id, option: target.option, why: "Caller prefers tomorrow" }, capCookie), { reference: moving });
    expect(moved.status).toBe(302);
    const after = await prisma.booking.findUniqueOrThrow({ where: { reference: moving } });
    expect(`${after.cafeId}|${after.sessionDate}|${after.slotKey}`).toBe(target.option);

    const commissioner = await makeUser([{ role: "commissioner" }]);
    const commissionerCookie = await signInCookieFor(commissioner.id);
    const denied = await call(cafeLoader, get(`/manage/cafes/${cafe.id}/bookings`, commissionerCookie), { cafeId: cafe.id });
    expect(denied.status).toBe(403);
    // Commissioners see counts only.
    const counts = await call(countsLoader, get("/coverage/bookings", commissionerCookie));
    const text = await counts.text();
    expect(JSON.parse(text).rows).toEqual(
      expect.arrayContaining([expect.objectContaining({ date: "2026-11-25", cafe: cafe.name, counts: { arrived: 1, cancelled: 1 } })]),
    );
    expect(text).not.toMatch(/A\.R\.|C\.X\.|M\.V\.|0116 254 1747|Wheelchair|staying with family/);
  });
});
