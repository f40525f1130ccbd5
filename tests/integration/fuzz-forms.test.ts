import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { bookPlace, cafeOptions } from "~/modules/bookings/index.server";
import { createInvitation, hashToken } from "~/modules/identity/index.server";
import { prisma } from "~/platform/db.server";
import { assertProperty, encodingArb, short, fieldsAsRead, formRequest, hostileText, unknownFieldName, type Encoding, type Fields } from "../support/fuzz";
import { call, makeOrganisationWithCafe, makeUser, signInCookieFor } from "./auth.helpers";
import { FORM_ROUTES, formFields, type FormRoute, type FuzzFixtures, type Poster } from "./fuzz-forms.routes";
import { makeRound } from "./grants-apply.helpers";

/**
 * Every form action driven with generated forms (see ../support/fuzz.ts): wrong types, huge and unicode
 * strings, missing, repeated and unknown fields, unknown intents, every encoding. Whatever arrives:
 * - the answer is never a server error (no status ≥ 500, nothing thrown but a Response);
 * - a refused form comes back with what was typed (Conform's reply), passwords excepted;
 * - anything but a redirect (the answer to a form that was done) leaves the tables the forms write as
 *   they were: no partial write.
 * Seeded (tests/support/db-setup.ts); FUZZ_RUNS sets the number of forms per route (default 25).
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 25);
const BASE = "http://localhost:3000";

let fixtures: FuzzFixtures;
let posters: Record<Exclude<Poster, "anonymous">, string>;

beforeAll(async () => {
  const cafe = await prisma.cafe.findUniqueOrThrow({ where: { slug: "beaumont-leys-living-room-cafe" } });
  const footprint = await prisma.footprint.findFirstOrThrow({ orderBy: { code: "asc" } });
  const tags = await prisma.tag.findMany({ where: { retiredAt: null }, orderBy: { label: "asc" } });
  const tagIds = { audience: [] as string[], language: [] as string[], access: [] as string[], support: [] as string[] };
  for (const tag of tags) tagIds[tag.kind as keyof typeof tagIds]?.push(tag.id);
  const own = await makeUser([], { email: "fuzz-own@tests.example" });
  const admin = await prisma.user.findUniqueOrThrow({ where: { email: "admin@example.org" } });
  let invitations = 0;
  const capUser = await prisma.user.findUniqueOrThrow({ where: { email: "cap@example.org" } });
  const booking = await bookingAt(cafe.id, capUser.id);
  // Grants (apply): the demo member's organisation, an open round and a draft application of it
  const member = await prisma.roleAssignment.findFirstOrThrow({ where: { user: { email: "vcs@example.org" }, role: "organisation-member" } });
  const grantRound = await makeRound({ closesAt: new Date("2099-01-01T12:00:00Z") });
  const grantApplication = await prisma.grantApplication.create({
    data: { reference: "G-FUZZ01", roundId: grantRound.id, organisationId: member.organisationId!, status: "draft" },
  });
  fixtures = {
    memberOrganisationId: member.organisationId!,
    roundId: grantRound.id,
    applicationId: grantApplication.id,
    capOptions: booking.options,
    bookingId: booking.id,
    bookingReference: booking.reference,
    // grants (award)
    award: awardFixture(cafe.organisationId),
    cafeId: cafe.id,
    adminCafeId: (await makeOrganisationWithCafe("fuzz-admin")).cafe.id,
    organisationId: cafe.organisationId,
    footprintId: footprint.id,
    tagIds,
    // An offer and a weekly session of the café, made again when a form has removed them.
    offerId: async () =>
      ((await prisma.offer.findFirst({ where: { cafeId: cafe.id } })) ?? (await prisma.offer.create({ data: { cafeId: cafe.id, title: "Fuzzing offer" } }))).id,
    sessionId: async () =>
      (
        (await prisma.weeklySession.findFirst({ where: { cafeId: cafe.id } })) ??
        (await prisma.weeklySession.create({ data: { cafeId: cafe.id, dayOfWeek: 3, startTime: "18:00", endTime: "20:00" } }))
      ).id,
    // Every other form: a live invitation; otherwise a token that never existed.
    invitationToken: async () => {
      if (invitations++ % 2 === 1) return "no-such-invitation";
      const email = `fuzz-invited-${invitations}@tests.example`;
      const { token } = await prisma.$transaction((tx) => createInvitation(tx, { email, role: "cafe-manager", cafeId: cafe.id, invitedById: admin.id }));
      return token;
    },
    resetToken: async () => {
      const token = randomBytes(24).toString("base64url");
      await prisma.passwordResetToken.create({ data: { userId: own.id, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + 3_600_000) } });
      return token;
    },
  };
  const idOf = async (email: string) => (await prisma.user.findUniqueOrThrow({ where: { email } })).id;
  posters = {
    admin: admin.id,
    manager: await idOf("cafe@example.org"),
    commissioner: await idOf("commissioner@example.org"),
    cap: capUser.id,
    "own-account": own.id,
    // Grants (apply)
    member: await idOf("vcs@example.org"),
  };
});

/**
 * A booking at the café manager's café (booked through the module, in a session with places for the CAP,
 * given one if it has none), and the sessions the CAP could book next, with two that do not run.
 */
async function bookingAt(cafeId: string, capUserId: string) {
  let options = await cafeOptions(cafeId, new Date());
  if (!options.length) {
    await prisma.cafe.update({ where: { id: cafeId }, data: { capPlacesDefault: 4 } });
    await prisma.weeklySession.updateMany({ where: { cafeId }, data: { capPlaces: null } });
    options = await cafeOptions(cafeId, new Date());
  }
  const first = options[0];
  if (!first) throw new Error("The fuzzed café has no session the CAP can book");
  const actor = { id: capUserId, roles: [{ role: "cap-staff", cafeId: null, organisationId: null }] };
  const booked = await bookPlace(actor, { option: { cafeId, date: first.date, slot: first.option.split("|")[2]! }, callerName: "F.Z.", callbackNumber: null, needs: "", consent: true, search: "" });
  if (!booked.ok) throw new Error(`Could not book the fuzzed café: ${booked.reason}`);
  const notRunning = [`${cafeId}|2020-01-01|weekly:gone`, `no-such-cafe|${first.date}|${first.option.split("|")[2]}`];
  return { id: booked.booking.id, reference: booked.booking.reference, options: [...options.map((o) => o.option).slice(0, 4), ...notRunning] };
}

/** grants (award): an accepted award of the organisation, with one milestone and one monitoring return, made once. */
function awardFixture(organisationId: string) {
  let made: Promise<{ applicationId: string; returnId: string }> | undefined;
  return () =>
    (made ??= (async () => {
      const round = await prisma.grantRound.create({ data: { slug: "fuzz-award-round", title: "Fuzz round", kind: "neighbourhood", budgetPence: 1_000_000, maxAwardPence: 500_000, status: "decided" } });
      const application = await prisma.grantApplication.create({
        data: {
          reference: "FUZZ-0001",
          roundId: round.id,
          organisationId,
          status: "accepted",
          cafeName: "Fuzz Café",
          awardedPence: 400_000,
          decidedAt: new Date(),
          acceptedAt: new Date(),
          milestones: { create: [{ title: "default:agreement-signed", dueOn: "2027-01-18" }] },
          returns: { create: [{ periodStart: "2026-01-01", periodEnd: "2026-03-31", dueOn: "2026-04-30" }] },
        },
        include: { returns: true },
      });
      return { applicationId: application.id, returnId: application.returns[0]!.id };
    })());
}

/** A new sign-in session for each form: a form may end the one it came with (signing out, signing in as someone else). */
async function cookieFor(poster: Poster): Promise<string | null> {
  return poster === "anonymous" ? null : signInCookieFor(posters[poster]);
}

/**
 * A cheap fingerprint of every table a form writes: row counts and the newest change. Rate-limit windows
 * are left out (a refused attempt counts against them, by design).
 */
async function fingerprint(): Promise<string> {
  const rows = await prisma.$queryRawUnsafe<Record<string, unknown>[]>(`
    SELECT
      (SELECT COUNT(*) || '/' || IFNULL(MAX(updatedAt), '') FROM "Tag") AS tag,
      (SELECT COUNT(*) || '/' || IFNULL(MAX(updatedAt), '') FROM "Organisation") AS organisation,
      (SELECT COUNT(*) || '/' || IFNULL(MAX(updatedAt), '') FROM "Cafe") AS cafe,
      (SELECT COUNT(*) FROM "CafeTag") AS cafeTag,
      (SELECT COUNT(*) || '/' || IFNULL(MAX(updatedAt), '') FROM "Offer") AS offer,
      (SELECT COUNT(*) FROM "OfferTag") AS offerTag,
      (SELECT COUNT(*) || '/' || IFNULL(MAX(updatedAt), '') FROM "WeeklySession") AS weeklySession,
      (SELECT COUNT(*) || '/' || IFNULL(MAX(updatedAt), '') FROM "ScheduleException") AS scheduleException,
      (SELECT COUNT(*) || '/' || IFNULL(MAX(updatedAt), '') FROM "User") AS user,
      (SELECT COUNT(*) FROM "RoleAssignment") AS roleAssignment,
      (SELECT COUNT(*) || '/' || IFNULL(MAX(expiresAt), '') FROM "SignInSession") AS signInSession,
      (SELECT COUNT(*) || '/' || COUNT(usedAt) FROM "PasswordResetToken") AS passwordResetToken,
      (SELECT COUNT(*) || '/' || COUNT(acceptedAt) FROM "Invitation") AS invitation,
      (SELECT COUNT(*) FROM "AuditEvent") AS auditEvent,
      (SELECT COUNT(*) || '/' || IFNULL(SUM(attempts), 0) || '/' || IFNULL(MAX(status), '') FROM "EmailOutbox") AS emailOutbox,
      (SELECT COUNT(*) FROM "FootprintChange") AS footprintChange,
      (SELECT COUNT(*) || '/' || IFNULL(MAX(updatedAt), '') FROM "Booking") AS booking,
      (SELECT COUNT(*) FROM "StoredFile") AS storedFile,
      (SELECT COUNT(*) FROM "JobLease") AS jobLease,
      (SELECT COUNT(*) || '/' || IFNULL(MAX(updatedAt), '') || '/' || IFNULL(MAX(checkedAt), '') || '/' || COUNT(hiddenAt) FROM "PartnerService") AS partnerService,
      (SELECT COUNT(*) FROM "PartnerServiceTag") AS partnerServiceTag,
      (SELECT COUNT(*) || '/' || IFNULL(MAX(updatedAt), '') FROM "PartnerLocation") AS partnerLocation,
      (SELECT COUNT(*) FROM "PartnerSession") AS partnerSession,
      (SELECT COUNT(*) FROM "PartnerServiceArea") AS partnerServiceArea,
      (SELECT COUNT(hiddenAt) || '/' || IFNULL(MAX(checkedAt), '') FROM "Organisation") AS organisationPartner,
      -- Grants (apply)
      (SELECT COUNT(*) || '/' || IFNULL(MAX(updatedAt), '') FROM "GrantRound") AS grantRoundApply,
      (SELECT COUNT(*) FROM "GrantRoundArea") AS grantRoundArea,
      (SELECT COUNT(*) FROM "GrantCriterion") AS grantCriterion,
      (SELECT COUNT(*) FROM "GrantEligibilityCheck") AS grantEligibilityCheck,
      (SELECT COUNT(*) || '/' || IFNULL(MAX(updatedAt), '') FROM "GrantApplication") AS grantApplicationApply,
      (SELECT COUNT(*) || '/' || IFNULL(SUM(version), 0) FROM "ApplicationSection") AS applicationSectionApply,
      (SELECT COUNT(*) FROM "ApplicationSubmission") AS applicationSubmission,
      (SELECT COUNT(*) || '/' || COUNT(removedAt) FROM "ApplicationAttachment") AS applicationAttachment,
      -- Grants: screening, panel, decision (issue 9)
      (SELECT COUNT(*) || '/' || IFNULL(MAX(updatedAt), '') || '/' || IFNULL(SUM(awardedPence), 0) FROM "GrantRound") AS grantRound,
      (SELECT COUNT(*) || '/' || IFNULL(MAX(updatedAt), '') FROM "GrantApplication") AS grantApplication,
      (SELECT COUNT(*) || '/' || COUNT(reopenedAt) FROM "ApplicationSection") AS applicationSection,
      (SELECT COUNT(*) FROM "ApplicationScreening") AS applicationScreening,
      (SELECT COUNT(*) FROM "PanelAssignment") AS panelAssignment,
      (SELECT COUNT(*) FROM "ConflictDeclaration") AS conflictDeclaration,
      (SELECT COUNT(*) || '/' || IFNULL(MAX(updatedAt), '') FROM "PanelReview") AS panelReview,
      (SELECT COUNT(*) FROM "PanelScore") AS panelScore,
      (SELECT COUNT(*) FROM "ApplicationMessage") AS applicationMessage,
      -- grants (award)
      (SELECT COUNT(*) || '/' || IFNULL(MAX(updatedAt), '') || '/' || GROUP_CONCAT(status) FROM "GrantApplication") AS grantApplicationStatus,
      (SELECT COUNT(*) || '/' || GROUP_CONCAT(status) || '/' || COUNT(doneAt) FROM "GrantMilestone") AS grantMilestone,
      (SELECT COUNT(*) || '/' || COUNT(submittedAt) || '/' || COUNT(reminderSentAt) FROM "MonitoringReturn") AS monitoringReturn,
      (SELECT COUNT(*) FROM "ApplicationActivity") AS applicationActivity`);
  return JSON.stringify(rows[0], (_k, v: unknown) => (typeof v === "bigint" ? Number(v) : v));
}

type Reply = { status?: unknown; initialValue?: Record<string, unknown> | null };

async function replyOf(response: Response): Promise<Reply | null> {
  if (!response.headers.get("Content-Type")?.includes("application/json")) return null;
  const body = (await response.clone().json()) as unknown;
  return typeof body === "object" && body !== null && "initialValue" in body ? (body as Reply) : null;
}

/** What the forms of a route were answered: "redirect", "reply <status>" (Conform's) or "<status>". */
const answered = new Map<string, string[]>();

/** One generated form posted to a route; returns what went wrong, or null. */
async function attempt(file: string, spec: FormRoute, poster: Poster, fields: Fields, encoding: Encoding, clientIp: string): Promise<string | null> {
  const { action } = (await spec.module()) as { action: Parameters<typeof call>[0] };
  await prisma.rateLimitBucket.deleteMany(); // each form is judged on its own, not refused for the ones before
  const params = spec.params ? await spec.params(fixtures) : {};
  const cookie = await cookieFor(poster);
  const request = formRequest(BASE + spec.path(params), fields, encoding, cookie ? { Cookie: cookie } : {});
  const sent = await fieldsAsRead(request);
  const before = await fingerprint();
  let response: Response;
  try {
    response = await call(action, request, params, { clientIp });
  } catch (error) {
    return `threw ${error instanceof Error ? error.stack : String(error)}`;
  }
  if (response.status >= 500) return `answered ${response.status}`;
  const redirected = response.status >= 300 && response.status < 400;
  if (!redirected) {
    const after = await fingerprint();
    if (after !== before) return `a ${response.status} answer changed the tables:\n  before ${before}\n  after  ${after}`;
  }
  const reply = await replyOf(response);
  const location = response.headers.get("Location") ?? "";
  const outcome = redirected ? (location.startsWith("/sign-in") ? (poster === "anonymous" ? "sign-in" : "sign-in while signed in") : "redirect") : reply ? `reply ${response.status}` : String(response.status);
  answered.set(file, [...(answered.get(file) ?? []), outcome]);
  const honeypot = sent?.get("website_url")?.some((v) => v.trim() !== "");
  if (reply && reply.status === "error" && sent && response.status !== 413 && !honeypot) {
    const values = reply.initialValue ?? {};
    for (const [name, typed] of sent) {
      if (name === "") continue; // a value without a name is nothing anyone typed
      if (spec.hidden?.includes(name)) {
        if (typed.some((v) => v !== "") && name in values) return `sent back the hidden field ${name}`;
        continue;
      }
      // Conform keeps an empty field as nothing (undefined, or null in a list).
      const kept = typed.map((v) => (v === "" ? null : v));
      const expected = kept.length === 1 ? (kept[0] ?? undefined) : kept.every((v) => v === null) ? undefined : kept;
      const got = values[name];
      if (short(got) !== short(expected) && !(expected === undefined && Array.isArray(got) && got.every((v) => v === null))) {
        return `did not send back ${name}: typed ${short(expected)}, got ${short(got)}`;
      }
    }
  }
  return null;
}

describe("every form action, fuzzed", () => {
  it("lists every route that has an action", () => {
    const dir = path.resolve("app/routes");
    const withAction = readdirSync(dir).filter((file) => /export\s+(async\s+)?(function|const)\s+action\b/.test(readFileSync(path.join(dir, file), "utf8")));
    expect(withAction.length).toBeGreaterThan(10);
    expect(withAction.filter((file) => !(file in FORM_ROUTES))).toEqual([]);
    expect(Object.keys(FORM_ROUTES).filter((file) => !withAction.includes(file))).toEqual([]);
  });

  for (const [file, spec] of Object.entries(FORM_ROUTES)) {
    it(`${file}: no server error, what was typed comes back, no partial write`, async () => {
      const arbitrary = fc.record({
        poster: fc.constantFrom(...spec.as),
        fields: formFields(spec, fixtures, hostileText, unknownFieldName),
        encoding: encodingArb,
        clientIp: fc.constantFrom("198.51.100.7", "203.0.113.9", "2001:db8::1", ""),
      });
      await assertProperty(arbitrary, ({ poster, fields, encoding, clientIp }) => attempt(file, spec, poster, fields, encoding, clientIp), RUNS);
      // The forms got past sign-in and permissions into the action: some were refused with the form's
      // reply or done (a fuzzer stopped at the door would prove nothing).
      const outcomes = answered.get(file) ?? [];
      if (process.env.FUZZ_REPORT) {
        const counts = new Map<string, number>();
        for (const o of outcomes) counts.set(o, (counts.get(o) ?? 0) + 1);
        console.log(file, [...counts].map(([o, n]) => `${o}×${n}`).join(", "));
      }
      expect(outcomes.filter((o) => o === "redirect" || o.startsWith("reply")).length).toBeGreaterThan(0);
      expect(outcomes).not.toContain("sign-in while signed in");
    }, 60_000);
  }
});
