import { createHash } from "node:crypto";

/**
 * The hash of the original text(s) a translation is made from, kept with the translation: when the
 * original's hash differs from it, the original has changed since the translation was saved.
 */
export function originalHash(...texts: string[]): string {
  return createHash("sha256").update(JSON.stringify(texts)).digest("hex").slice(0, 32);
}
