import { recordAudit } from "~/modules/audit/index.server";
import type { Actor } from "~/modules/identity";
import { enqueueEmail } from "~/modules/outbox/index.server";
import { now } from "~/platform/clock.server";
import { prisma } from "~/platform/db.server";
import { appUrl } from "~/platform/env.server";
import type { ApplicationAccess } from "./access.server";
import { applicantEmails, officerEmails } from "./notify.server";
import { FORBIDDEN, NOT_FOUND, type PanelRefusal } from "./results";
import { threadEmail } from "./thread";

/**
 * The message thread of an application, between its organisation's members and the grant officers. Panel
 * members take no part in it. Each message tells the other side by email (through the outbox) that a
 * message is waiting; the text is read in the app.
 */
export type ThreadMessage = { id: string; body: string; fromStaff: boolean; author: string; createdAt: Date };

export async function applicationThread(access: ApplicationAccess, applicationId: string): Promise<ThreadMessage[] | null> {
  if (access !== "staff" && access !== "applicant") return null;
  const messages = await prisma.applicationMessage.findMany({
    where: { applicationId },
    orderBy: { createdAt: "asc" },
    select: { id: true, body: true, fromStaff: true, createdAt: true, authorId: true },
  });
  const authors = await prisma.user.findMany({ where: { id: { in: [...new Set(messages.map((m) => m.authorId))] } }, select: { id: true, name: true } });
  const names = new Map(authors.map((a) => [a.id, a.name]));
  return messages.map((m) => ({ id: m.id, body: m.body, fromStaff: m.fromStaff, createdAt: m.createdAt, author: names.get(m.authorId) ?? "" }));
}

export async function postMessage(
  actor: Actor & { name: string },
  access: ApplicationAccess,
  applicationId: string,
  body: string,
): Promise<{ ok: true } | PanelRefusal> {
  if (access !== "staff" && access !== "applicant") return FORBIDDEN;
  const application = await prisma.grantApplication.findUnique({
    where: { id: applicationId },
    select: { id: true, reference: true, cafeName: true, organisationId: true },
  });
  if (!application) return NOT_FOUND;
  const fromStaff = access === "staff";
  await prisma.$transaction(async (tx) => {
    const created = await tx.applicationMessage.create({
      data: { applicationId, authorId: actor.id, fromStaff, body: body.trim(), createdAt: now() },
      select: { id: true },
    });
    await recordAudit(tx, { actorId: actor.id, action: "grant.message", entityType: "GrantApplication", entityId: applicationId, after: { messageId: created.id, fromStaff } });
    const recipients = fromStaff ? await applicantEmails(tx, application.organisationId) : await officerEmails(tx);
    const link = fromStaff ? `${appUrl()}/organisation/applications/${applicationId}/messages` : `${appUrl()}/grants/applications/${applicationId}`;
    const words = threadEmail({ toStaff: !fromStaff, reference: application.reference, cafeName: application.cafeName, author: actor.name, link });
    for (const to of recipients) {
      await enqueueEmail(tx, { to, subject: words.subject, text: words.text, kind: "grant-message", reference: `GrantApplication:${applicationId}` });
    }
  });
  return { ok: true };
}
