import { geocode } from "~/modules/geo/index.server";
import { can, type Actor } from "~/modules/identity";
import { prisma, type Tx } from "~/platform/db.server";
import { changedOnly, detailsSnapshot } from "./audit-snapshots";
import type { CafeDetailsText } from "./cafe-details";
import { CAFE_MESSAGES, type FieldMessages, type MessageCode } from "./cafe-messages";
import type { TextLanguage } from "./localised-text";
import { footprintExists, organisationExists, tagsAllowed } from "./choices.server";
import { suggestedFootprintFor } from "./management.server";
import { samePostcode, venuePostcode } from "./venue-postcode";
import { auditCafe, notFound, withCafe, type CheckResult, type WriteResult } from "./write-frame.server";

/**
 * A café's details: name, description, venue and address (located by its postcode), contact, who it is
 * for, accessibility and languages, the operator (admins only) and the footprint (admins and
 * commissioners, on its own form).
 */

export type CafeDetailsInput = CafeDetailsText & {
  /** Accessibility features (kind "access"). */
  accessTagIds: string[];
  /** Languages spoken (kind "language"). */
  languageTagIds: string[];
  /** Only honoured for those who may give the café to another organisation. */
  organisationId?: string | null;
  /** The language the café's own text is written in; null or absent: left as it is. */
  textLanguage?: TextLanguage | null;
};

export type GeocodedVenue = { lat: number; lng: number; label: string; suggestedFootprint: { id: string; name: string } | null };

/**
 * Finds a venue postcode in the shipped tables (or the optional postcode service). An unknown postcode,
 * or one outside Leicester, Leicestershire and Rutland, gives a message for the postcode field.
 */
export async function locatePostcode(typed: string): Promise<{ ok: true; postcode: string; venue: GeocodedVenue } | { ok: false; error: MessageCode }> {
  const written = venuePostcode(typed);
  if (!written.ok) return written;
  const found = await geocode(written.postcode);
  // Known to be outside the area, however roughly (a London postcode is placed by its district only).
  if (found.ok && !found.inLLR) return { ok: false, error: CAFE_MESSAGES.postcodeOutside };
  // A postcode district alone ("LE1") could be miles out: a venue needs its postcode or at least its sector.
  if (!found.ok || found.precision === "district" || found.precision === "place") return { ok: false, error: CAFE_MESSAGES.postcodeUnknown };
  const suggestedFootprint = await suggestedFootprintFor(found.lat, found.lng);
  return { ok: true, postcode: written.postcode, venue: { lat: found.lat, lng: found.lng, label: found.label, suggestedFootprint } };
}

/** What a café's details are checked against: the café as stored. */
type DetailsCurrent = { postcode: string; organisationId: string; tags: { tagId: string }[] };

const detailsCurrentSelect = { postcode: true, organisationId: true, tags: { select: { tagId: true } } } as const;

/**
 * The postcode, located again only when it changes (a message for the postcode field when it cannot be),
 * and the operator the details will have: the one sent by someone who may change it, else the current one.
 */
async function locateDetails(actor: Actor, current: DetailsCurrent, input: CafeDetailsInput) {
  const organisationId = can(actor, "cafe.administer") && input.organisationId ? input.organisationId : current.organisationId;
  if (samePostcode(input.postcode, current.postcode)) {
    const postcode = venuePostcode(current.postcode);
    return { ok: true as const, postcode: postcode.ok ? postcode.postcode : current.postcode, organisationId, location: null };
  }
  const located = await locatePostcode(input.postcode);
  if (!located.ok) return { ok: false as const, errors: { postcode: located.error } };
  return { ok: true as const, postcode: located.postcode, organisationId, location: { lat: located.venue.lat, lng: located.venue.lng } };
}

/**
 * Accessibility features and languages come from their own lists and are not retired unless the café
 * already shows them; a changed operator exists.
 */
async function checkDetailsChoices(db: Tx, current: DetailsCurrent, input: CafeDetailsInput, organisationId: string): Promise<CheckResult> {
  const carried = current.tags.map((t) => t.tagId);
  const errors: FieldMessages = {};
  if (!(await tagsAllowed(db, input.accessTagIds, "access", carried))) errors.accessTagIds = CAFE_MESSAGES.tagChoice;
  if (!(await tagsAllowed(db, input.languageTagIds, "language", carried))) errors.languageTagIds = CAFE_MESSAGES.tagChoice;
  if (organisationId !== current.organisationId && !(await organisationExists(db, organisationId))) {
    errors.organisationId = CAFE_MESSAGES.operatorChoice;
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true };
}

/**
 * Checks a café's details as saving them would, without saving them (for a preview): the postcode when it
 * changes, the tags and the operator. Gives the operator the details would have.
 */
export async function checkCafeDetails(
  actor: Actor,
  cafeId: string,
  input: CafeDetailsInput,
): Promise<{ ok: true; organisationId: string } | Exclude<CheckResult, { ok: true }> | typeof notFound> {
  const current = await prisma.cafe.findUnique({ where: { id: cafeId }, select: detailsCurrentSelect });
  if (!current) return notFound;
  const located = await locateDetails(actor, current, input);
  if (!located.ok) return located;
  const check = await checkDetailsChoices(prisma, current, input, located.organisationId);
  return check.ok ? { ok: true, organisationId: located.organisationId } : check;
}

/** The café's details as the audit trail records them, read in the write's transaction. */
async function storedDetails(tx: Tx, cafeId: string) {
  const cafe = await tx.cafe.findUniqueOrThrow({
    where: { id: cafeId },
    include: { organisation: { select: { name: true } }, footprint: { select: { name: true } }, tags: { include: { tag: true } } },
  });
  return detailsSnapshot(cafe);
}

/**
 * Saves a café's details. The postcode is geocoded again only when it changes (before the transaction:
 * a lookup may take a moment); the footprint never changes here (see setCafeFootprint).
 */
export async function updateCafeDetails(actor: Actor, cafeId: string, input: CafeDetailsInput): Promise<WriteResult> {
  const current = await prisma.cafe.findUnique({ where: { id: cafeId }, select: detailsCurrentSelect });
  if (!current) return notFound;
  const located = await locateDetails(actor, current, input);
  if (!located.ok) return located;
  const { postcode, location, organisationId } = located;

  return withCafe(actor, cafeId, "cafe.edit", async (tx) => {
    const check = await checkDetailsChoices(tx, current, input, organisationId);
    if (!check.ok) return check;

    const before = await storedDetails(tx, cafeId);
    await tx.cafe.update({
      where: { id: cafeId },
      data: {
        name: input.name,
        description: input.description,
        venueName: input.venueName,
        addressLine1: input.addressLine1,
        addressLine2: input.addressLine2,
        town: input.town,
        postcode,
        ...(location ?? {}),
        phone: input.phone,
        email: input.email,
        website: input.website,
        gettingThere: input.gettingThere,
        whoFor: input.whoFor,
        accessNotes: input.accessNotes,
        organisationId,
        ...(input.textLanguage ? { textLanguage: input.textLanguage } : {}),
      },
    });
    await tx.cafeTag.deleteMany({ where: { cafeId } });
    const tagIds = [...new Set([...input.accessTagIds, ...input.languageTagIds])];
    if (tagIds.length) await tx.cafeTag.createMany({ data: tagIds.map((tagId) => ({ cafeId, tagId })) });
    const diff = changedOnly(before, await storedDetails(tx, cafeId));
    if (Object.keys(diff.after).length) await auditCafe(tx, actor, cafeId, "cafe.details.updated", diff);
    return { ok: true, id: cafeId };
  });
}

/** Admins and commissioners: put the café in another footprint (or none). */
export async function setCafeFootprint(actor: Actor, cafeId: string, footprintId: string | null): Promise<WriteResult> {
  return withCafe(actor, cafeId, "cafe.footprint.change", async (tx) => {
    if (footprintId && !(await footprintExists(tx, footprintId))) return { ok: false, errors: { footprintId: CAFE_MESSAGES.footprintChoice } };
    const select = { footprint: { select: { name: true } } } as const;
    const before = await tx.cafe.findUniqueOrThrow({ where: { id: cafeId }, select });
    await tx.cafe.update({ where: { id: cafeId }, data: { footprintId } });
    const after = await tx.cafe.findUniqueOrThrow({ where: { id: cafeId }, select });
    if (before.footprint?.name !== after.footprint?.name) {
      await auditCafe(tx, actor, cafeId, "cafe.footprint.changed", {
        before: { footprint: before.footprint?.name ?? null },
        after: { footprint: after.footprint?.name ?? null },
      });
    }
    return { ok: true, id: cafeId };
  });
}
