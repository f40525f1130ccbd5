/**
 * A café's venue postcode as typed in the details and new-café forms. It is stored as geo's normalised
 * full postcode ("le1 1aa" → "LE1 1AA", common typos repaired); a postcode that cannot be used gets the
 * message for its field. Pure: whether the postcode exists, and where, is the geocoder's question.
 */
import { normalisePostcode } from "~/modules/geo";
import { CAFE_MESSAGES, type MessageCode } from "./cafe-messages";

/**
 * Written like a full postcode (one or two letters, a digit, a letter or digit perhaps, then a digit and
 * two letters), whether or not such a postcode exists ("ZZ9 9ZZ"). It only chooses the message for a
 * postcode that cannot be used: "we could not find it" rather than "enter a full postcode".
 */
const POSTCODE_SHAPE = /^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$/;

const compact = (postcode: string) => postcode.replace(/\s+/g, "").toUpperCase();

/** The full postcode to look up and store, or the message for the postcode field. */
export function venuePostcode(typed: string): { ok: true; postcode: string } | { ok: false; error: MessageCode } {
  const postcode = normalisePostcode(typed);
  if (postcode) return { ok: true, postcode };
  return { ok: false, error: POSTCODE_SHAPE.test(compact(typed)) ? CAFE_MESSAGES.postcodeUnknown : CAFE_MESSAGES.postcodeFormat };
}

/** Whether a typed postcode is the one stored, however it is spaced or capitalised (so it need not be located again). */
export function samePostcode(typed: string, stored: string): boolean {
  return compact(typed) === compact(stored);
}
