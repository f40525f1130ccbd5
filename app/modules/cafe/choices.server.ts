import type { Tx } from "~/platform/db.server";

/**
 * The choices a café form offers, checked against what is stored: tags from the right list, the café's
 * own offers, an existing operator or footprint. Each takes the transaction of the write (or the client
 * itself, for a preview's check).
 */

/**
 * Every id names a tag of `kind`, not retired unless the record already carries it (a tag retired since
 * may stay where it is, but is not added anywhere new).
 */
export async function tagsAllowed(db: Tx, ids: readonly string[], kind: string, alreadyCarried: readonly string[]): Promise<boolean> {
  if (!ids.length) return true;
  const tags = await db.tag.findMany({ where: { id: { in: [...ids] } }, select: { id: true, kind: true, retiredAt: true } });
  if (tags.length !== new Set(ids).size) return false;
  return tags.every((tag) => tag.kind === kind && (tag.retiredAt === null || alreadyCarried.includes(tag.id)));
}

/** No offer, or one of the café's own. */
export async function offerBelongs(db: Tx, cafeId: string, offerId: string | null): Promise<boolean> {
  if (!offerId) return true;
  return !!(await db.offer.findFirst({ where: { id: offerId, cafeId }, select: { id: true } }));
}

export async function organisationExists(db: Tx, organisationId: string): Promise<boolean> {
  return !!(await db.organisation.findUnique({ where: { id: organisationId }, select: { id: true } }));
}

export async function footprintExists(db: Tx, footprintId: string): Promise<boolean> {
  return !!(await db.footprint.findUnique({ where: { id: footprintId }, select: { id: true } }));
}
