/**
 * The managed lists of tags, in the order the pages show them: audiences of offers ("Women only",
 * "Students"), languages, and accessibility features.
 */
export const TAG_KINDS = ["audience", "language", "access"] as const;
export type TagKind = (typeof TAG_KINDS)[number];

export function isTagKind(value: unknown): value is TagKind {
  return typeof value === "string" && (TAG_KINDS as readonly string[]).includes(value);
}
