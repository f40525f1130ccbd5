import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isMessageCode } from "~/lib/i18n";
import { parseSubmission } from "~/lib/forms";
import { reviewSchema, screeningSchema, SECTION_KEYS, sectionSchemaWithVersion } from "~/modules/grants";
import { startApplication } from "~/modules/grants/index.server";
import { prisma } from "~/platform/db.server";
import * as sectionRoute from "~/routes/organisation.applications.$applicationId.$section";
import * as applicationRoute from "~/routes/organisation.applications.$applicationId._index";
import { call, get, json, post, signInCookieFor } from "./auth.helpers";
import { setClock } from "./clock.helpers";
import { makeApplicantOrganisation, makeRound } from "./grants-apply.helpers";

/** Values an applicant's browser sends that are not among the page's choices: refused next to the field, never saved, never a 500. */
let cookie: string;
let applicationId: string;

beforeAll(async () => {
  setClock(new Date("2027-03-01T10:00:00Z"));
  const round = await makeRound({ closesAt: new Date("2027-04-01T11:00:00Z") });
  const { organisation, member, userId } = await makeApplicantOrganisation({ verified: true });
  const started = await startApplication(member, organisation.id, round.id);
  if (!started.ok) throw new Error("could not start");
  applicationId = started.applicationId;
  cookie = await signInCookieFor(userId);
});

afterAll(() => {
  setClock(null);
});

type Reply = { errors?: Record<string, string>; values?: Record<string, unknown> };

function save(section: string, fields: Record<string, string | string[]>) {
  return call(sectionRoute.action, post(`/organisation/applications/${applicationId}/${section}`, { version: "0", ...fields }, cookie), { applicationId, section });
}

async function savedSection(key: string) {
  return prisma.applicationSection.findUnique({ where: { applicationId_key: { applicationId, key } } });
}

describe("choices the page does not offer", () => {
  it("a budget line with an unknown category is refused next to it, what was typed kept", async () => {
    const response = await save("budget", { "lines[0].category": "bogus", "lines[0].description": "Rent", "lines[0].amount": "500", amountRequested: "500" });
    expect(response.status).toBe(400);
    const body = await json<Reply>(response);
    expect(body.errors?.["lines[0].category"]).toBe("Choose a category from the list");
    expect(body.values).toMatchObject({ lines: [{ category: "bogus", description: "Rent", amount: "500" }] });
    expect(await savedSection("budget")).toBeNull();
  });

  it("a session on an unknown day is refused next to it", async () => {
    const response = await save("sessions", { "sessions[0].day": "9", "sessions[0].start": "18:00", "sessions[0].end": "21:00" });
    expect(response.status).toBe(400);
    expect((await json<Reply>(response)).errors?.["sessions[0].day"]).toBe("Choose a day from the list");
  });

  it("an unknown university or language is refused next to its field, not left to the database", async () => {
    const cafe = await save("cafe", { cafeName: "Tea Room", venueName: "", addressLine1: "", town: "", postcode: "", coverageSiteId: "bogus" });
    expect(cafe.status).toBe(400);
    expect((await json<Reply>(cafe)).errors?.coverageSiteId).toBe("Choose from the list: one of those sent is not on it");
    const languages = await save("languages", { languageTagIds: ["bogus"], otherLanguages: "" });
    expect(languages.status).toBe(400);
    expect((await json<Reply>(languages)).errors?.languageTagIds).toBe("Choose from the list: one of those sent is not on it");
    expect(await savedSection("cafe")).toBeNull();
    expect(await savedSection("languages")).toBeNull();
  });
});

describe("every grants form's messages come from the catalogue", () => {
  const junk = (names: string[]) => {
    const form = new FormData();
    for (const name of names) form.append(name, "x".repeat(50_000));
    return form;
  };
  it("a panel recommendation of 'perhaps', and junk in every field of every form, give catalogue messages only", () => {
    const review = parseSubmission(junk([]), reviewSchema(["c1"]));
    const perhaps = new FormData();
    perhaps.append("intent", "save");
    perhaps.append("recommendation", "perhaps");
    perhaps.append("score_c1", "7");
    const parsed = parseSubmission(perhaps, reviewSchema(["c1"]));
    expect(parsed.status).toBe("error");
    const schemas = [reviewSchema(["c1"]), screeningSchema(["k1"]), ...SECTION_KEYS.map((k) => sectionSchemaWithVersion(k))];
    const fields = ["intent", "recommendation", "comment", "score_c1", "note_c1", "outcome", "reason", "sections", "check_k1", "version", "lines[0].category", "lines[0].amount", "sessions[0].day", "sessions[0].start", "languageTagIds", "plannedStartDate", "paidWorkers", "amountRequested", "cafeName", "postcode"];
    for (const submission of [review, parsed, ...schemas.map((s) => parseSubmission(junk(fields), s))]) {
      const errors = ("error" in submission ? submission.error : null) as Record<string, string[] | null> | null;
      for (const list of Object.values(errors ?? {})) for (const m of list ?? []) expect(isMessageCode(m), m).toBe(true);
    }
    expect("error" in parsed ? parsed.error?.recommendation?.[0] : null).toBe("grantsPanel.review.error.recommendation");
  });
});

describe("an awarded application", () => {
  it("leads its members to the offer, then to the grant once accepted", async () => {
    const page = async () => json<{ award: { href: string; label: string } | null }>(await call(applicationRoute.loader, get(`/organisation/applications/${applicationId}`, cookie), { applicationId }));
    expect((await page()).award).toBeNull();
    await prisma.grantApplication.update({ where: { id: applicationId }, data: { status: "awarded" } });
    expect((await page()).award).toEqual({ href: `/organisation/awards/${applicationId}`, label: "grants.app.offerLink" });
    await prisma.grantApplication.update({ where: { id: applicationId }, data: { status: "accepted" } });
    expect((await page()).award).toEqual({ href: `/organisation/awards/${applicationId}`, label: "grants.app.grantLink" });
    await prisma.grantApplication.update({ where: { id: applicationId }, data: { status: "draft" } });
  });
});
