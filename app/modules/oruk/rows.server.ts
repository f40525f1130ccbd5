/** Shared parts of the directory's queries: which organisations are public, and tags as terms. */
import type { DirectoryTerm } from "./directory";

export const tagOf = { select: { tag: { select: { publicId: true, kind: true, slug: true, label: true, sortOrder: true } } } } as const;

/** Organisations whose records are public: verified, and not hidden. */
export const PUBLIC_ORGANISATION = { verifiedAt: { not: null }, hiddenAt: null } as const;

export type TagRow = { tag: { publicId: string; kind: string; slug: string; label: string; sortOrder: number } };

/** Distinct terms of a kind from tag rows, in list order. */
export function termsOf(rows: TagRow[], kind: string): DirectoryTerm[] {
  const seen = new Map<string, TagRow["tag"]>();
  for (const { tag } of rows) if (tag.kind === kind && !seen.has(tag.slug)) seen.set(tag.slug, tag);
  return [...seen.values()]
    .sort((a, b) => a.sortOrder - b.sortOrder || a.label.localeCompare(b.label, "en-GB"))
    .map((tag) => ({ taxonomy: kind, slug: tag.slug, label: tag.label, publicId: tag.publicId }));
}
