import { slugify } from "~/lib/slug";
import { recordAudit } from "~/modules/audit/index.server";
import { now } from "~/platform/clock.server";
import { prisma } from "~/platform/db.server";
import { invalidatePublicData } from "~/platform/public-cache.server";
import { isTagKind, tagLabelKey, type TagKind } from "./tag-kinds";

/**
 * The managed lists of tags: audiences and offers ("Women only", "Students"), languages, and
 * accessibility features. Admins add, rename, retire and un-retire tags at /admin/tags.
 * A retired tag is no longer offered for new choices, but cafés and offers that already carry it keep it,
 * and it still shows on their pages.
 */
export type TagRow = { id: string; kind: TagKind; slug: string; label: string; retired: boolean; uses: number };
export type TagChoice = { id: string; kind: TagKind; label: string; retired: boolean };

/** Every tag of every kind, retired ones too, with how many cafés and offers use each (for /admin/tags). */
export async function listAllTags(): Promise<TagRow[]> {
  const rows = await prisma.tag.findMany({
    orderBy: [{ kind: "asc" }, { sortOrder: "asc" }, { label: "asc" }],
    include: { _count: { select: { cafes: true, offers: true } } },
  });
  return rows
    .filter((r) => isTagKind(r.kind))
    .map((r) => ({
      id: r.id,
      kind: r.kind as TagKind,
      slug: r.slug,
      label: r.label,
      retired: r.retiredAt !== null,
      uses: r._count.cafes + r._count.offers,
    }));
}

/**
 * The tags to offer on a form: the current (not retired) tags of `kinds`, plus any retired tag the record
 * already carries (`keepIds`), so an existing choice is shown and kept.
 */
export async function tagChoices(kinds: readonly TagKind[], keepIds: readonly string[] = []): Promise<TagChoice[]> {
  const rows = await prisma.tag.findMany({
    where: { kind: { in: [...kinds] }, OR: [{ retiredAt: null }, { id: { in: [...keepIds] } }] },
    orderBy: [{ sortOrder: "asc" }, { label: "asc" }],
  });
  return rows.map((r) => ({ id: r.id, kind: r.kind as TagKind, label: r.label, retired: r.retiredAt !== null }));
}

/** A tag's slug: at most 60 characters, "tag" when the label has no letters or digits. */
function tagSlug(label: string): string {
  return slugify(label).slice(0, 60) || "tag";
}

export type TagWriteResult = { ok: true; id: string } | { ok: false; error: "duplicate" | "not-found" };

/** Tag labels show on public pages: after a change, drop cached pages and reload the finder's index. */
function published(result: TagWriteResult): TagWriteResult {
  if (result.ok) invalidatePublicData();
  return result;
}

/** A unique index refused the write (Prisma's P2002). */
function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

async function labelTaken(kind: string, labelKey: string, exceptId?: string): Promise<boolean> {
  const tag = await prisma.tag.findUnique({ where: { kind_labelKey: { kind, labelKey } }, select: { id: true } });
  return tag !== null && tag.id !== exceptId;
}

/**
 * Adds a tag. A label already used for that kind (ignoring case) is refused: the unique index on
 * (kind, labelKey) refuses the second of two admins adding the same label at once, whatever either read.
 */
export async function createTag(actorId: string, input: { kind: TagKind; label: string }): Promise<TagWriteResult> {
  const label = input.label.trim();
  const labelKey = tagLabelKey(label);
  for (let attempt = 1; ; attempt++) {
    try {
      const result = await prisma.$transaction(async (tx): Promise<TagWriteResult> => {
        // Slugs are unique across kinds: "polish" the language may meet a "polish" elsewhere.
        const taken = async (slug: string) => !!(await tx.tag.findUnique({ where: { slug }, select: { id: true } }));
        let slug = tagSlug(label);
        if (await taken(slug)) slug = `${input.kind}-${tagSlug(label)}`;
        for (let n = 2; await taken(slug); n++) slug = `${input.kind}-${tagSlug(label)}-${n}`;
        const last = await tx.tag.aggregate({ where: { kind: input.kind }, _max: { sortOrder: true } });
        const sortOrder = Math.max(0, last._max.sortOrder ?? 0) + 1;
        const tag = await tx.tag.create({ data: { kind: input.kind, label, labelKey, slug, sortOrder, createdAt: now() } });
        await recordAudit(tx, {
          actorId,
          action: "tag.created",
          entityType: "tag",
          entityId: tag.id,
          after: { kind: tag.kind, label: tag.label },
        });
        return { ok: true, id: tag.id } as const;
      });
      return published(result);
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      if (await labelTaken(input.kind, labelKey)) return { ok: false, error: "duplicate" };
      // Another new tag took the slug meanwhile: choose again.
      if (attempt >= 3) throw error;
    }
  }
}

/**
 * Renames a tag; cafés and offers that carry it show the new name at once. A label another tag of the
 * kind has (ignoring case) is refused, by the same unique index as createTag.
 */
export async function renameTag(actorId: string, tagId: string, newLabel: string): Promise<TagWriteResult> {
  const label = newLabel.trim();
  const labelKey = tagLabelKey(label);
  try {
    const result = await prisma.$transaction(async (tx): Promise<TagWriteResult> => {
      const tag = await tx.tag.findUnique({ where: { id: tagId } });
      if (!tag) return { ok: false, error: "not-found" } as const;
      if (tag.label === label) return { ok: true, id: tag.id } as const;
      await tx.tag.update({ where: { id: tagId }, data: { label, labelKey } });
      await recordAudit(tx, {
        actorId,
        action: "tag.renamed",
        entityType: "tag",
        entityId: tagId,
        before: { label: tag.label },
        after: { label },
      });
      return { ok: true, id: tag.id } as const;
    });
    return published(result);
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const tag = await prisma.tag.findUnique({ where: { id: tagId }, select: { kind: true } });
    if (tag && (await labelTaken(tag.kind, labelKey, tagId))) return { ok: false, error: "duplicate" };
    throw error;
  }
}

/** Retires (or brings back) a tag. Retiring never removes it from cafés or offers that carry it. */
export async function setTagRetired(actorId: string, tagId: string, retired: boolean): Promise<TagWriteResult> {
  const result = await prisma.$transaction(async (tx): Promise<TagWriteResult> => {
    const tag = await tx.tag.findUnique({ where: { id: tagId } });
    if (!tag) return { ok: false, error: "not-found" } as const;
    if ((tag.retiredAt !== null) === retired) return { ok: true, id: tag.id } as const;
    const retiredAt = retired ? now() : null;
    await tx.tag.update({ where: { id: tagId }, data: { retiredAt } });
    await recordAudit(tx, {
      actorId,
      action: retired ? "tag.retired" : "tag.unretired",
      entityType: "tag",
      entityId: tagId,
      before: { label: tag.label, retired: tag.retiredAt !== null },
      after: { label: tag.label, retired },
    });
    return { ok: true, id: tag.id } as const;
  });
  return published(result);
}
