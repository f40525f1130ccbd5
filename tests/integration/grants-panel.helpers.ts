import { prisma } from "~/platform/db.server";
import { makeUser } from "./auth.helpers";

/**
 * Grants data made for one test (independent of the demo data): a round with weighted criteria, an
 * organisation with a member, applications at a given status, and people with their roles as a write sees them.
 */
let n = 0;
const suffix = () => `${Date.now().toString(36)}-${(++n).toString(36)}-${Math.random().toString(36).slice(2, 6)}`;

export async function actorWith(roles: Parameters<typeof makeUser>[0], name = "Test Person") {
  const user = await makeUser(roles, { name });
  const held = await prisma.roleAssignment.findMany({ where: { userId: user.id }, select: { role: true, cafeId: true, organisationId: true } });
  return { id: user.id, name, email: user.email, roles: held };
}

export async function makeRound(options: { budgetPence?: number; maxAwardPence?: number } = {}) {
  const s = suffix();
  return prisma.grantRound.create({
    data: {
      slug: `round-${s}`,
      title: `Round ${s}`,
      kind: "neighbourhood",
      budgetPence: options.budgetPence ?? 100_000_00,
      maxAwardPence: options.maxAwardPence ?? 50_000_00,
      status: "closed",
      criteria: {
        create: [
          { title: "Need", weight: 3, sortOrder: 1 },
          { title: "Plan", weight: 2, sortOrder: 2 },
          { title: "Value", weight: 1, sortOrder: 3 },
        ],
      },
    },
    include: { criteria: { orderBy: { sortOrder: "asc" } } },
  });
}

export async function makeApplicant() {
  const s = suffix();
  const organisation = await prisma.organisation.create({ data: { slug: `org-${s}`, name: `Group ${s}`, town: "Leicester" } });
  const member = await actorWith([{ role: "organisation-member", organisationId: organisation.id }], "Applicant Person");
  return { organisation, member };
}

export async function makeApplication(roundId: string, organisationId: string, options: { status?: string; requestedPence?: number } = {}) {
  return prisma.grantApplication.create({
    data: {
      reference: `T-${suffix()}`,
      roundId,
      organisationId,
      status: options.status ?? "at-panel",
      cafeName: "Test Café",
      requestedPence: options.requestedPence ?? 20_000_00,
      submittedAt: new Date("2026-11-01T10:00:00Z"),
      submissionCount: 1,
    },
  });
}
