/**
 * The messages the café's writes and checks give back, as message codes (catalogue keys): a field's
 * message is a code, and the page turns it into words (`words()` from ~/lib/i18n). The server files of
 * this module take their codes from here, so they never hold words themselves.
 */
import { code, type MessageCode } from "~/lib/i18n";

export type { MessageCode };

export const CAFE_MESSAGES = {
  /** A tag that is not in the right list, or was retired and the record did not carry it */
  tagChoice: code("manage.error.tagChoice"),
  /** An offer that is not one of the café's */
  offerChoice: code("manage.error.offerChoice"),
  /** An operator organisation that does not exist */
  operatorChoice: code("manage.error.operatorChoice"),
  /** A footprint that does not exist */
  footprintChoice: code("manage.error.footprintChoice"),
  /** A status the café cannot move to from its current one */
  statusChange: code("manage.error.statusChange"),
  /** An invitation to someone who already manages the café */
  alreadyManager: code("manage.admin.invite.error.already"),
  /** A venue postcode that is not written as a full postcode */
  postcodeFormat: code("manage.details.error.postcodeFormat"),
  /** A venue postcode that cannot be found (or only its district) */
  postcodeUnknown: code("manage.details.error.postcodeUnknown"),
  /** A venue postcode outside Leicester, Leicestershire and Rutland */
  postcodeOutside: code("manage.details.error.postcodeOutside"),
} as const satisfies Record<string, MessageCode>;

/** Field → message code: the messages of a refused write or check, one per field. */
export type FieldMessages = Record<string, MessageCode>;
