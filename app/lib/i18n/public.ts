/**
 * The public message set: the English keys that the public pages use, and so the keys every locale file
 * (./locales/<code>.json) must translate — no more, no fewer (./translations.test.ts checks it). Staff and
 * organisation pages stay in English and their keys are not here.
 * To make a new key public, put it in one of these files (or add its prefix below) and add its translation
 * to every locale file.
 */
import type { MessageKey } from "./catalogue";
import { common } from "./en/common";
import { finder } from "./en/finder";
import { hours } from "./en/hours";
import { languages } from "./en/languages";
import { oruk } from "./en/oruk";
import { pages } from "./en/pages";
import { partners } from "./en/partners";
import { tags } from "./en/tags";

/** Keys of otherwise staff-facing files that public pages show. */
const PUBLIC_PREFIXES = ["oruk.docs.link."] as const;

const fromOtherFiles = Object.keys(oruk).filter((key) => PUBLIC_PREFIXES.some((prefix) => key.startsWith(prefix)));

export const PUBLIC_KEYS: readonly MessageKey[] = [
  ...Object.keys(common),
  ...Object.keys(finder),
  ...Object.keys(hours),
  ...Object.keys(pages),
  ...Object.keys(partners),
  ...Object.keys(languages),
  ...Object.keys(tags),
  ...fromOtherFiles,
] as MessageKey[];

const publicKeys = new Set<string>(PUBLIC_KEYS);

export function isPublicKey(key: string): key is MessageKey {
  return publicKeys.has(key);
}
