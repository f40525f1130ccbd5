import { z } from "zod";
import { message, text, ticked } from "~/lib/forms";
import { isValidDate } from "~/lib/london-time";
import { ukPhoneNumber } from "./phone";

/**
 * The booking form: which session (hidden fields the results page fills in) and the least the café needs
 * to know about the caller. Nothing else about the caller is stored.
 */
export const CALLER_NAME_MAX = 40;
export const NEEDS_MAX = 200;

/** A session to book, as one value: "<café id>|<date>|<slot key>" (a radio button's value). */
export const OPTION_PATTERN = /^([\w-]{1,60})\|(\d{4}-\d{2}-\d{2})\|((?:weekly|exception):[\w-]{1,60})$/;
export type SlotChoice = { cafeId: string; date: string; slot: string };

export function optionValue(choice: SlotChoice): string {
  return `${choice.cafeId}|${choice.date}|${choice.slot}`;
}

export function parseOption(value: string): SlotChoice | null {
  const m = OPTION_PATTERN.exec(value);
  if (!m || !isValidDate(m[2]!)) return null;
  return { cafeId: m[1]!, date: m[2]!, slot: m[3]! };
}

export const bookingSchema = z.object({
  option: text(
    z
      .string()
      .min(1, message("bookings.error.chooseSession"))
      .refine((v) => parseOption(v) !== null, message("bookings.error.chooseSession"))
      .transform((v) => parseOption(v)!),
  ),
  /** The search the options came from ("q=…&when=…"), to offer the next ones if this place goes */
  search: text(z.string().max(1000)).optional(),
  callerName: text(
    z
      .string()
      .trim()
      .min(1, message("bookings.error.nameRequired"))
      .max(CALLER_NAME_MAX, message("bookings.error.nameTooLong", { max: CALLER_NAME_MAX })),
  ),
  callbackNumber: text(
    z
      .string()
      .trim()
      .max(30, message("bookings.error.phoneFormat"))
      .refine((v) => v === "" || ukPhoneNumber(v) !== null, message("bookings.error.phoneFormat"))
      .transform((v) => (v === "" ? null : ukPhoneNumber(v))),
  ),
  needs: text(z.string().trim().max(NEEDS_MAX, message("bookings.error.needsTooLong", { max: NEEDS_MAX }))),
  consent: ticked().refine((v) => v, message("bookings.error.consentRequired")),
});

export type BookingInput = z.output<typeof bookingSchema>;

/** Cancelling a booking: the reason is required, and shown to the other side (the CAP or the café). */
export const REASON_MAX = 200;
export const cancelSchema = z.object({
  booking: text(z.string().min(1).max(60)),
  reason: text(
    z
      .string()
      .trim()
      .min(1, message("bookings.error.reasonRequired"))
      .max(REASON_MAX, message("bookings.error.reasonTooLong", { max: REASON_MAX })),
  ),
});

/** Moving a booking to another session: which, and why (the café that loses it is told). */
export const moveSchema = z.object({
  booking: text(z.string().min(1).max(60)),
  option: bookingSchema.shape.option,
  why: text(
    z
      .string()
      .trim()
      .min(1, message("bookings.error.moveReasonRequired"))
      .max(REASON_MAX, message("bookings.error.reasonTooLong", { max: REASON_MAX })),
  ),
});
