import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { londonInstant, type SectionKey } from "~/modules/grants";
import { addAttachment, saveSection, startApplication, submitApplication } from "~/modules/grants/index.server";
import { prisma } from "~/platform/db.server";
import * as sectionRoute from "~/routes/organisation.applications.$applicationId.$section";
import * as applicationRoute from "~/routes/organisation.applications.$applicationId._index";
import * as uploadRoute from "~/routes/organisation.applications.$applicationId.attachments";
import * as downloadRoute from "~/routes/applications.$applicationId.attachments.$attachmentId";
import { call, get, json, makeUser, post, signInCookieFor } from "./auth.helpers";
import { setClock } from "./clock.helpers";
import { COMPLETE_SECTIONS, makeApplicantOrganisation, makeRound, PDF_BYTES, uploadRequest } from "./grants-apply.helpers";

/**
 * Applications, the applicant's side, on a real database: sections saved one by one with stale saves
 * refused (never lost), documents checked by their content, and submitting gated by completeness, the
 * organisation's verification and the round's closing minute in Europe/London.
 */
let footprintId: string;

beforeAll(async () => {
  setClock(new Date("2027-03-01T10:00:00Z"));
  // The footprint the test café's postcode falls in: found by saving the café section once.
  const round = await makeRound({ closesAt: new Date("2027-04-01T11:00:00Z") });
  const { organisation, member } = await makeApplicantOrganisation({ verified: true });
  const started = await startApplication(member, organisation.id, round.id);
  if (!started.ok) throw new Error("could not start");
  await saveSection(member, started.applicationId, "cafe", COMPLETE_SECTIONS.cafe!, 0);
  const app = await prisma.grantApplication.findUniqueOrThrow({ where: { id: started.applicationId } });
  if (!app.footprintId) throw new Error("The test postcode should fall in a footprint");
  footprintId = app.footprintId;
});

afterAll(() => {
  setClock(null);
});

/** A complete application (every section and document) of a new organisation, in a round closing at `closesAt`. */
async function completeApplication(options: { verified: boolean; closesAt: Date }) {
  const round = await makeRound({ closesAt: options.closesAt, footprintIds: [footprintId] });
  const org = await makeApplicantOrganisation({ verified: options.verified });
  const started = await startApplication(org.member, org.organisation.id, round.id);
  if (!started.ok) throw new Error(`could not start: ${started.reason}`);
  const id = started.applicationId;
  for (const [key, data] of Object.entries(COMPLETE_SECTIONS)) {
    const saved = await saveSection(org.member, id, key as SectionKey, data, 0);
    expect(saved.ok).toBe(true);
  }
  for (const kind of ["safeguarding-policy", "accounts", "constitution"] as const) {
    expect((await addAttachment(org.member, id, kind, { name: `${kind}.pdf`, bytes: PDF_BYTES })).ok).toBe(true);
  }
  return { ...org, round, applicationId: id };
}

describe("saving a section", () => {
  it("refuses a stale save, keeps both versions, and loses nothing", async () => {
    const { member, userId, applicationId } = await completeApplication({ verified: true, closesAt: new Date("2027-04-01T11:00:00Z") });
    const colleague = await makeUser([{ role: "organisation-member", organisationId: (await prisma.grantApplication.findUniqueOrThrow({ where: { id: applicationId } })).organisationId }]);
    const cookieA = await signInCookieFor(userId);
    const cookieB = await signInCookieFor(colleague.id);
    const pathOf = `/organisation/applications/${applicationId}/communities`;
    const params = { applicationId, section: "communities" };

    // Both open the section at version 1.
    const opened = await json<{ version: number }>(await call(sectionRoute.loader, get(pathOf, cookieA), params));
    expect(opened.version).toBe(1);
    void member;

    const first = await call(sectionRoute.action, post(pathOf, { version: "1", communities: "Colleague's words", culturalOffer: "Theirs" }, cookieB), params);
    expect(first.status).toBe(302);

    const second = await call(sectionRoute.action, post(pathOf, { version: "1", communities: "My words", culturalOffer: "Mine" }, cookieA), params);
    expect(second.status).toBe(409);
    const body = await json<{ values: Record<string, string>; stale: { data: { communities: string }; version: number } }>(second);
    expect(body.values.communities).toBe("My words"); // what I typed comes back in the form
    expect(body.stale.data.communities).toBe("Colleague's words"); // and theirs is shown beside it
    expect(body.stale.version).toBe(2);

    const stored = await prisma.applicationSection.findUniqueOrThrow({ where: { applicationId_key: { applicationId, key: "communities" } } });
    expect(JSON.parse(stored.data).communities).toBe("Colleague's words");

    // Saving again from the newer version replaces it deliberately.
    const third = await call(sectionRoute.action, post(pathOf, { version: "2", communities: "My words", culturalOffer: "Mine" }, cookieA), params);
    expect(third.status).toBe(302);
  });

  it("lets only one of two saves at once from the same version win", async () => {
    const { member, applicationId } = await completeApplication({ verified: true, closesAt: new Date("2027-04-01T11:00:00Z") });
    const results = await Promise.all(
      [1, 2, 3].map((i) => saveSection(member, applicationId, "partners", { partners: `Version ${i}`, coLocation: "" }, 1)),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.reason === "stale")).toHaveLength(2);
  });
});

describe("documents", () => {
  it("refuses a file called .pdf whose content is something else, and keeps a real PDF", async () => {
    const { userId, applicationId } = await completeApplication({ verified: true, closesAt: new Date("2027-04-01T11:00:00Z") });
    const cookie = await signInCookieFor(userId);
    const address = `/organisation/applications/${applicationId}/attachments`;
    const before = await prisma.applicationAttachment.count({ where: { applicationId } });
    const html = new TextEncoder().encode("<html><script>alert(1)</script></html>");
    const refused = await call(
      uploadRoute.action,
      uploadRequest(address, { intent: "upload", kind: "accounts", returnTo: `/organisation/applications/${applicationId}/budget` }, { name: "accounts.pdf", bytes: html, type: "application/pdf" }, cookie),
      { applicationId },
    );
    expect(refused.status).toBe(302);
    expect(refused.headers.get("Location")).toBe(`/organisation/applications/${applicationId}/budget?upload=accounts%3Awrong-type`);
    expect(await prisma.applicationAttachment.count({ where: { applicationId } })).toBe(before);

    const kept = await call(
      uploadRoute.action,
      uploadRequest(address, { intent: "upload", kind: "accounts", returnTo: "" }, { name: "../Accounts 2026.pdf", bytes: PDF_BYTES, type: "text/plain" }, cookie),
      { applicationId },
    );
    expect(kept.headers.get("Location")).toContain("uploaded=1");
    const row = await prisma.applicationAttachment.findFirstOrThrow({ where: { applicationId, originalName: "Accounts 2026.pdf" } });
    expect(row.mediaType).toBe("application/pdf");
    expect(row.storageKey).not.toContain("Accounts");

    const download = await call(downloadRoute.loader, get(`/applications/${applicationId}/attachments/${row.id}`, cookie), { applicationId, attachmentId: row.id });
    expect(download.status).toBe(200);
    expect(download.headers.get("Content-Type")).toBe("application/pdf");
    expect(download.headers.get("Content-Disposition")).toBe(`attachment; filename="Accounts 2026.pdf"; filename*=UTF-8''Accounts%202026.pdf`);
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(PDF_BYTES);
  });

  it("are shown to no one outside the organisation and the staff", async () => {
    const { applicationId } = await completeApplication({ verified: true, closesAt: new Date("2027-04-01T11:00:00Z") });
    const row = await prisma.applicationAttachment.findFirstOrThrow({ where: { applicationId } });
    const other = await makeApplicantOrganisation({ verified: true });
    const commissioner = await makeUser([{ role: "commissioner" }]);
    const officer = await makeUser([{ role: "grant-officer" }]);
    const params = { applicationId, attachmentId: row.id };
    const address = `/applications/${applicationId}/attachments/${row.id}`;
    expect((await call(downloadRoute.loader, get(address, await signInCookieFor(other.userId)), params)).status).toBe(403);
    expect((await call(downloadRoute.loader, get(address, await signInCookieFor(commissioner.id)), params)).status).toBe(403);
    expect((await call(downloadRoute.loader, get(address, await signInCookieFor(officer.id)), params)).status).toBe(200);
  });
});

describe("submitting", () => {
  it("needs the organisation verified; drafts are allowed before", async () => {
    const { member, applicationId, organisation } = await completeApplication({ verified: false, closesAt: new Date("2027-04-01T11:00:00Z") });
    expect(await submitApplication(member, applicationId)).toMatchObject({ ok: false, reason: "not-verified" });
    await prisma.organisation.update({ where: { id: organisation.id }, data: { verifiedAt: new Date() } });
    expect(await submitApplication(member, applicationId)).toMatchObject({ ok: true });
    const app = await prisma.grantApplication.findUniqueOrThrow({ where: { id: applicationId }, include: { submissions: true, activity: true } });
    expect(app.status).toBe("submitted");
    expect(app.submittedAt?.toISOString()).toBe("2027-03-01T10:00:00.000Z");
    expect(app.submissions).toHaveLength(1);
    expect(app.activity.map((a) => [a.action, a.fromStatus, a.toStatus])).toContainEqual(["submitted", "draft", "submitted"]);
    // Locked: no more saves.
    expect(await saveSection(member, applicationId, "partners", { partners: "Changed", coLocation: "" }, 1)).toMatchObject({ ok: false, reason: "locked" });
  });

  it("checks every section", async () => {
    const { member, applicationId } = await completeApplication({ verified: true, closesAt: new Date("2027-04-01T11:00:00Z") });
    await saveSection(member, applicationId, "budget", { ...COMPLETE_SECTIONS.budget, amountRequested: 1_200_000 }, 1);
    const result = await submitApplication(member, applicationId);
    expect(result).toMatchObject({ ok: false, reason: "incomplete" });
    expect(!result.ok && result.problems?.map((p) => p.field)).toEqual(["amountRequested"]);
  });

  it("closes at the closing minute in London, on the day the clocks go forward (BST, 11:00 UTC)", async () => {
    const closesAt = londonInstant("2027-03-28", "12:00")!;
    const inTime = await completeApplication({ verified: true, closesAt });
    const late = await completeApplication({ verified: true, closesAt });
    setClock(new Date("2027-03-28T10:59:59Z"));
    expect(await submitApplication(inTime.member, inTime.applicationId)).toMatchObject({ ok: true });
    setClock(new Date("2027-03-28T11:00:00Z"));
    expect(await submitApplication(late.member, late.applicationId)).toMatchObject({ ok: false, reason: "closed" });
    // The draft keeps its text, and may still be saved.
    const kept = await prisma.applicationSection.findUniqueOrThrow({ where: { applicationId_key: { applicationId: late.applicationId, key: "communities" } } });
    expect(JSON.parse(kept.data).communities).toBe("South Asian elders");
    setClock(new Date("2027-03-01T10:00:00Z"));
  });

  it("closes at the closing minute in London, on the day the clocks go back (GMT, 12:00 UTC)", async () => {
    setClock(new Date("2026-10-01T10:00:00Z"));
    const closesAt = londonInstant("2026-10-25", "12:00")!;
    const inTime = await completeApplication({ verified: true, closesAt });
    const late = await completeApplication({ verified: true, closesAt });
    setClock(new Date("2026-10-25T11:30:00Z")); // 11:30 GMT: an hour after 12:00 BST would have been
    expect(await submitApplication(inTime.member, inTime.applicationId)).toMatchObject({ ok: true });
    setClock(new Date("2026-10-25T12:00:00Z"));
    expect(await submitApplication(late.member, late.applicationId)).toMatchObject({ ok: false, reason: "closed" });
    setClock(new Date("2027-03-01T10:00:00Z"));
  });
});

describe("who may open an application", () => {
  it("its organisation's members and staff; everyone else gets 403, whether or not it exists", async () => {
    const { userId, applicationId } = await completeApplication({ verified: true, closesAt: new Date("2027-04-01T11:00:00Z") });
    const other = await makeApplicantOrganisation({ verified: true });
    const panel = await makeUser([{ role: "panel-member" }]);
    const officer = await makeUser([{ role: "grant-officer" }]);
    const address = `/organisation/applications/${applicationId}`;
    const params = { applicationId };
    expect((await call(applicationRoute.loader, get(address, await signInCookieFor(userId)), params)).status).toBe(200);
    expect((await call(applicationRoute.loader, get(address, await signInCookieFor(officer.id)), params)).status).toBe(200);
    expect((await call(applicationRoute.loader, get(address, await signInCookieFor(other.userId)), params)).status).toBe(403);
    expect((await call(applicationRoute.loader, get(address, await signInCookieFor(panel.id)), params)).status).toBe(403);
    // Another organisation's member cannot save into it either, even calling the write directly.
    expect(await saveSection(other.member, applicationId, "partners", { partners: "Hijack", coLocation: "" }, 1)).toMatchObject({ ok: false, reason: "not-found" });
    const section = await call(sectionRoute.action, post(`${address}/partners`, { version: "1", partners: "Hijack", coLocation: "" }, await signInCookieFor(other.userId)), {
      applicationId,
      section: "partners",
    });
    expect(section.status).toBe(403);
    // An officer reads but does not write the applicant's sections.
    const officerSave = await call(sectionRoute.action, post(`${address}/partners`, { version: "1", partners: "Officer", coLocation: "" }, await signInCookieFor(officer.id)), {
      applicationId,
      section: "partners",
    });
    expect(officerSave.status).toBe(403);
  });
});
