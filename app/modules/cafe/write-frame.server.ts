import type { Prisma } from "@prisma/client";
import { recordAudit } from "~/modules/audit/index.server";
import { can, type Actor, type Permission } from "~/modules/identity";
import type { ScheduleProblem } from "~/modules/schedule";
import { now } from "~/platform/clock.server";
import { prisma, type Tx } from "~/platform/db.server";
import { invalidatePublicData } from "~/platform/public-cache.server";
import type { FieldMessages } from "./cafe-messages";

/**
 * The frame every change to a café runs in: the template for the writes of other modules.
 *
 * 1. One transaction, which first touches the café row with a conditional write: a write lock on SQLite,
 *    a row lock on PostgreSQL, so two edits of one café never interleave and each is checked against
 *    what the other saved. The condition carries who may make the change (ownership in the query):
 *    a café manager's write touches the row only while a RoleAssignment says they manage that café.
 * 2. The change is checked (schedule rules, choices) against what is stored, and written.
 * 3. The change goes into the café's audit trail in the same transaction (`auditCafe`).
 * 4. Once committed, the public pages' caches are dropped, so the change shows at once.
 *
 * A refusal is a result, never an exception: `notFound` (no such café, or no such record of it) or
 * `forbidden` (the actor may not make this change to this café); routes answer 404 or 403. A refused
 * change is rolled back whole: nothing `work` wrote before it refused, nor the touch of step 1, is kept.
 */

export type Refusal = { ok: false; notFound: true } | { ok: false; forbidden: true };

export type WriteResult<T = string> =
  | { ok: true; id: T }
  | { ok: false; problems: ScheduleProblem[] }
  | { ok: false; errors: FieldMessages }
  | Refusal;

/** The outcome of checking a change without saving it (for a preview): fine, or the problems a save would give. */
export type CheckResult = { ok: true } | { ok: false; problems: ScheduleProblem[] } | { ok: false; errors: FieldMessages };

export const notFound = { ok: false, notFound: true } as const;
export const forbidden = { ok: false, forbidden: true } as const;

/** What may be changed about a café, each by the permission of the same name (~/modules/identity). */
export type CafePermission = Extract<Permission, "cafe.edit" | "cafe.footprint.change" | "cafe.administer">;

/**
 * Whether `actor` holds `permission` for every café, through a role held for no particular café or
 * organisation (admins for everything, commissioners for reading cafés and moving them between
 * footprints), rather than through the cafés they manage.
 */
export function heldForEveryCafe(actor: Pick<Actor, "roles">, permission: Permission): boolean {
  return can({ roles: actor.roles.filter((r) => r.cafeId === null && r.organisationId === null) }, permission);
}

/**
 * The condition on a café row under which `actor` may make a change with `permission`: none beyond the
 * café for those who hold it for every café; for a café manager, a cafe-manager RoleAssignment of theirs
 * for that café as the database holds it now. Null when the actor may not make the change at all.
 */
function writableWhere(actor: Actor, permission: CafePermission, cafeId: string): Prisma.CafeWhereInput | null {
  if (!can(actor, permission, { cafeId })) return null;
  if (heldForEveryCafe(actor, permission)) return { id: cafeId };
  return { id: cafeId, roles: { some: { role: "cafe-manager", userId: actor.id } } };
}

/** Thrown inside the transaction to roll back a change `work` refused, carrying its result out. */
class RolledBack extends Error {
  constructor(readonly result: WriteResult) {
    super("refused");
  }
}

/**
 * Runs `work` in the frame described above. Not found when the café is gone; forbidden when the actor
 * may not make the change (`permission`) to this café, in which case nothing is written.
 */
export async function withCafe(
  actor: Actor,
  cafeId: string,
  permission: CafePermission,
  work: (tx: Tx) => Promise<WriteResult>,
): Promise<WriteResult> {
  const where = writableWhere(actor, permission, cafeId);
  if (!where) return (await prisma.cafe.count({ where: { id: cafeId } })) ? forbidden : notFound;
  let result: WriteResult;
  try {
    result = await prisma.$transaction(async (tx): Promise<WriteResult> => {
      const touched = await tx.cafe.updateMany({ where, data: { updatedAt: now() } });
      if (touched.count === 0) return (await tx.cafe.count({ where: { id: cafeId } })) ? forbidden : notFound;
      const outcome = await work(tx);
      // A refused change keeps nothing, not even the lock's touch of the café's updatedAt.
      if (!outcome.ok) throw new RolledBack(outcome);
      return outcome;
    });
  } catch (error) {
    if (!(error instanceof RolledBack)) throw error;
    result = error.result;
  }
  // The public pages show the change at once: drop cached pages and reload the finder's index.
  if (result.ok) invalidatePublicData();
  return result;
}

/** Records a change to a café in its audit trail, in the transaction that makes it. */
export function auditCafe(tx: Tx, actor: Pick<Actor, "id">, cafeId: string, action: string, change: { before?: unknown; after?: unknown }) {
  return recordAudit(tx, { actorId: actor.id, action, entityType: "cafe", entityId: cafeId, ...change });
}

/** A change to the sessions or exceptions also confirms the published hours. */
export async function markHoursVerified(tx: Tx, cafeId: string) {
  await tx.cafe.update({ where: { id: cafeId }, data: { hoursVerifiedAt: now() } });
}
