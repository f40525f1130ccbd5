import { z } from "zod";
import { byIntent, emailAddress, message, text } from "~/lib/forms";
import type { MessageCode } from "~/lib/i18n";
import { CAFE_STATUSES } from "./cafe-status";

/**
 * The admins' café forms (/admin/cafes): a new café, a change of status, an invitation to manage a café.
 * One schema per form, used by its action and by its page in the browser; messages are message codes.
 * Whether the operator and footprint exist, where the postcode is, which status changes are allowed and
 * who already manages the café are checked by the writes.
 */

const tooLong = (max: number) => message("manage.error.tooLong", { max });
const required = (missing: MessageCode, max: number) => text(z.string().trim().min(1, missing).max(max, tooLong(max)));
const optional = (max: number) => text(z.string().trim().max(max, tooLong(max))).transform((v) => (v === "" ? null : v));

/** The statuses a new café may start in. */
export const NEW_CAFE_STATUSES = ["setting-up", "planned", "open"] as const satisfies readonly (typeof CAFE_STATUSES)[number][];

export const newCafeSchema = z.object({
  name: required(message("manage.details.error.name"), 120),
  organisationId: text(z.string().min(1, message("manage.error.operatorChoice"))),
  venueName: optional(120),
  addressLine1: required(message("manage.details.error.addressLine1"), 120),
  addressLine2: optional(120),
  town: required(message("manage.details.error.town"), 80),
  postcode: text(z.string().trim().min(1, message("manage.details.error.postcodeMissing")).max(10, message("manage.details.error.postcodeFormat"))),
  /** Left empty: the footprint the café's location suggests. */
  footprintId: text(z.string().trim()).transform((v) => (v === "" ? null : v)),
  status: text(z.enum(NEW_CAFE_STATUSES, { error: message("manage.error.statusChange") })),
  description: text(z.string().trim().max(2000, tooLong(2000))),
});

/** A café's new status (one button per change the café may make). */
export const cafeStatusSchema = z.object({
  status: text(z.enum(CAFE_STATUSES, { error: message("manage.error.statusChange") })),
});

/** Someone to invite to manage the café, by email. */
export const managerInviteSchema = z.object({
  email: emailAddress(message("manage.admin.invite.error.email"), message("manage.admin.invite.error.email")),
});

/** An admin's café page: its two forms, by the button that sent them. */
export const adminCafeForms = byIntent({ status: cafeStatusSchema, invite: managerInviteSchema });
