import { admin } from "./en/admin";
import { auth } from "./en/auth";
import { bookings } from "./en/bookings";
import { cap } from "./en/cap";
import { common } from "./en/common";
import { coverage } from "./en/coverage";
import { finder } from "./en/finder";
// ---- grants: award
import { grantsAward } from "./en/grants-award";
import { homes } from "./en/homes";
import { hours } from "./en/hours";
import { manage } from "./en/manage";
import { manageAdmin } from "./en/manage-admin";
import { manageHistory } from "./en/manage-history";
import { manageOffers } from "./en/manage-offers";
import { manageSchedule } from "./en/manage-schedule";
import { manageTranslations } from "./en/manage-translations";
import { oruk } from "./en/oruk";
import { pages } from "./en/pages";
import { partners } from "./en/partners";
// Grants: the applicant's side
import { grantsApply } from "./en/grants-apply";
// Grants (issue 9): panel
import { grantsPanel } from "./en/grants-panel";

/**
 * The English catalogue: every user-facing string of the public pages, by key.
 * Each area of the product keeps its own file in ./en and is merged here.
 */
export const en = {
  ...common,
  ...auth,
  ...homes,
  ...admin,
  ...finder,
  ...hours,
  ...manage,
  ...manageSchedule,
  ...manageOffers,
  ...manageHistory,
  ...manageAdmin,
  ...manageTranslations,
  ...pages,
  ...coverage,
  ...cap,
  ...bookings,
  ...partners,
  ...oruk,
  // Grants: the applicant's side
  ...grantsApply,
  // Grants (issue 9): panel
  ...grantsPanel,
  // ---- grants: award
  ...grantsAward,
} as const;

export type MessageKey = keyof typeof en;
export type Catalogue = Record<MessageKey, string>;

export const catalogues: Record<string, Catalogue> = { en };
export const defaultLocale = "en";
