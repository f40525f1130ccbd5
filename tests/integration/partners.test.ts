import { describe, expect, it } from "vitest";
import { verifyOrganisation } from "~/modules/organisation/index.server";
import { otherSupportNear, partnersPage, setHidden, supportNear } from "~/modules/partners/index.server";
import { parsePartnersQuery } from "~/modules/partners";
import { prisma } from "~/platform/db.server";
import { loader as profileLoader } from "~/routes/organisation.profile";
import { loader as publicProfile } from "~/routes/partners.$slug";
import { call, get, makeOrganisationWithCafe, makeUser, signInCookieFor } from "./auth.helpers";

const search = (qs: string) => partnersPage(parsePartnersQuery(new URLSearchParams(qs)));

describe("the partner directory", () => {
  it("finds debt advice near a postcode: the area-wide phone line at distance 0, then the nearest drop-in", async () => {
    const page = await search("q=LE1+6RL&need=debt-and-money-advice");
    expect(page.outcome.kind).toBe("results");
    const names = page.results.map((r) => r.service.name);
    expect(names[0]).toBe("Money helpline");
    expect(page.results[0]).toMatchObject({ coversArea: true, miles: 0 });
    expect(names).toContain("Debt advice drop-in");
    const miles = page.results.filter((r) => !r.coversArea).map((r) => r.miles!);
    expect(miles).toEqual([...miles].sort((a, b) => a - b));
  });

  it("shows a group's profile only once it is verified, and never a hidden service", async () => {
    const { organisation } = await makeOrganisationWithCafe("partners-unverified");
    await prisma.organisation.update({ where: { id: organisation.id }, data: { verifiedAt: null } });
    await prisma.partnerService.create({
      data: { organisationId: organisation.id, slug: "unverified-help", name: "Unverified help", access: "drop-in", areas: { create: [{ kind: "llr" }] } },
    });
    const before = await search("q=LE1+6RL");
    expect(before.results.map((r) => r.service.name)).not.toContain("Unverified help");
    expect((await call(publicProfile, get(`/partners/${organisation.slug}`), { slug: organisation.slug })).status).toBe(404);

    const officer = await makeUser([{ role: "grant-officer" }]);
    expect(await verifyOrganisation({ id: officer.id, roles: [{ role: "grant-officer", organisationId: null, cafeId: null }] }, organisation.id)).toBe("verified");
    expect((await search("q=LE1+6RL")).results.map((r) => r.service.name)).toContain("Unverified help");
    expect((await call(publicProfile, get(`/partners/${organisation.slug}`), { slug: organisation.slug })).status).toBe(200);

    const service = await prisma.partnerService.findUniqueOrThrow({ where: { slug: "unverified-help" } });
    await setHidden(officer.id, { kind: "service", id: service.id }, "Closed down");
    expect((await search("q=LE1+6RL")).results.map((r) => r.service.name)).not.toContain("Unverified help");
    const audit = await prisma.auditEvent.findFirst({ where: { entityId: service.id, action: "partner.hidden" } });
    expect(audit?.after).toContain("Closed down");
  });

  it("refuses an organisation member another group's profile (403)", async () => {
    const mine = await makeOrganisationWithCafe("partners-mine");
    const theirs = await makeOrganisationWithCafe("partners-theirs");
    const member = await makeUser([{ role: "organisation-member", organisationId: mine.organisation.id }]);
    const cookie = await signInCookieFor(member.id);
    expect((await call(profileLoader, get(`/organisation/profile?org=${mine.organisation.id}`, cookie))).status).toBe(200);
    expect((await call(profileLoader, get(`/organisation/profile?org=${theirs.organisation.id}`, cookie))).status).toBe(403);
  });
});

describe("other support nearby on a café page (demo data)", () => {
  it("lists \"covers your area\" services first (no more than two), then the nearest places, in the order the search gives", async () => {
    const cafe = await prisma.cafe.findFirstOrThrow({ where: { postcode: "LE1 1HL" } });
    const nearby = await otherSupportNear(cafe.lat, cafe.lng);
    const places = nearby.filter((r) => !r.coversArea);
    const areaWide = nearby.filter((r) => r.coversArea);
    expect(places.length).toBeGreaterThan(0);
    expect(places.length).toBeLessThanOrEqual(3);
    expect(areaWide.length).toBeGreaterThan(0);
    expect(areaWide.length).toBeLessThanOrEqual(2);
    expect(nearby.slice(0, areaWide.length)).toEqual(areaWide);
    const miles = places.map((r) => r.miles!);
    expect(miles).toEqual([...miles].sort((a, b) => a - b));
    // The same order as /partners (and the finder's layer) for the same place.
    const shown = new Set(nearby.map((r) => r.service.id));
    const searched = (await supportNear(cafe.lat, cafe.lng, Number.POSITIVE_INFINITY)).filter((r) => shown.has(r.service.id));
    expect(nearby.map((r) => r.service.id)).toEqual(searched.map((r) => r.service.id));
  });
});
