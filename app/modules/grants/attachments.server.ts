import { randomBytes } from "node:crypto";
import { recordAudit } from "~/modules/audit/index.server";
import type { Actor } from "~/modules/identity";
import { now } from "~/platform/clock.server";
import { prisma } from "~/platform/db.server";
import { fileStorage } from "~/platform/file-storage.server";
import { detectMediaType, MAX_ATTACHMENT_BYTES, safeFileName } from "./attachments";
import type { AttachmentKind } from "./sections";
import { applicantMayEdit, isApplicationStatus } from "./workflow";

/**
 * Attachments: stored in file storage under a random key (never the file's name), the type detected
 * from the content, the original name kept for the download's name only. Only members of the applying
 * organisation add or remove them, while the application is editable; reading one goes through
 * applicationAccess in the route.
 */
export type AttachmentFailure = "not-found" | "locked" | "too-large" | "empty" | "wrong-type";

export async function addAttachment(
  actor: Actor,
  applicationId: string,
  kind: AttachmentKind,
  file: { name: string; bytes: Uint8Array },
): Promise<{ ok: true; id: string } | { ok: false; reason: AttachmentFailure }> {
  const organisationIds = actor.roles.filter((r) => r.role === "organisation-member" && r.organisationId).map((r) => r.organisationId!);
  const app = await prisma.grantApplication.findFirst({ where: { id: applicationId, organisationId: { in: organisationIds } }, select: { status: true } });
  if (!app || !isApplicationStatus(app.status)) return { ok: false, reason: "not-found" };
  if (!applicantMayEdit(app.status)) return { ok: false, reason: "locked" };
  if (file.bytes.byteLength === 0) return { ok: false, reason: "empty" };
  if (file.bytes.byteLength > MAX_ATTACHMENT_BYTES) return { ok: false, reason: "too-large" };
  const mediaType = detectMediaType(file.bytes);
  if (!mediaType) return { ok: false, reason: "wrong-type" };

  const storageKey = `grants/${randomBytes(18).toString("hex")}`;
  await fileStorage().put(storageKey, file.bytes, mediaType);
  try {
    const id = await prisma.$transaction(async (tx) => {
      const touched = await tx.grantApplication.updateMany({
        where: { id: applicationId, organisationId: { in: organisationIds }, status: app.status },
        data: { updatedAt: now() },
      });
      if (touched.count !== 1) return null;
      const row = await tx.applicationAttachment.create({
        data: { applicationId, kind, originalName: safeFileName(file.name), mediaType, sizeBytes: file.bytes.byteLength, storageKey, uploadedById: actor.id, createdAt: now() },
        select: { id: true },
      });
      await recordAudit(tx, { actorId: actor.id, action: "application.attachment.added", entityType: "GrantApplication", entityId: applicationId, after: { kind, mediaType, sizeBytes: file.bytes.byteLength } });
      return row.id;
    });
    if (!id) {
      await fileStorage().remove(storageKey);
      return { ok: false, reason: "locked" };
    }
    return { ok: true, id };
  } catch (error) {
    await fileStorage().remove(storageKey);
    throw error;
  }
}

/** Removes an attachment (kept in the database as removed, the bytes deleted), while the application is editable. */
export async function removeAttachment(actor: Actor, applicationId: string, attachmentId: string): Promise<{ ok: boolean }> {
  const organisationIds = actor.roles.filter((r) => r.role === "organisation-member" && r.organisationId).map((r) => r.organisationId!);
  const row = await prisma.applicationAttachment.findFirst({
    where: { id: attachmentId, applicationId, removedAt: null, application: { organisationId: { in: organisationIds }, status: { in: ["draft", "more-information"] } } },
    select: { storageKey: true },
  });
  if (!row) return { ok: false };
  const done = await prisma.$transaction(async (tx) => {
    const { count } = await tx.applicationAttachment.updateMany({ where: { id: attachmentId, removedAt: null }, data: { removedAt: now() } });
    if (count === 1) await recordAudit(tx, { actorId: actor.id, action: "application.attachment.removed", entityType: "GrantApplication", entityId: applicationId, after: { attachmentId } });
    return count === 1;
  });
  if (done) await fileStorage().remove(row.storageKey);
  return { ok: done };
}

/** An attachment's bytes for download, by the application it belongs to (the caller has checked applicationAccess). */
export async function readAttachment(applicationId: string, attachmentId: string) {
  const row = await prisma.applicationAttachment.findFirst({
    where: { id: attachmentId, applicationId, removedAt: null },
    select: { originalName: true, mediaType: true, storageKey: true },
  });
  if (!row) return null;
  const stored = await fileStorage().get(row.storageKey);
  return stored ? { name: row.originalName, mediaType: row.mediaType, bytes: stored.bytes } : null;
}
