import { recordAudit } from "~/modules/audit/index.server";
import { can, type Actor } from "~/modules/identity";
import { enqueueEmail } from "~/modules/outbox/index.server";
import { now } from "~/platform/clock.server";
import { prisma } from "~/platform/db.server";
import { appUrl } from "~/platform/env.server";
import { recordActivity } from "./activity.server";
import { applicantEmails } from "./notify.server";
import { FORBIDDEN, NOT_FOUND, problem, type PanelRefusal } from "./results";
import { screeningEmail, submissionChanges, type ScreeningForm } from "./screening";
import { isSectionKey, type SectionKey } from "./sections";
import type { SectionNames } from "./section-display";
import { nextStatus, type ApplicationAction, type ApplicationStatus } from "./workflow";

const ACTION_OF = { eligible: "screen-eligible", ineligible: "screen-ineligible", "more-information": "request-information" } as const satisfies Record<
  ScreeningForm["outcome"],
  ApplicationAction
>;

function parsed(text: string | null | undefined): Record<string, unknown> {
  if (!text) return {};
  try {
    const value = JSON.parse(text) as unknown;
    return value && typeof value === "object" ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** The section keys stored as a JSON array on a screening. */
function sectionList(text: string | null): SectionKey[] {
  try {
    const value = JSON.parse(text ?? "[]") as unknown;
    return Array.isArray(value) ? value.filter(isSectionKey) : [];
  } catch {
    return [];
  }
}

/** Names for ids the sections store (language tags, university sites, footprints). */
async function namesForSections(): Promise<SectionNames> {
  const [tags, sites, footprints] = await Promise.all([
    prisma.tag.findMany({ where: { kind: "language" }, select: { id: true, label: true } }),
    prisma.coverageSite.findMany({ select: { id: true, name: true } }),
    prisma.footprint.findMany({ select: { id: true, name: true } }),
  ]);
  return Object.fromEntries([...tags.map((x) => [x.id, x.label]), ...sites.map((x) => [x.id, x.name]), ...footprints.map((x) => [x.id, x.name])]);
}

/** A round's eligibility checklist, in order. */
export async function eligibilityChecklist(roundId: string) {
  return prisma.grantEligibilityCheck.findMany({ where: { roundId }, orderBy: [{ sortOrder: "asc" }, { text: "asc" }], select: { id: true, text: true } });
}

/**
 * What the officer's and the panel's pages show of an application's text: its sections as they stand,
 * its attachments (downloaded through the gated attachment route), the sections reopened, the round's
 * checklist, past screenings, and — after a resubmission — what changed since the submission before.
 */
export async function applicationContent(applicationId: string) {
  const a = await prisma.grantApplication.findUnique({
    where: { id: applicationId },
    select: {
      roundId: true,
      sections: { select: { key: true, data: true, reopenedAt: true, reopenComment: true } },
      attachments: { where: { removedAt: null }, orderBy: { createdAt: "asc" }, select: { id: true, kind: true, originalName: true, sizeBytes: true } },
      submissions: { orderBy: { number: "desc" }, take: 2, select: { number: true, sections: true, submittedAt: true } },
      screenings: { orderBy: { createdAt: "asc" }, select: { id: true, outcome: true, reason: true, sections: true, createdAt: true, officerId: true } },
    },
  });
  if (!a) return null;
  const names = await namesForSections();
  const sections: Partial<Record<SectionKey, unknown>> = {};
  const reopened: Partial<Record<SectionKey, string>> = {};
  for (const s of a.sections) {
    if (!isSectionKey(s.key)) continue;
    sections[s.key] = parsed(s.data);
    if (s.reopenedAt) reopened[s.key] = s.reopenComment ?? "";
  }
  const [latest, previous] = a.submissions;
  const changes = latest && previous ? { from: previous.number, to: latest.number, sections: submissionChanges(parsed(previous.sections), parsed(latest.sections), names) } : null;
  const checklist = await eligibilityChecklist(a.roundId);
  return {
    sections,
    names,
    reopened,
    attachments: a.attachments.map((x) => ({ ...x, href: `/applications/${applicationId}/attachments/${x.id}` })),
    changes,
    checklist,
    screenings: a.screenings.map((s) => ({ ...s, sections: sectionList(s.sections) })),
  };
}

/**
 * Records the officer's screening of a submitted application. One transaction: the status moves with a
 * conditional update (only from "submitted"), the screening and its checklist answers are stored, the
 * reopened sections are marked with the comment, the log gets an entry the applicant can read, the change
 * is audited, and the applicant is emailed through the outbox.
 */
export async function screenApplication(actor: Actor, applicationId: string, form: ScreeningForm): Promise<{ ok: true } | PanelRefusal> {
  if (!can(actor, "grants.manage")) return FORBIDDEN;
  const application = await prisma.grantApplication.findUnique({
    where: { id: applicationId },
    select: { id: true, reference: true, cafeName: true, status: true, organisationId: true, roundId: true, round: { select: { title: true } } },
  });
  if (!application) return NOT_FOUND;
  const from = application.status as ApplicationStatus;
  const to = nextStatus(from, ACTION_OF[form.outcome], "officer");
  if (!to) return problem("stale");
  const checks = await prisma.grantEligibilityCheck.findMany({ where: { roundId: application.roundId }, select: { id: true } });
  if (checks.some((c) => form.answers[c.id] === undefined)) return problem("checklist-incomplete");
  if (form.outcome === "ineligible" && !form.reason.trim()) return problem("reason-required");
  if (form.outcome === "more-information" && (!form.sections.length || !form.comment.trim())) return problem("sections-required");
  const at = now();
  const reason = form.outcome === "ineligible" ? form.reason.trim() : null;
  const comment = form.outcome === "more-information" ? form.comment.trim() : null;
  return prisma.$transaction(async (tx): Promise<{ ok: true } | PanelRefusal> => {
    const moved = await tx.grantApplication.updateMany({
      where: { id: applicationId, status: from },
      data: { status: to, screenedAt: at, ...(reason ? { feedback: reason } : {}) },
    });
    if (moved.count !== 1) return problem("stale");
    await tx.applicationScreening.create({
      data: {
        applicationId,
        answers: JSON.stringify(form.answers),
        outcome: form.outcome,
        reason: reason ?? comment,
        sections: form.outcome === "more-information" ? JSON.stringify(form.sections) : null,
        officerId: actor.id,
        createdAt: at,
      },
    });
    if (form.outcome === "more-information") {
      await tx.applicationSection.updateMany({ where: { applicationId, key: { in: form.sections } }, data: { reopenedAt: at, reopenComment: comment } });
    }
    const action = form.outcome === "eligible" ? "screened-eligible" : form.outcome === "ineligible" ? "screened-ineligible" : "more-information";
    await recordActivity(tx, { applicationId, actorId: actor.id, action, fromStatus: from, toStatus: to, note: reason ?? comment, visibleToApplicant: true });
    await recordAudit(tx, {
      actorId: actor.id,
      action: `grant.screen.${form.outcome}`,
      entityType: "GrantApplication",
      entityId: applicationId,
      before: { status: from },
      after: { status: to, answers: form.answers, reason, sections: form.outcome === "more-information" ? form.sections : undefined, comment },
    });
    const words = screeningEmail({
      outcome: form.outcome,
      reference: application.reference,
      cafeName: application.cafeName,
      round: application.round.title,
      reason: reason ?? "",
      comment: comment ?? "",
      sections: form.sections,
      link: `${appUrl()}/organisation`,
    });
    for (const to of await applicantEmails(tx, application.organisationId)) {
      await enqueueEmail(tx, { to, subject: words.subject, text: words.text, kind: "grant-screening", reference: `GrantApplication:${applicationId}` });
    }
    return { ok: true };
  });
}
