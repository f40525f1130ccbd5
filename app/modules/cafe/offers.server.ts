import type { Actor } from "~/modules/identity";
import { todayInLondon } from "~/platform/clock.server";
import { prisma, type Tx } from "~/platform/db.server";
import { changedOnly, offerSnapshot } from "./audit-snapshots";
import { CAFE_MESSAGES, type FieldMessages } from "./cafe-messages";
import { tagsAllowed } from "./choices.server";
import { hoursPreview, type ManagedCafe } from "./management.server";
import { offerListing, type OfferPreviewInput } from "./offer-preview";
import { auditCafe, notFound, withCafe, type CheckResult, type WriteResult } from "./write-frame.server";

/**
 * A café's offers: sessions for particular groups (a women's evening, Gujarati-speaking support), each
 * with its audiences and languages. Weekly sessions and extra sessions may carry an offer.
 */

export type OfferInput = OfferPreviewInput;

/** An offer's tags come from the right lists, and are not retired unless the offer already has them. */
async function checkOfferTags(db: Tx, input: OfferInput, carried: string[]): Promise<CheckResult> {
  const errors: FieldMessages = {};
  if (!(await tagsAllowed(db, input.audienceTagIds, "audience", carried))) errors.audienceTagIds = CAFE_MESSAGES.tagChoice;
  if (!(await tagsAllowed(db, input.languageTagIds, "language", carried))) errors.languageTagIds = CAFE_MESSAGES.tagChoice;
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true };
}

/** Checks a new or changed offer as saving it would, without saving it (for a preview). */
export async function checkOffer(offerId: string | null, input: OfferInput): Promise<CheckResult> {
  const carried = offerId ? (await prisma.offerTag.findMany({ where: { offerId }, select: { tagId: true } })).map((t) => t.tagId) : [];
  return checkOfferTags(prisma, input, carried);
}

async function saveOffer(actor: Actor, cafeId: string, offerId: string | null, input: OfferInput): Promise<WriteResult> {
  return withCafe(actor, cafeId, "cafe.edit", async (tx) => {
    const include = { tags: { include: { tag: true } } } as const;
    const current = offerId ? await tx.offer.findFirst({ where: { id: offerId, cafeId }, include }) : null;
    if (offerId && !current) return notFound;
    const check = await checkOfferTags(tx, input, current?.tags.map((t) => t.tagId) ?? []);
    if (!check.ok) return check;

    const tagIds = [...new Set([...input.audienceTagIds, ...input.languageTagIds])];
    let id: string;
    if (current) {
      await tx.offer.update({ where: { id: current.id }, data: { title: input.title, description: input.description } });
      await tx.offerTag.deleteMany({ where: { offerId: current.id } });
      id = current.id;
    } else {
      id = (await tx.offer.create({ data: { cafeId, title: input.title, description: input.description } })).id;
    }
    if (tagIds.length) await tx.offerTag.createMany({ data: tagIds.map((tagId) => ({ offerId: id, tagId })) });
    const saved = await tx.offer.findUniqueOrThrow({ where: { id }, include });
    if (current) {
      const diff = changedOnly(offerSnapshot(current), offerSnapshot(saved));
      if (Object.keys(diff.after).length) {
        await auditCafe(tx, actor, cafeId, "cafe.offer.changed", {
          before: { title: current.title, ...diff.before },
          after: { title: saved.title, ...diff.after },
        });
      }
    } else {
      await auditCafe(tx, actor, cafeId, "cafe.offer.added", { after: offerSnapshot(saved) });
    }
    return { ok: true, id };
  });
}

/**
 * An offer as the public café page will list it with the values typed, and the café's hours with the
 * sessions that carry it relabelled (for a preview; nothing is saved). `offerId` null: a new offer.
 */
export async function offerPreview(cafe: ManagedCafe, offerId: string | null, input: OfferInput) {
  const tags = await prisma.tag.findMany({
    where: { id: { in: [...input.audienceTagIds, ...input.languageTagIds] } },
    orderBy: [{ sortOrder: "asc" }, { label: "asc" }],
  });
  const relabel = <R extends { offerId: string | null }>(row: R) => (offerId !== null && row.offerId === offerId ? { ...row, offer: { title: input.title } } : row);
  return {
    offer: offerListing(offerId, input, tags, cafe.sessions, todayInLondon()),
    hours: hoursPreview(cafe, { sessions: cafe.sessions.map(relabel), exceptions: cafe.exceptions.map(relabel) }),
  };
}

export function createOffer(actor: Actor, cafeId: string, input: OfferInput) {
  return saveOffer(actor, cafeId, null, input);
}

export function updateOffer(actor: Actor, cafeId: string, offerId: string, input: OfferInput) {
  return saveOffer(actor, cafeId, offerId, input);
}

/** Removes an offer; its sessions stay, as ordinary sessions. */
export async function removeOffer(actor: Actor, cafeId: string, offerId: string): Promise<WriteResult> {
  return withCafe(actor, cafeId, "cafe.edit", async (tx) => {
    const offer = await tx.offer.findFirst({ where: { id: offerId, cafeId }, include: { tags: { include: { tag: true } } } });
    if (!offer) return notFound;
    await tx.offer.delete({ where: { id: offer.id } });
    await auditCafe(tx, actor, cafeId, "cafe.offer.removed", { before: offerSnapshot(offer) });
    return { ok: true, id: offer.id };
  });
}
