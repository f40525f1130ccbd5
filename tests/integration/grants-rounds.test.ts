import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "~/platform/db.server";
import * as roundRoute from "~/routes/grants.rounds.$roundId";
import { call, json, makeUser, post, signInCookieFor } from "./auth.helpers";
import { setClock } from "./clock.helpers";
import { makeRound } from "./grants-apply.helpers";

/** A grant officer edits a round's details: refusals come back next to the field they are about. */
let cookie: string;

beforeAll(async () => {
  setClock(new Date("2027-03-01T10:00:00Z"));
  cookie = await signInCookieFor((await makeUser([{ role: "grant-officer" }])).id);
});

afterAll(() => {
  setClock(null);
});

function details(roundId: string, fields: Record<string, string>) {
  const base = { intent: "details", title: "Spring round", guidance: "", budget: "100000", maxAward: "15000", opensDate: "2026-01-01", opensTime: "00:00", closesDate: "2027-04-01", closesTime: "12:00" };
  return call(roundRoute.action, post(`/grants/rounds/${roundId}`, { ...base, ...fields }, cookie), { roundId });
}

type Result = { error?: Record<string, string[] | null> };

describe("editing a round's details", () => {
  it("refuses a closing time already past for an open round, next to the closing date, and keeps it open as it was", async () => {
    const round = await makeRound({ closesAt: new Date("2027-04-01T11:00:00Z") });
    const response = await details(round.id, { closesDate: "2027-02-28", closesTime: "12:00" });
    expect(response.status).toBe(400);
    const body = await json<Result>(response);
    expect(body.error?.closesDate?.[0]).toBe("The round is open: its closing date and time must be later than now");
    const after = await prisma.grantRound.findUniqueOrThrow({ where: { id: round.id } });
    expect(after.closesAt?.toISOString()).toBe("2027-04-01T11:00:00.000Z");
    expect(after.status).toBe("open");
  });

  it("accepts a past closing time for a round that is not open", async () => {
    const round = await makeRound({ closesAt: new Date("2027-04-01T11:00:00Z"), status: "closed" });
    const response = await details(round.id, { closesDate: "2027-02-28", closesTime: "12:00" });
    expect(response.status).toBe(302);
  });

  it("names the amount already awarded when the budget would fall below it", async () => {
    const round = await makeRound({ closesAt: new Date("2027-04-01T11:00:00Z") });
    await prisma.grantRound.update({ where: { id: round.id }, data: { awardedPence: 2_000_000 } });
    const response = await details(round.id, { budget: "15000" });
    expect(response.status).toBe(400);
    const body = await json<Result>(response);
    expect(body.error?.budget?.[0]).toBe("The budget cannot be less than the £20,000.00 already awarded");
    expect((await prisma.grantRound.findUniqueOrThrow({ where: { id: round.id } })).budgetPence).toBe(10_000_000);
  });
});
