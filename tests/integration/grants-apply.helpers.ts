import type { Actor } from "~/modules/identity";
import { prisma } from "~/platform/db.server";
import { makeUser } from "./auth.helpers";

/** Helpers for the grants tests: a round, an organisation with a member, a complete set of sections. */

let n = 0;
const suffix = () => `${++n}-${Math.random().toString(36).slice(2, 8)}`;

export async function actorOf(userId: string): Promise<Actor> {
  return {
    id: userId,
    roles: await prisma.roleAssignment.findMany({ where: { userId }, select: { role: true, cafeId: true, organisationId: true } }),
  };
}

/** An open neighbourhood round closing at `closesAt`, funding `footprintIds`, with a criterion. */
export async function makeRound(options: { closesAt: Date; opensAt?: Date; footprintIds?: string[]; status?: string; maxAwardPence?: number }) {
  const s = suffix();
  return prisma.grantRound.create({
    data: {
      slug: `round-${s}`,
      title: `Round ${s}`,
      kind: "neighbourhood",
      budgetPence: 10_000_000,
      maxAwardPence: options.maxAwardPence ?? 1_500_000,
      opensAt: options.opensAt ?? new Date("2026-01-01T00:00:00Z"),
      closesAt: options.closesAt,
      status: options.status ?? "open",
      criteria: { create: [{ title: "Reach", weight: 1 }] },
      areas: { create: (options.footprintIds ?? []).map((footprintId) => ({ footprintId })) },
    },
  });
}

/** An organisation (verified or not) with one member; returns the member as an Actor. */
export async function makeApplicantOrganisation(options: { verified: boolean }) {
  const s = suffix();
  const organisation = await prisma.organisation.create({
    data: { slug: `grant-org-${s}`, name: `Grant Org ${s}`, verifiedAt: options.verified ? new Date("2026-02-01T00:00:00Z") : null },
  });
  const user = await makeUser([{ role: "organisation-member", organisationId: organisation.id }]);
  return { organisation, member: await actorOf(user.id), userId: user.id };
}

/** Every section filled in, the budget adding up to £10,000. */
export const COMPLETE_SECTIONS: Record<string, Record<string, unknown>> = {
  cafe: { cafeName: "Belgrave Tea Room", venueName: "Community Hall", addressLine1: "University Road", town: "Leicester", postcode: "LE1 7RH", coverageSiteId: "" },
  communities: { communities: "South Asian elders", culturalOffer: "Gujarati-speaking peer support" },
  languages: { languageTagIds: [], otherLanguages: "Gujarati, Punjabi" },
  sessions: { sessions: [{ day: 2, start: "18:00", end: "21:00", note: "" }], sessionsNote: "" },
  staffing: { paidWorkers: 2, volunteers: 4, supervision: "Monthly clinical supervision" },
  safeguarding: { leadName: "Asha Patel", leadRole: "Trustee", arrangements: "" },
  partners: { partners: "Local mosque and temple", coLocation: "" },
  "community-voice": { howShaped: "Three listening events" },
  budget: { lines: [{ category: "staff", description: "Peer workers", amount: 800_000 }, { category: "venue", description: "", amount: 200_000 }], amountRequested: 1_000_000 },
  start: { plannedStartDate: "2027-06-01" },
};

export const PDF_BYTES = new TextEncoder().encode("%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

/** A multipart upload request, as a browser sends the attachment form. */
export function uploadRequest(path: string, fields: Record<string, string>, file: { name: string; bytes: Uint8Array; type: string }, cookie: string): Request {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  form.append("file", new File([Buffer.from(file.bytes)], file.name, { type: file.type }));
  return new Request(`http://localhost:3000${path}`, { method: "POST", body: form, headers: { Cookie: cookie } });
}

/** For the authorisation table: an open round and a draft application of `organisationId` (with an attachment id that does not exist). */
export async function makeGrantFixtures(organisationId: string) {
  const round = await makeRound({ closesAt: new Date("2099-01-01T12:00:00Z") });
  const application = await prisma.grantApplication.create({
    data: { reference: `G-AUTH${suffix().slice(0, 4).toUpperCase()}`, roundId: round.id, organisationId, status: "draft" },
  });
  return { roundId: round.id, applicationId: application.id };
}
