import { common } from "./en/common";

/**
 * The English catalogue: every user-facing string of the public pages, by key.
 * Each area of the product keeps its own file in ./en and is merged here.
 */
export const en = {
  ...common,
} as const;

export type MessageKey = keyof typeof en;
export type Catalogue = Record<MessageKey, string>;

export const catalogues: Record<string, Catalogue> = { en };
export const defaultLocale = "en";
