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

function send(roundId: string, fields: Record<string, string | string[]>) {
  return call(roundRoute.action, post(`/grants/rounds/${roundId}`, fields, cookie), { roundId });
}

type Reply = Result & { initialValue?: Record<string, unknown> };

describe("ids sent by the browser that the round does not know", () => {
  it("refuses an unknown area with a message next to the areas, writing nothing", async () => {
    const round = await makeRound({ closesAt: new Date("2027-04-01T11:00:00Z") });
    const response = await send(round.id, { intent: "areas", areaIds: ["bogus"] });
    expect(response.status).toBe(400);
    const body = await json<Reply>(response);
    expect(body.error?.areaIds?.[0]).toBe("Choose areas from the list: one of those sent is not an area this round can fund");
    expect(body.initialValue?.areaIds).toEqual("bogus");
    expect(await prisma.grantRoundArea.count({ where: { roundId: round.id } })).toBe(0);
  });

  it("accepts a known footprint", async () => {
    const round = await makeRound({ closesAt: new Date("2027-04-01T11:00:00Z") });
    const footprint = await prisma.footprint.findFirstOrThrow();
    expect((await send(round.id, { intent: "areas", areaIds: [footprint.id] })).status).toBe(302);
    expect(await prisma.grantRoundArea.count({ where: { roundId: round.id } })).toBe(1);
  });

  it("refuses removing a criterion or a checklist question that is not the round's, with a message (400)", async () => {
    const round = await makeRound({ closesAt: new Date("2027-04-01T11:00:00Z") });
    const forms: Record<string, string>[] = [
      { intent: "remove-criterion", criterionId: "nope" },
      { intent: "remove-check", checkId: "nope" },
      { intent: "status", to: "perhaps" },
    ];
    for (const fields of forms) {
      const response = await send(round.id, fields);
      expect(response.status).toBe(400);
      const body = await json<Reply>(response);
      const messages = Object.values(body.error ?? {}).flat();
      expect(messages.length).toBeGreaterThan(0);
      for (const m of messages) expect(m).not.toMatch(/Invalid|expected/);
    }
  });
});

describe("adding criteria and checklist questions", () => {
  it("an empty criterion and a weight of abc: both messages, next to their fields, the text kept", async () => {
    const round = await makeRound({ closesAt: new Date("2027-04-01T11:00:00Z") });
    const response = await send(round.id, { intent: "add-criterion", criterionTitle: "", criterionDescription: "Reach into the area", weight: "abc" });
    expect(response.status).toBe(400);
    const body = await json<Reply>(response);
    expect(body.error?.criterionTitle?.[0]).toBe("Enter the criterion");
    expect(body.error?.weight?.[0]).toBe("Enter a whole number from 1 to 99");
    expect(body.initialValue).toMatchObject({ criterionDescription: "Reach into the area", weight: "abc" });
  });

  it("a 5,000-character question: a message next to it, the text kept", async () => {
    const round = await makeRound({ closesAt: new Date("2027-04-01T11:00:00Z") });
    const question = "Is it eligible? ".repeat(313).slice(0, 5000);
    const response = await send(round.id, { intent: "add-check", checkText: question });
    expect(response.status).toBe(400);
    const body = await json<Reply>(response);
    expect(body.error?.checkText?.[0]).toBe("Use at most 500 characters");
    expect(body.initialValue?.checkText).toBe(question);
  });
});

describe("a round's dates", () => {
  it("shows every date and time problem at once, each next to its field", async () => {
    const round = await makeRound({ closesAt: new Date("2027-04-01T11:00:00Z"), status: "draft" });
    const response = await details(round.id, { opensDate: "2026-13-45", opensTime: "25:00", closesDate: "", closesTime: "noon" });
    expect(response.status).toBe(400);
    const body = await json<Reply>(response);
    expect(body.error?.opensDate?.[0]).toBe("Enter a real date, like 2027-03-01");
    expect(body.error?.opensTime?.[0]).toBe("Enter a time on the 24-hour clock, like 12:00");
    expect(body.error?.closesDate?.[0]).toBe("Enter the date as well as the time");
    expect(body.error?.closesTime?.[0]).toBe("Enter a time on the 24-hour clock, like 12:00");
    expect(body.initialValue).toMatchObject({ opensDate: "2026-13-45", closesTime: "noon" });
  });
});
