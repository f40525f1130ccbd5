import type { Prisma } from "@prisma/client";

/**
 * Demonstration grants at the panel's stages (issue 9): a neighbourhood round closed for applications
 * and being decided, with its criteria, checklist and the demo panel member assigned to it, holding
 * - an application at panel the panel member has still to declare on (their first task on /panel),
 * - an application at panel on which the panel member declared a conflict and is recused,
 * - an application screened out (not eligible, with the reason),
 * - an application declined (with feedback), after a review.
 * Names and text are invented. Everything is marked isDemo.
 */
type Tx = Prisma.TransactionClient;

const DAY = 86_400_000;

function sections(cafeName: string, town: string, postcode: string, paidWorkers: number, requestedPence: number) {
  return {
    cafe: { cafeName, venueName: `${town} Community Centre`, addressLine1: "12 Church Street", town, postcode, coverageSiteId: "" },
    communities: { communities: "Adults of all ages in the neighbourhood, with a welcome for people new to the area.", culturalOffer: "Food and conversation in community languages." },
    languages: { languageTagIds: [], otherLanguages: "" },
    sessions: { sessions: [{ day: 4, start: "18:00", end: "21:00", note: "Thursday evenings" }], sessionsNote: "" },
    staffing: { paidWorkers, volunteers: 4, supervision: "Monthly clinical supervision from the local mental health trust." },
    safeguarding: { leadName: "A. Patel", leadRole: "Safeguarding lead", arrangements: "Policy reviewed yearly; all staff trained." },
    partners: { partners: "The local GP practice and the Central Access Point.", coLocation: "" },
    "community-voice": { howShaped: "Two listening events and a survey of 60 residents." },
    budget: { lines: [{ category: "staff", description: "Peer-support workers", amount: requestedPence }], amountRequested: requestedPence },
    start: { plannedStartDate: "2027-04-01" },
  };
}

export async function loadGrantsPanelDemo(
  tx: Tx,
  now: Date,
  ids: { organisationId: Map<string, string>; footprintId: Map<string, string> },
): Promise<{ applications: number }> {
  const panelUser = await tx.user.findUnique({ where: { email: "panel@example.org" }, select: { id: true } });
  const officer = await tx.user.findUnique({ where: { email: "officer@example.org" }, select: { id: true } });
  const round = await tx.grantRound.create({
    data: {
      slug: "neighbourhood-round-3-panel",
      title: "Neighbourhood cafés — Round 3",
      kind: "neighbourhood",
      guidance: "Grants for voluntary and community groups to open a crisis café in a footprint without one.",
      budgetPence: 120_000_00,
      maxAwardPence: 40_000_00,
      opensAt: new Date(now.getTime() - 60 * DAY),
      closesAt: new Date(now.getTime() - 14 * DAY),
      status: "closed",
      isDemo: true,
      createdById: officer?.id ?? null,
      criteria: {
        create: [
          { title: "Need in the footprint", description: "Evidence of need and of the people the café will reach.", weight: 3, sortOrder: 1 },
          { title: "Safe, well-run sessions", description: "Staffing, supervision and safeguarding.", weight: 2, sortOrder: 2 },
          { title: "Community voice", description: "How the community shaped the plan.", weight: 1, sortOrder: 3 },
        ],
      },
      checklist: {
        create: [
          { text: "The group is a voluntary or community organisation", sortOrder: 1 },
          { text: "The café is in an eligible footprint", sortOrder: 2 },
          { text: "A safeguarding policy is attached", sortOrder: 3 },
        ],
      },
    },
    include: { criteria: { orderBy: { sortOrder: "asc" } } },
  });
  if (panelUser) await tx.panelAssignment.create({ data: { roundId: round.id, userId: panelUser.id, assignedById: officer?.id ?? null } });

  const make = async (n: number, organisation: string, footprint: string, status: string, cafeName: string, town: string, postcode: string, requestedPence: number) => {
    const organisationId = ids.organisationId.get(organisation);
    if (!organisationId) throw new Error(`Demo grants need the organisation "${organisation}"`);
    const submittedAt = new Date(now.getTime() - (20 + n) * DAY);
    const data = sections(cafeName, town, postcode, n % 2 ? 2 : 1, requestedPence);
    const application = await tx.grantApplication.create({
      data: {
        reference: `R3-${String(n).padStart(4, "0")}`,
        roundId: round.id,
        organisationId,
        status,
        cafeName,
        footprintId: ids.footprintId.get(footprint) ?? null,
        requestedPence,
        plannedStartDate: "2027-04-01",
        submittedAt,
        submissionCount: 1,
        screenedAt: status === "submitted" ? null : new Date(submittedAt.getTime() + 3 * DAY),
        isDemo: true,
        sections: { create: Object.entries(data).map(([key, value]) => ({ key, data: JSON.stringify(value) })) },
        submissions: { create: { number: 1, sections: JSON.stringify(data), submittedAt } },
      },
    });
    await tx.applicationActivity.create({
      data: { applicationId: application.id, action: "submitted", fromStatus: "draft", toStatus: "submitted", visibleToApplicant: true, at: submittedAt },
    });
    return application;
  };
  const toPanel = async (applicationId: string, at: Date) => {
    await tx.applicationScreening.create({ data: { applicationId, answers: "{}", outcome: "eligible", officerId: officer?.id ?? "", createdAt: at } });
    await tx.applicationActivity.create({
      data: { applicationId, actorId: officer?.id ?? null, action: "screened-eligible", fromStatus: "submitted", toStatus: "at-panel", visibleToApplicant: true, at },
    });
  };
  const screenedAt = new Date(now.getTime() - 10 * DAY);

  // At panel, the panel member still to declare.
  const open = await make(11, "golden-mile-wellbeing-circle", "U05642", "at-panel", "Golden Mile Evening Café", "Leicester", "LE4 5AA", 32_000_00);
  await toPanel(open.id, screenedAt);

  // At panel, the panel member recused.
  const recused = await make(12, "soar-valley-friends-network", "U33192", "at-panel", "Soar Valley Friday Café", "Birstall", "LE4 4DS", 28_500_00);
  await toPanel(recused.id, screenedAt);
  if (panelUser) {
    const description = "I volunteer with Soar Valley Friends Network.";
    await tx.conflictDeclaration.create({ data: { applicationId: recused.id, userId: panelUser.id, hasConflict: true, description, declaredAt: screenedAt } });
    await tx.applicationActivity.create({
      data: { applicationId: recused.id, actorId: panelUser.id, action: "panel-recused", note: description, visibleToApplicant: false, at: screenedAt },
    });
  }

  // Screened out.
  const reason = "The proposed venue is in a footprint that already has a café; this round funds footprints without one.";
  const ineligible = await make(13, "coalfield-companions", "U42007", "ineligible", "Coalville Drop-in", "Coalville", "LE67 3FA", 18_000_00);
  await tx.grantApplication.update({ where: { id: ineligible.id }, data: { feedback: reason } });
  await tx.applicationScreening.create({ data: { applicationId: ineligible.id, answers: "{}", outcome: "ineligible", reason, officerId: officer?.id ?? "", createdAt: screenedAt } });
  await tx.applicationActivity.create({
    data: { applicationId: ineligible.id, actorId: officer?.id ?? null, action: "screened-ineligible", fromStatus: "submitted", toStatus: "ineligible", note: reason, visibleToApplicant: true, at: screenedAt },
  });

  // Declined after a review.
  const feedback = "The panel valued the listening events but found the staffing too thin for evening sessions. We would welcome a new application with a second paid worker.";
  const declined = await make(14, "wolds-and-vale-peer-support", "U25294", "declined", "Wolds Café", "Melton Mowbray", "LE13 0AA", 36_000_00);
  await toPanel(declined.id, screenedAt);
  if (panelUser) {
    await tx.conflictDeclaration.create({ data: { applicationId: declined.id, userId: panelUser.id, hasConflict: false, declaredAt: screenedAt } });
    await tx.panelReview.create({
      data: {
        applicationId: declined.id,
        userId: panelUser.id,
        recommendation: "no",
        comment: "A thoughtful plan, thinly staffed.",
        submittedAt: new Date(now.getTime() - 7 * DAY),
        scores: { create: round.criteria.map((c, i) => ({ criterionId: c.id, score: [3, 1, 4][i] ?? null })) },
      },
    });
  }
  const decidedAt = new Date(now.getTime() - 3 * DAY);
  await tx.grantApplication.update({ where: { id: declined.id }, data: { feedback, decidedAt } });
  await tx.applicationActivity.create({
    data: { applicationId: declined.id, actorId: officer?.id ?? null, action: "declined", fromStatus: "at-panel", toStatus: "declined", note: feedback, visibleToApplicant: true, at: decidedAt },
  });
  await tx.applicationMessage.create({
    data: { applicationId: declined.id, authorId: officer?.id ?? panelUser?.id ?? "", fromStaff: true, body: "Happy to talk through the feedback before Round 4 opens.", createdAt: decidedAt },
  });
  return { applications: 4 };
}
