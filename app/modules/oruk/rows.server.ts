/** Shared parts of the directory's queries: which organisations' cafés are public, and tags as terms. */
import type { DirectoryTerm } from "./directory";

export const tagOf = { select: { tag: { select: { publicId: true, kind: true, slug: true, label: true, sortOrder: true } } } } as const;

/**
 * Organisations whose cafés are public: verified. Hiding a group in the partner directory hides its
 * profile and partner services, not the cafés it runs (their own public rules decide those).
 */
export const CAFE_OPERATOR = { verifiedAt: { not: null } } as const;

export type TagRow = { tag: { publicId: string; kind: string; slug: string; label: string; sortOrder: number } };

/** Distinct terms of a kind from tag rows, in list order. */
export function termsOf(rows: TagRow[], kind: string): DirectoryTerm[] {
  const seen = new Map<string, TagRow["tag"]>();
  for (const { tag } of rows) if (tag.kind === kind && !seen.has(tag.slug)) seen.set(tag.slug, tag);
  return [...seen.values()]
    .sort((a, b) => a.sortOrder - b.sortOrder || a.label.localeCompare(b.label, "en-GB"))
    .map((tag) => ({ taxonomy: kind, slug: tag.slug, label: tag.label, publicId: tag.publicId }));
}
