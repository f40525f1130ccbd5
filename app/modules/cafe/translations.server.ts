/**
 * The café team's own translations of its description and of each offer's title and description, one per
 * language of the public pages (TRANSLATION_LOCALES). Each translation keeps a hash of the original it was
 * made from, so a translation left as it was after the original changed is flagged to the team.
 * Writes run in the café's write frame (ownership in the query, audit, public data invalidated).
 */
import type { Actor } from "~/modules/identity";
import { prisma, type Tx } from "~/platform/db.server";
import { originalHash } from "./translation-hash.server";
import { TRANSLATION_LOCALES, type TranslationLocale } from "./localised-text";
import { notFound, auditCafe, withCafe, type WriteResult } from "./write-frame.server";


/** One language's translation as the management pages show it: null when there is none. */
export type ManagedTranslation<T> = { locale: TranslationLocale; saved: (T & { updatedAt: Date; originalChanged: boolean }) | null };

function byLocale<R extends { locale: string; sourceHash: string; updatedAt: Date }, T>(
  rows: R[],
  hash: string,
  pick: (row: R) => T,
): ManagedTranslation<T>[] {
  return TRANSLATION_LOCALES.map((locale) => {
    const row = rows.find((r) => r.locale === locale);
    return { locale, saved: row ? { ...pick(row), updatedAt: row.updatedAt, originalChanged: row.sourceHash !== hash } : null };
  });
}

/** The translations of a café's description, one entry per language (the café's id is in the query). */
export async function cafeTranslations(cafeId: string, description: string): Promise<ManagedTranslation<{ description: string }>[]> {
  const rows = await prisma.cafeTextTranslation.findMany({ where: { cafeId } });
  return byLocale(rows, originalHash(description), (r) => ({ description: r.description }));
}

/** The translations of one of a café's offers, one entry per language (the café and the offer are in the query). */
export async function offerTranslations(
  cafeId: string,
  offer: { id: string; title: string; description: string },
): Promise<ManagedTranslation<{ title: string; description: string }>[]> {
  const rows = await prisma.offerTranslation.findMany({ where: { offerId: offer.id, offer: { cafeId } } });
  return byLocale(rows, originalHash(offer.title, offer.description), (r) => ({ title: r.title, description: r.description }));
}

/** Saves (adds or changes) the translation of the café's description into `locale`. */
export function saveCafeTranslation(actor: Actor, cafeId: string, locale: TranslationLocale, input: { description: string }): Promise<WriteResult> {
  return withCafe(actor, cafeId, "cafe.edit", async (tx) => {
    const cafe = await tx.cafe.findUniqueOrThrow({ where: { id: cafeId }, select: { description: true } });
    const where = { cafeId_locale: { cafeId, locale } };
    const before = await tx.cafeTextTranslation.findUnique({ where });
    const data = { description: input.description, sourceHash: originalHash(cafe.description) };
    const saved = await tx.cafeTextTranslation.upsert({ where, create: { cafeId, locale, ...data }, update: data });
    if (before?.description !== saved.description || before.sourceHash !== saved.sourceHash) {
      await auditCafe(tx, actor, cafeId, "cafe.translation.saved", {
        before: before ? { language: locale, description: before.description } : undefined,
        after: { language: locale, description: saved.description },
      });
    }
    return { ok: true, id: saved.id };
  });
}

/** Removes the translation of the café's description into `locale`: not found when there is none. */
export function removeCafeTranslation(actor: Actor, cafeId: string, locale: TranslationLocale): Promise<WriteResult> {
  return withCafe(actor, cafeId, "cafe.edit", async (tx) => {
    const before = await tx.cafeTextTranslation.findUnique({ where: { cafeId_locale: { cafeId, locale } } });
    if (!before) return notFound;
    await tx.cafeTextTranslation.delete({ where: { id: before.id } });
    await auditCafe(tx, actor, cafeId, "cafe.translation.removed", { before: { language: locale, description: before.description } });
    return { ok: true, id: before.id };
  });
}

/** The café's offer, read in the write's transaction with the café in the query. */
function offerOfCafe(tx: Tx, cafeId: string, offerId: string) {
  return tx.offer.findFirst({ where: { id: offerId, cafeId }, select: { id: true, title: true, description: true } });
}

/** Saves (adds or changes) the translation of one of the café's offers into `locale`. */
export function saveOfferTranslation(
  actor: Actor,
  cafeId: string,
  offerId: string,
  locale: TranslationLocale,
  input: { title: string; description: string },
): Promise<WriteResult> {
  return withCafe(actor, cafeId, "cafe.edit", async (tx) => {
    const offer = await offerOfCafe(tx, cafeId, offerId);
    if (!offer) return notFound;
    const where = { offerId_locale: { offerId, locale } };
    const before = await tx.offerTranslation.findUnique({ where });
    const data = { title: input.title, description: input.description, sourceHash: originalHash(offer.title, offer.description) };
    const saved = await tx.offerTranslation.upsert({ where, create: { offerId, locale, ...data }, update: data });
    const changed = !before || before.title !== saved.title || before.description !== saved.description || before.sourceHash !== saved.sourceHash;
    if (changed) {
      await auditCafe(tx, actor, cafeId, "cafe.offer-translation.saved", {
        before: before ? { offer: offer.title, language: locale, title: before.title, description: before.description } : undefined,
        after: { offer: offer.title, language: locale, title: saved.title, description: saved.description },
      });
    }
    return { ok: true, id: saved.id };
  });
}

/** Removes the translation of one of the café's offers into `locale`: not found when there is none. */
export function removeOfferTranslation(actor: Actor, cafeId: string, offerId: string, locale: TranslationLocale): Promise<WriteResult> {
  return withCafe(actor, cafeId, "cafe.edit", async (tx) => {
    const offer = await offerOfCafe(tx, cafeId, offerId);
    if (!offer) return notFound;
    const before = await tx.offerTranslation.findUnique({ where: { offerId_locale: { offerId, locale } } });
    if (!before) return notFound;
    await tx.offerTranslation.delete({ where: { id: before.id } });
    await auditCafe(tx, actor, cafeId, "cafe.offer-translation.removed", {
      before: { offer: offer.title, language: locale, title: before.title, description: before.description },
    });
    return { ok: true, id: before.id };
  });
}

/** What the translation pages of a café need of it, or null. */
export function getTranslatableCafe(cafeId: string) {
  return prisma.cafe.findUnique({ where: { id: cafeId }, select: { id: true, description: true, textLanguage: true } });
}

/** One of the café's offers as its translation pages need it (the café in the query), or null. */
export function getTranslatableOffer(cafeId: string, offerId: string) {
  return prisma.offer.findFirst({ where: { id: offerId, cafeId }, select: { id: true, title: true, description: true } });
}
