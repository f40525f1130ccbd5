/**
 * The managed lists of tags, in the order the pages show them: audiences of offers ("Women only",
 * "Students"), languages, accessibility features, and the support categories of partner services ("Debt
 * and money advice", "Bereavement").
 */
export const TAG_KINDS = ["audience", "language", "access", "support"] as const;
export type TagKind = (typeof TAG_KINDS)[number];

/**
 * A label as compared for duplicates within a kind: trimmed, in lower case. Stored as Tag.labelKey, unique
 * with the kind, so two admins adding the same label at once make one tag.
 */
export function tagLabelKey(label: string): string {
  return label.trim().toLowerCase();
}

export function isTagKind(value: unknown): value is TagKind {
  return typeof value === "string" && (TAG_KINDS as readonly string[]).includes(value);
}
