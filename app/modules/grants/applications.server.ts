import { randomBytes } from "node:crypto";
import { recordAudit } from "~/modules/audit/index.server";
import { suggestFootprint } from "~/modules/footprint/index.server";
import { geocode } from "~/modules/geo/index.server";
import type { Actor } from "~/modules/identity";
import { now, todayInLondon } from "~/platform/clock.server";
import { prisma } from "~/platform/db.server";
import { recordActivity } from "./activity.server";
import { acceptsNewApplications, acceptsSubmissions } from "./rounds";
import { applicationProblems, ATTACHMENT_KINDS, isSectionKey, SECTION_KEYS, type ApplicationSectionsData, type SectionKey, type SectionProblem } from "./sections";
import { applicantMayEdit, isApplicationStatus, nextStatus, type ApplicationStatus } from "./workflow";

/**
 * Applications, the applicant's side: starting one in an open round, saving its sections one by one (a
 * save names the version it started from; a newer save of the same section refuses it, and the page shows
 * both), and submitting (every section complete, the organisation verified, the round open — before its
 * closing minute for a first submission). Every write carries the organisation in its `where`, so a
 * member of another organisation changes nothing.
 */

export type ApplicationFailure =
  | "not-found"
  | "round-not-open"
  | "locked"
  | "not-reopened"
  | "stale"
  | "incomplete"
  | "not-verified"
  | "closed";

function memberOrganisationIds(actor: Actor): string[] {
  return actor.roles.filter((r) => r.role === "organisation-member" && r.organisationId).map((r) => r.organisationId!);
}

function newReference(): string {
  const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  const bytes = randomBytes(6);
  return `G-${Array.from(bytes, (b) => alphabet[b % alphabet.length]).join("")}`;
}

/** Starts an application of `organisationId` (which the actor must be a member of) in an open round. */
export async function startApplication(
  actor: Actor,
  organisationId: string,
  roundId: string,
): Promise<{ ok: true; applicationId: string } | { ok: false; reason: ApplicationFailure }> {
  if (!memberOrganisationIds(actor).includes(organisationId)) return { ok: false, reason: "not-found" };
  const round = await prisma.grantRound.findUnique({ where: { id: roundId }, select: { id: true, status: true, opensAt: true, closesAt: true } });
  if (!round) return { ok: false, reason: "not-found" };
  if (!acceptsNewApplications(round, now())) return { ok: false, reason: "round-not-open" };
  for (let attempt = 0; ; attempt++) {
    try {
      const id = await prisma.$transaction(async (tx) => {
        const created = await tx.grantApplication.create({
          data: { reference: newReference(), roundId, organisationId, status: "draft", createdById: actor.id, createdAt: now() },
          select: { id: true },
        });
        await recordActivity(tx, { applicationId: created.id, actorId: actor.id, action: "started", toStatus: "draft", visibleToApplicant: true });
        return created.id;
      });
      return { ok: true, applicationId: id };
    } catch (error) {
      if ((error as { code?: string }).code === "P2002" && attempt < 3) continue;
      throw error;
    }
  }
}

export type StoredSection = { key: SectionKey; data: unknown; version: number; updatedAt: Date; updatedBy: string | null; reopenedAt: Date | null; reopenComment: string | null };

/** An application as its own organisation's members (and staff) see it: the round, sections, attachments. */
export async function getApplication(applicationId: string) {
  const row = await prisma.grantApplication.findUnique({
    where: { id: applicationId },
    select: {
      id: true,
      reference: true,
      status: true,
      organisationId: true,
      cafeName: true,
      footprintId: true,
      coverageSiteId: true,
      requestedPence: true,
      submittedAt: true,
      submissionCount: true,
      createdAt: true,
      organisation: { select: { id: true, name: true, verifiedAt: true } },
      round: {
        select: {
          id: true,
          slug: true,
          title: true,
          kind: true,
          status: true,
          opensAt: true,
          closesAt: true,
          maxAwardPence: true,
          areas: { select: { footprintId: true, coverageSiteId: true, footprint: { select: { name: true } }, coverageSite: { select: { name: true } } } },
        },
      },
      sections: { select: { key: true, data: true, version: true, updatedAt: true, updatedById: true, reopenedAt: true, reopenComment: true } },
      attachments: {
        where: { removedAt: null },
        orderBy: { createdAt: "asc" },
        select: { id: true, kind: true, originalName: true, mediaType: true, sizeBytes: true, createdAt: true },
      },
    },
  });
  if (!row) return null;
  const sections: StoredSection[] = row.sections
    .filter((s) => isSectionKey(s.key))
    .map((s) => ({
      key: s.key as SectionKey,
      data: safeJson(s.data),
      version: s.version,
      updatedAt: s.updatedAt,
      updatedBy: s.updatedById,
      reopenedAt: s.reopenedAt,
      reopenComment: s.reopenComment,
    }));
  return { ...row, sections };
}
export type ApplicationView = NonNullable<Awaited<ReturnType<typeof getApplication>>>;

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/** The sections' data by key. */
export function sectionsData(view: Pick<ApplicationView, "sections">): ApplicationSectionsData {
  const out: Record<string, unknown> = {};
  for (const s of view.sections) out[s.key] = s.data;
  return out as ApplicationSectionsData;
}

/** The problems that stop an application being submitted (empty: complete). */
export function problemsOf(view: ApplicationView): SectionProblem[] {
  const areas = view.round.areas;
  return applicationProblems(sectionsData(view), {
    roundKind: view.round.kind,
    maxAwardPence: view.round.maxAwardPence,
    eligibleFootprintIds: areas.map((a) => a.footprintId).filter((id): id is string => !!id),
    eligibleSiteIds: areas.map((a) => a.coverageSiteId).filter((id): id is string => !!id),
    footprintId: view.footprintId,
    attachmentKinds: [...new Set(view.attachments.map((a) => a.kind))].filter((k) => (ATTACHMENT_KINDS as readonly string[]).includes(k)),
  });
}

/** The footprint a café's postcode falls in today, or null when the postcode cannot be placed. */
async function footprintOfPostcode(postcode: string): Promise<string | null> {
  if (!postcode.trim()) return null;
  const found = await geocode(postcode, { onlineTimeoutMs: 2000 });
  if (!found.ok || found.precision === "district" || found.precision === "place" || !found.inLLR) return null;
  return (await suggestFootprint(found.lat, found.lng, todayInLondon()))?.id ?? null;
}

export type SaveResult =
  | { ok: true; version: number }
  | { ok: false; reason: "stale"; current: { data: unknown; version: number; updatedAt: Date; updatedBy: string | null } }
  | { ok: false; reason: Exclude<ApplicationFailure, "stale"> }
  | { ok: false; reason: "unknown-choice"; field: string };

/** The field of a section whose ids (a university site, language tags) are not ones the page offers, or null. */
async function unknownChoice(key: SectionKey, data: Record<string, unknown>): Promise<string | null> {
  if (key === "cafe" && typeof data.coverageSiteId === "string" && data.coverageSiteId) {
    if (!(await prisma.coverageSite.count({ where: { id: data.coverageSiteId, kind: "university" } }))) return "coverageSiteId";
  }
  if (key === "languages" && Array.isArray(data.languageTagIds) && data.languageTagIds.length) {
    const ids = [...new Set(data.languageTagIds as string[])];
    if ((await prisma.tag.count({ where: { id: { in: ids }, kind: "language" } })) !== ids.length) return "languageTagIds";
  }
  return null;
}

/** What the application row keeps in step with a section (for lists, eligibility and the budget). */
async function denormalised(key: SectionKey, data: Record<string, unknown>): Promise<{ row: Record<string, unknown>; data: Record<string, unknown> }> {
  if (key === "cafe") {
    const footprintId = await footprintOfPostcode(String(data.postcode ?? ""));
    return {
      row: { cafeName: String(data.cafeName ?? ""), footprintId, coverageSiteId: data.coverageSiteId ? String(data.coverageSiteId) : null },
      data: { ...data, footprintId },
    };
  }
  if (key === "budget") return { row: { requestedPence: typeof data.amountRequested === "number" ? data.amountRequested : 0 }, data };
  if (key === "start") return { row: { plannedStartDate: data.plannedStartDate ? String(data.plannedStartDate) : null }, data };
  return { row: {}, data };
}

/**
 * Saves one section, if nobody saved it since `baseVersion` (0: the section was empty when the page was
 * opened). A stale save changes nothing and returns the newer version, so the page can show both.
 */
export async function saveSection(
  actor: Actor,
  applicationId: string,
  key: SectionKey,
  input: Record<string, unknown>,
  baseVersion: number,
): Promise<SaveResult> {
  const organisationIds = memberOrganisationIds(actor);
  const app = await prisma.grantApplication.findFirst({
    where: { id: applicationId, organisationId: { in: organisationIds } },
    select: { id: true, status: true, sections: { where: { key }, select: { reopenedAt: true } } },
  });
  if (!app || !isApplicationStatus(app.status)) return { ok: false, reason: "not-found" };
  if (!applicantMayEdit(app.status)) return { ok: false, reason: "locked" };
  if (app.status === "more-information" && !app.sections[0]?.reopenedAt) return { ok: false, reason: "not-reopened" };
  const unknown = await unknownChoice(key, input);
  if (unknown) return { ok: false, reason: "unknown-choice", field: unknown };
  const { row, data } = await denormalised(key, input);
  const json = JSON.stringify(data);
  const at = now();

  return prisma.$transaction(async (tx): Promise<SaveResult> => {
    // The application must still be editable by this organisation: checked in the same write.
    const touched = await tx.grantApplication.updateMany({
      where: { id: applicationId, organisationId: { in: organisationIds }, status: app.status },
      data: { ...row, updatedAt: at },
    });
    if (touched.count !== 1) return { ok: false, reason: "locked" };
    let saved = 0;
    if (baseVersion === 0) {
      const exists = await tx.applicationSection.findUnique({ where: { applicationId_key: { applicationId, key } }, select: { version: true } });
      if (!exists) {
        await tx.applicationSection.create({ data: { applicationId, key, data: json, version: 1, updatedById: actor.id } });
        saved = 1;
      }
    } else {
      const { count } = await tx.applicationSection.updateMany({
        where: { applicationId, key, version: baseVersion },
        data: { data: json, version: baseVersion + 1, updatedById: actor.id, updatedAt: at },
      });
      if (count === 1) saved = baseVersion + 1;
    }
    if (saved === 0) {
      const current = await tx.applicationSection.findUnique({ where: { applicationId_key: { applicationId, key } } });
      // Undo the row's denormalised copy: the section did not change.
      throw new StaleSave(current ? { data: safeJson(current.data), version: current.version, updatedAt: current.updatedAt, updatedBy: current.updatedById } : null);
    }
    return { ok: true, version: saved };
  }).catch(async (error: unknown): Promise<SaveResult> => {
    if (error instanceof StaleSave && error.current) return { ok: false, reason: "stale", current: error.current };
    if ((error as { code?: string }).code === "P2002") {
      const current = await prisma.applicationSection.findUnique({ where: { applicationId_key: { applicationId, key } } });
      if (current) return { ok: false, reason: "stale", current: { data: safeJson(current.data), version: current.version, updatedAt: current.updatedAt, updatedBy: current.updatedById } };
    }
    throw error;
  });
}

class StaleSave extends Error {
  constructor(readonly current: { data: unknown; version: number; updatedAt: Date; updatedBy: string | null } | null) {
    super("stale");
  }
}

export type SubmitResult = { ok: true; submittedAt: Date } | { ok: false; reason: ApplicationFailure; problems?: SectionProblem[] };

/**
 * Submits: every section complete, the organisation verified, and — for a first submission — the round
 * open and before its closing minute. Locks the application (status "submitted"), records the time and
 * a copy of every section, reopened sections close again; all in one transaction, by a conditional update.
 */
export async function submitApplication(actor: Actor, applicationId: string): Promise<SubmitResult> {
  const organisationIds = memberOrganisationIds(actor);
  const view = await getApplication(applicationId);
  if (!view || !organisationIds.includes(view.organisationId) || !isApplicationStatus(view.status)) return { ok: false, reason: "not-found" };
  const from: ApplicationStatus = view.status;
  const to = nextStatus(from, "submit", "applicant");
  if (!to) return { ok: false, reason: "locked" };
  const at = now();
  if (from === "draft" && !acceptsSubmissions(view.round, at)) return { ok: false, reason: "closed" };
  if (!view.organisation.verifiedAt) return { ok: false, reason: "not-verified" };
  const problems = problemsOf(view);
  if (problems.length) return { ok: false, reason: "incomplete", problems };

  return prisma.$transaction(async (tx): Promise<SubmitResult> => {
    const sections = await tx.applicationSection.findMany({ where: { applicationId }, select: { key: true, data: true } });
    const { count } = await tx.grantApplication.updateMany({
      where: { id: applicationId, organisationId: { in: organisationIds }, status: from },
      data: { status: to, submittedAt: at, submissionCount: { increment: 1 } },
    });
    if (count !== 1) return { ok: false, reason: "locked" };
    const number = (await tx.grantApplication.findUniqueOrThrow({ where: { id: applicationId }, select: { submissionCount: true } })).submissionCount;
    const copy: Record<string, unknown> = {};
    for (const s of sections) if (SECTION_KEYS.includes(s.key as SectionKey)) copy[s.key] = safeJson(s.data);
    await tx.applicationSubmission.create({ data: { applicationId, number, sections: JSON.stringify(copy), submittedAt: at, submittedById: actor.id } });
    await tx.applicationSection.updateMany({ where: { applicationId }, data: { reopenedAt: null, reopenComment: null } });
    await recordActivity(tx, { applicationId, actorId: actor.id, action: number > 1 ? "resubmitted" : "submitted", fromStatus: from, toStatus: to, visibleToApplicant: true });
    await recordAudit(tx, { actorId: actor.id, action: "application.submitted", entityType: "GrantApplication", entityId: applicationId, after: { number } });
    return { ok: true, submittedAt: at };
  });
}

/** The applications of an organisation, newest first (for its home). */
export async function listOrganisationApplications(organisationId: string) {
  return prisma.grantApplication.findMany({
    where: { organisationId },
    orderBy: { createdAt: "desc" },
    select: { id: true, reference: true, status: true, cafeName: true, requestedPence: true, submittedAt: true, round: { select: { title: true, closesAt: true } } },
  });
}

/** Rounds taking applications now (for the organisation's home). */
export async function listOpenRounds() {
  const at = now();
  return prisma.grantRound.findMany({
    where: { status: "open", closesAt: { gt: at }, OR: [{ opensAt: null }, { opensAt: { lte: at } }] },
    orderBy: { closesAt: "asc" },
    select: { id: true, slug: true, title: true, kind: true, closesAt: true, maxAwardPence: true, guidance: true },
  });
}

/** Names for the ids a read-only view of sections shows (language tags, university sites, footprints). */
export async function sectionNames(): Promise<Record<string, string>> {
  const [tags, sites, footprints] = await Promise.all([
    prisma.tag.findMany({ where: { kind: "language" }, select: { id: true, label: true } }),
    prisma.coverageSite.findMany({ select: { id: true, name: true } }),
    prisma.footprint.findMany({ select: { id: true, name: true } }),
  ]);
  return Object.fromEntries([...tags.map((t) => [t.id, t.label]), ...sites.map((s) => [s.id, s.name]), ...footprints.map((f) => [f.id, f.name])]);
}


/** Whether a grant officer has verified the organisation (it may submit applications). */
export async function organisationVerified(organisationId: string): Promise<boolean> {
  const row = await prisma.organisation.findUnique({ where: { id: organisationId }, select: { verifiedAt: true } });
  return !!row?.verifiedAt;
}
