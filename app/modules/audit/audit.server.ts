import { now } from "~/platform/clock.server";
import { prisma, type Tx } from "~/platform/db.server";

/**
 * Who did what to which record, when, with the values before and after. Written inside the same
 * transaction as the change it records, so a change is never saved without its audit trail.
 */
export type AuditInput = {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
};

export async function recordAudit(tx: Tx, input: AuditInput) {
  await tx.auditEvent.create({
    data: {
      actorId: input.actorId,
      action: input.action,
      entityType: input.entityType,
      entityId: input.entityId,
      before: input.before === undefined ? null : JSON.stringify(input.before),
      after: input.after === undefined ? null : JSON.stringify(input.after),
      createdAt: now(),
    },
  });
}

export type AuditEntry = {
  id: string;
  action: string;
  actorName: string | null;
  createdAt: Date;
  before: unknown;
  after: unknown;
};

/** The history of one record, newest first. */
export async function auditHistory(entityType: string, entityId: string, take = 100): Promise<AuditEntry[]> {
  const rows = await prisma.auditEvent.findMany({
    where: { entityType, entityId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    include: { actor: { select: { name: true } } },
  });
  return rows.map((row) => ({
    id: row.id,
    action: row.action,
    actorName: row.actor?.name ?? null,
    createdAt: row.createdAt,
    before: row.before ? (JSON.parse(row.before) as unknown) : null,
    after: row.after ? (JSON.parse(row.after) as unknown) : null,
  }));
}
