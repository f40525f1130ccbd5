import { slugify } from "~/lib/slug";
import { createInvitation } from "~/modules/identity/index.server";
import { can, type Actor } from "~/modules/identity";
import { now } from "~/platform/clock.server";
import { prisma, type Tx } from "~/platform/db.server";
import { invalidatePublicData } from "~/platform/public-cache.server";
import { detailsSnapshot } from "./audit-snapshots";
import { CAFE_MESSAGES, type FieldMessages } from "./cafe-messages";
import { isCafeStatus, STATUS_CHANGES, type CafeStatus } from "./cafe-status";
import { footprintExists, organisationExists } from "./choices.server";
import { locatePostcode } from "./details.server";
import { CAFE_LIST_SELECT } from "./management.server";
import { auditCafe, forbidden, withCafe, type WriteResult } from "./write-frame.server";

/**
 * What only admins do to cafés (/admin/cafes): list them all, create one, change its status, and invite
 * its managers. Each write is refused (`forbidden`) to anyone else.
 */

export async function listCafesForAdmin() {
  return prisma.cafe.findMany({
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: {
      ...CAFE_LIST_SELECT,
      organisation: { select: { name: true } },
      footprint: { select: { name: true } },
      _count: { select: { roles: { where: { role: "cafe-manager" } } } },
    },
  });
}

export type NewCafeInput = {
  name: string;
  organisationId: string;
  venueName: string | null;
  addressLine1: string;
  addressLine2: string | null;
  town: string;
  postcode: string;
  /** Null: the footprint the location suggests. */
  footprintId: string | null;
  status: Extract<CafeStatus, "planned" | "setting-up" | "open">;
  description: string;
};

async function uniqueCafeSlug(tx: Tx, name: string): Promise<string> {
  const base = slugify(name).slice(0, 60) || "cafe";
  let slug = base;
  for (let n = 2; await tx.cafe.findUnique({ where: { slug }, select: { id: true } }); n++) slug = `${base}-${n}`;
  return slug;
}

/** A new café, placed at its postcode and in the footprint chosen (or the one its location suggests). */
export async function createCafe(actor: Actor, input: NewCafeInput): Promise<WriteResult> {
  if (!can(actor, "cafe.administer")) return forbidden;
  const located = await locatePostcode(input.postcode);
  if (!located.ok) return { ok: false, errors: { postcode: located.error } };
  const result = await prisma.$transaction(async (tx): Promise<WriteResult> => {
    const errors: FieldMessages = {};
    if (!(await organisationExists(tx, input.organisationId))) errors.organisationId = CAFE_MESSAGES.operatorChoice;
    if (input.footprintId && !(await footprintExists(tx, input.footprintId))) errors.footprintId = CAFE_MESSAGES.footprintChoice;
    if (Object.keys(errors).length) return { ok: false, errors };
    const cafe = await tx.cafe.create({
      data: {
        slug: await uniqueCafeSlug(tx, input.name),
        name: input.name,
        organisationId: input.organisationId,
        venueName: input.venueName,
        addressLine1: input.addressLine1,
        addressLine2: input.addressLine2,
        town: input.town,
        postcode: located.postcode,
        lat: located.venue.lat,
        lng: located.venue.lng,
        footprintId: input.footprintId ?? located.venue.suggestedFootprint?.id ?? null,
        status: input.status,
        description: input.description,
        createdAt: now(),
      },
      include: { organisation: { select: { name: true } }, footprint: { select: { name: true } }, tags: { include: { tag: true } } },
    });
    await auditCafe(tx, actor, cafe.id, "cafe.created", { after: { ...detailsSnapshot(cafe), status: cafe.status } });
    return { ok: true, id: cafe.id };
  });
  if (result.ok) invalidatePublicData();
  return result;
}

/** Pause, close or reopen a café. Closed cafés leave the finder; their page says they are closed. */
export async function setCafeStatus(actor: Actor, cafeId: string, status: CafeStatus): Promise<WriteResult> {
  return withCafe(actor, cafeId, "cafe.administer", async (tx) => {
    const cafe = await tx.cafe.findUniqueOrThrow({ where: { id: cafeId }, select: { status: true } });
    const from = isCafeStatus(cafe.status) ? cafe.status : "open";
    if (from === status) return { ok: true, id: cafeId };
    if (!STATUS_CHANGES[from].includes(status)) return { ok: false, errors: { status: CAFE_MESSAGES.statusChange } };
    await tx.cafe.update({ where: { id: cafeId }, data: { status } });
    await auditCafe(tx, actor, cafeId, "cafe.status.changed", { before: { status: cafe.status }, after: { status } });
    return { ok: true, id: cafeId };
  });
}

/** Invites someone by email to manage a café (they accept at /invitations/…). */
export async function inviteCafeManager(actor: Actor, cafeId: string, email: string): Promise<WriteResult> {
  const address = email.trim().toLowerCase();
  return withCafe(actor, cafeId, "cafe.administer", async (tx) => {
    const already = await tx.roleAssignment.findFirst({
      where: { cafeId, role: "cafe-manager", user: { email: address } },
      select: { id: true },
    });
    if (already) return { ok: false, errors: { email: CAFE_MESSAGES.alreadyManager } };
    const invitation = await createInvitation(tx, { email: address, role: "cafe-manager", cafeId, invitedById: actor.id });
    await auditCafe(tx, actor, cafeId, "cafe.manager.invited", { after: { invited: address } });
    return { ok: true, id: invitation.id };
  });
}
