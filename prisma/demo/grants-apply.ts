import type { Prisma } from "@prisma/client";
import { fromLondon, londonDate } from "../../app/lib/london-time";

/**
 * Demo grants, the applicant's side: demo organisations verified (one left waiting for a check), an open
 * neighbourhood round, a decided round and an archived one, and applications in the open round as a
 * draft, submitted, and waiting for more information. Every name is invented.
 */
type Tx = Prisma.TransactionClient;

const DAY = 86_400_000;

const SECTIONS = (cafeName: string, postcode: string) => ({
  cafe: { cafeName, venueName: "Community Hall", addressLine1: "1 Demo Street", town: "Leicester", postcode, coverageSiteId: "" },
  communities: { communities: "Older South Asian residents and their carers (demonstration)", culturalOffer: "Gujarati- and Punjabi-speaking peer supporters, vegetarian food" },
  languages: { languageTagIds: [], otherLanguages: "Gujarati, Punjabi, English" },
  sessions: { sessions: [{ day: 2, start: "18:00", end: "21:00", note: "" }, { day: 5, start: "18:00", end: "22:00", note: "" }], sessionsNote: "" },
  staffing: { paidWorkers: 2, volunteers: 5, supervision: "Monthly group supervision with a clinical lead (demonstration)" },
  safeguarding: { leadName: "Demo Lead", leadRole: "Trustee", arrangements: "Named lead, annual training" },
  partners: { partners: "Local GP practices and a faith centre (demonstration)", coLocation: "" },
  "community-voice": { howShaped: "Three listening events and a survey (demonstration)" },
  budget: {
    lines: [
      { category: "staff", description: "Peer-support workers", amount: 900_000 },
      { category: "venue", description: "Hall hire", amount: 250_000 },
      { category: "refreshments", description: "", amount: 100_000 },
      { category: "training", description: "", amount: 150_000 },
    ],
    amountRequested: 1_400_000,
  },
  start: { plannedStartDate: "" },
});

export async function loadDemoGrantsApply(tx: Tx, now: Date, organisationId: Map<string, string>, footprintIds: string[], officerId: string | null) {
  const orgs = [...organisationId.values()];
  // Every demo organisation is verified but the last, which waits for a grant officer.
  for (const id of orgs.slice(0, -1)) await tx.organisation.update({ where: { id }, data: { verifiedAt: new Date(now.getTime() - 200 * DAY), verifiedById: officerId } });
  await tx.organisation.update({ where: { id: orgs[orgs.length - 1]! }, data: { registeredAt: new Date(now.getTime() - 3 * DAY) } });

  const at = (days: number, time = "12:00") => fromLondon(londonDate(new Date(now.getTime() + days * DAY)), time);
  const criteria = [
    { title: "Reach into the communities least served", weight: 3, sortOrder: 0 },
    { title: "Safe, well-supervised peer support", weight: 3, sortOrder: 1 },
    { title: "Community voice in the plan", weight: 2, sortOrder: 2 },
    { title: "Value for money", weight: 1, sortOrder: 3 },
  ];
  const checklist = [
    { text: "The organisation is a voluntary or community group in LLR", sortOrder: 0 },
    { text: "The café is in an area the round funds", sortOrder: 1 },
    { text: "A safeguarding policy and a named lead", sortOrder: 2 },
  ];
  const round = (slug: string, title: string, status: string, opens: number, closes: number) =>
    tx.grantRound.create({
      data: {
        slug,
        title,
        kind: "neighbourhood",
        status,
        guidance: "Demonstration round. Grants of up to £15,000 to open a crisis café in a primary care network area without one.\n\nRead the criteria below before you apply.",
        budgetPence: 12_000_000,
        maxAwardPence: 1_500_000,
        opensAt: at(opens, "09:00"),
        closesAt: at(closes),
        isDemo: true,
        createdById: officerId,
        criteria: { create: criteria },
        checklist: { create: checklist },
        areas: { create: footprintIds.map((footprintId) => ({ footprintId })) },
      },
    });
  const open = await round("demo-round-4", "Round 4 (demonstration): neighbourhood cafés", "open", -30, 30);
  await round("demo-round-3", "Round 3 (demonstration): neighbourhood cafés", "decided", -200, -140);
  await round("demo-round-2", "Round 2 (demonstration)", "archived", -500, -440);

  const application = async (reference: string, orgIndex: number, status: string, cafeName: string, keys: string[], options: { reopen?: string } = {}) => {
    const sections = SECTIONS(cafeName, "LE1 1FA") as Record<string, unknown>;
    const app = await tx.grantApplication.create({
      data: {
        reference,
        roundId: open.id,
        organisationId: orgs[orgIndex]!,
        status,
        cafeName,
        footprintId: footprintIds[0] ?? null,
        requestedPence: keys.includes("budget") ? 1_400_000 : 0,
        submittedAt: status === "draft" ? null : at(-5, "15:30"),
        submissionCount: status === "draft" ? 0 : 1,
        isDemo: true,
        sections: {
          create: keys.map((key) => ({
            key,
            data: JSON.stringify(sections[key]),
            reopenedAt: options.reopen === key ? at(-2, "10:00") : null,
            reopenComment: options.reopen === key ? "Please say who supervises the volunteers, and how often (demonstration)." : null,
          })),
        },
      },
    });
    await tx.applicationActivity.create({ data: { applicationId: app.id, action: "started", toStatus: "draft", visibleToApplicant: true, at: at(-20) } });
    if (status !== "draft") {
      await tx.applicationSubmission.create({ data: { applicationId: app.id, number: 1, sections: JSON.stringify(Object.fromEntries(keys.map((k) => [k, sections[k]]))), submittedAt: at(-5, "15:30") } });
      await tx.applicationActivity.create({ data: { applicationId: app.id, action: "submitted", fromStatus: "draft", toStatus: "submitted", visibleToApplicant: true, at: at(-5, "15:30") } });
    }
    if (status === "more-information") {
      await tx.applicationActivity.create({
        data: { applicationId: app.id, actorId: officerId, action: "information-requested", fromStatus: "submitted", toStatus: "more-information", note: "Staffing: who supervises the volunteers?", visibleToApplicant: true, at: at(-2, "10:00") },
      });
    }
  };
  const all = Object.keys(SECTIONS("", ""));
  await application("G-DEMO01", 0, "draft", "Clocktower Evening Tea Room (demonstration)", ["cafe", "communities", "languages"]);
  await application("G-DEMO02", 1, "submitted", "Golden Mile Night Café (demonstration)", all);
  await application("G-DEMO03", 2, "more-information", "Lantern Family Café (demonstration)", all, { reopen: "staffing" });
}
