import type { PrismaClient } from "@prisma/client";
import { originalHash } from "../../app/modules/cafe/translation-hash.server";
import { hashPassword } from "../../app/modules/identity/password.server";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./accounts";
import { loadDemoBookings } from "./bookings";
// Grants (apply)
import { loadDemoGrantsApply } from "./grants-apply";
// Grants (issue 9): panel
import { loadGrantsPanelDemo } from "./grants-panel";
// ---- grants: award
import { loadDemoAwards } from "./grants-award";
import { DEMO_ORGANISATIONS, DEMO_UNVERIFIED_ORGANISATIONS } from "./organisations";
import { loadDemoPartners } from "./partners";
import { demoPlan } from "./plan";

export type DemoResult =
  | { loaded: false; reason: string }
  | { loaded: true; organisations: number; partnerServices: number; applications: number; cafes: number; sessions: number; offers: number; exceptions: number; bookings: number; accounts: number; accountsKept: number };

/** Noon in London on a "YYYY-MM-DD" date, near enough (12:00 UTC is 12:00 or 13:00 there). */
const atNoon = (date: string) => new Date(`${date}T12:00:00Z`);

/** Why demo data may not be loaded into a database that is not empty. */
export const NOT_EMPTY_REASON = "the database already has cafés, organisations, accounts or invitations";

async function recordsThatRuleOutDemo(prisma: Pick<PrismaClient, "cafe" | "organisation" | "user" | "invitation">): Promise<number> {
  const counts = await Promise.all([prisma.cafe.count(), prisma.organisation.count(), prisma.user.count(), prisma.invitation.count()]);
  return counts.reduce((a, b) => a + b, 0);
}

/**
 * True when the database holds no café, organisation, account or invitation: the only state demo data may
 * be loaded into. A real deployment whose first administrator has been invited (npm run create-admin)
 * but has no café yet must never gain the demo accounts, whose password is public.
 */
export async function isEmptyForDemoData(prisma: PrismaClient): Promise<boolean> {
  return (await recordsThatRuleOutDemo(prisma)) === 0;
}

/**
 * Loads the demonstration organisations, cafés (with sessions, offers, tags and exceptions) and accounts,
 * all in one transaction, and only into an empty database (see isEmptyForDemoData): never next to real
 * records, and never twice. Run the reference data first (the cafés use its footprints, sites and tags).
 */
export async function loadDemoData(prisma: PrismaClient, now: Date): Promise<DemoResult> {
  if (!(await isEmptyForDemoData(prisma))) return { loaded: false, reason: NOT_EMPTY_REASON };
  const plan = demoPlan(now);
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  return prisma.$transaction(
    async (tx) => {
      if ((await recordsThatRuleOutDemo(tx)) > 0) return { loaded: false as const, reason: NOT_EMPTY_REASON };
      const tagId = new Map((await tx.tag.findMany({ select: { id: true, slug: true } })).map((t) => [t.slug, t.id]));
      const footprintId = new Map((await tx.footprint.findMany({ select: { id: true, code: true } })).map((f) => [f.code, f.id]));
      const siteId = new Map((await tx.coverageSite.findMany({ select: { id: true, slug: true } })).map((s) => [s.slug, s.id]));
      const need = <T>(map: Map<string, T>, key: string, what: string): T => {
        const value = map.get(key);
        if (value === undefined) throw new Error(`Demo data needs ${what} "${key}": load the reference data first`);
        return value;
      };

      const organisationId = new Map<string, string>();
      for (const o of DEMO_ORGANISATIONS) {
        const verifiedAt = DEMO_UNVERIFIED_ORGANISATIONS.includes(o.slug) ? null : now;
        const created = await tx.organisation.create({ data: { ...o, isDemo: true, verifiedAt } });
        organisationId.set(o.slug, created.id);
      }

      const cafeId = new Map<string, string>();
      let sessions = 0;
      let offers = 0;
      let exceptions = 0;
      for (const c of plan.cafes) {
        const cafe = await tx.cafe.create({
          data: {
            slug: c.slug,
            name: c.name,
            organisationId: need(organisationId, c.organisation, "organisation"),
            footprintId: need(footprintId, c.footprint, "footprint"),
            coverageSiteId: c.university ? need(siteId, c.university, "coverage site") : null,
            status: c.status,
            description: c.description,
            venueName: c.venueName,
            addressLine1: c.addressLine1,
            addressLine2: c.addressLine2 ?? null,
            town: c.town,
            postcode: c.postcode,
            lat: c.lat,
            lng: c.lng,
            phone: c.phone,
            email: c.email ?? null,
            website: c.website ?? null,
            gettingThere: c.gettingThere,
            whoFor: c.whoFor,
            accessNotes: c.accessNotes,
            textLanguage: c.textLanguage ?? "en",
            capPlacesDefault: c.capPlacesDefault ?? 2,
            hoursVerifiedAt: c.hoursVerifiedAt,
            isDemo: true,
            createdAt: atNoon(c.history[0]!.date),
            tags: { create: c.tags.map((slug) => ({ tagId: need(tagId, slug, "tag") })) },
            textTranslations: {
              create: (c.translations ?? []).map((tr) => ({ locale: tr.locale, description: tr.description, sourceHash: originalHash(c.description) })),
            },
          },
        });
        cafeId.set(c.slug, cafe.id);
        // Its past, as the audit trail records it (the coverage timeline reads this).
        await tx.auditEvent.createMany({
          data: c.history.map((h, i) => ({
            action: i === 0 ? "cafe.created" : "cafe.status.changed",
            entityType: "cafe",
            entityId: cafe.id,
            before: i === 0 ? null : JSON.stringify({ status: c.history[i - 1]!.status }),
            after: JSON.stringify({ status: h.status }),
            createdAt: atNoon(h.date),
          })),
        });

        const offerId = new Map<string, string>();
        for (const o of c.offers ?? []) {
          const offer = await tx.offer.create({
            data: {
              cafeId: cafe.id,
              title: o.title,
              description: o.description,
              tags: { create: o.tags.map((slug) => ({ tagId: need(tagId, slug, "tag") })) },
              translations: {
                create: (o.translations ?? []).map((tr) => ({
                  locale: tr.locale,
                  title: tr.title ?? o.title,
                  description: tr.description,
                  sourceHash: originalHash(o.title, o.description),
                })),
              },
            },
          });
          offerId.set(o.key, offer.id);
          offers++;
        }
        for (const s of c.sessions) {
          await tx.weeklySession.create({
            data: {
              cafeId: cafe.id,
              dayOfWeek: s.dayOfWeek,
              startTime: s.startTime,
              endTime: s.endTime,
              validFrom: s.validFrom,
              validUntil: s.validUntil,
              offerId: s.offer ? need(offerId, s.offer, "offer") : null,
              capPlaces: s.capPlaces,
            },
          });
          sessions++;
        }
        for (const e of c.exceptions) {
          await tx.scheduleException.create({
            data: {
              cafeId: cafe.id,
              kind: e.kind,
              startDate: e.startDate,
              endDate: e.endDate,
              startTime: e.startTime ?? null,
              endTime: e.endTime ?? null,
              reason: e.reason,
              offerId: e.offer ? need(offerId, e.offer, "offer") : null,
            },
          });
          exceptions++;
        }
      }

      const bookings = await loadDemoBookings(tx, now, cafeId);
      await loadDemoPartners(tx, now, organisationId);

      let accounts = 0;
      let accountsKept = 0;
      for (const a of DEMO_ACCOUNTS) {
        if (await tx.user.findUnique({ where: { email: a.email }, select: { id: true } })) {
          accountsKept++;
          continue;
        }
        const scopes =
          a.role === "cafe-manager"
            ? (a.cafes ?? []).map((slug) => ({ role: a.role, cafeId: need(cafeId, slug, "café") }))
            : a.role === "organisation-member"
              ? [{ role: a.role, organisationId: need(organisationId, a.organisation ?? "", "organisation") }]
              : [{ role: a.role }];
        await tx.user.create({ data: { email: a.email, name: a.name, passwordHash, roles: { create: scopes } } });
        accounts++;
      }

      // Grants (apply): verified organisations (one waiting), rounds open, decided and archived, applications
      const officer = await tx.user.findFirst({ where: { roles: { some: { role: "grant-officer" } } }, select: { id: true } });
      await loadDemoGrantsApply(tx, now, organisationId, [...footprintId.values()].slice(0, 6), officer?.id ?? null);
      // Grants (issue 9): applications at the panel's stages, after the accounts (the panel member is assigned).
      await loadGrantsPanelDemo(tx, now, { organisationId, footprintId });
      // ---- grants: award (an offer to accept, a café in set-up, a launched café with returns), in the decided round
      await loadDemoAwards(tx, now, { organisationId, cafeId, footprintId, tagId });

      return {
        loaded: true as const,
        organisations: await tx.organisation.count(),
        partnerServices: await tx.partnerService.count(),
        applications: await tx.grantApplication.count(),
        cafes: cafeId.size,
        sessions,
        offers,
        exceptions,
        bookings,
        accounts,
        accountsKept,
      };
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
}
