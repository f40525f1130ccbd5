import { z } from "zod";
import { byIntent, emailAddress, message, text } from "~/lib/forms";
import { CAFE_STATUSES } from "./cafe-status";
import { cafeDescription, cafeName, optionalId, requiredText, venueFields } from "./forms";

/**
 * The admins' café forms (/admin/cafes): a new café, a change of status, an invitation to manage a café.
 * One schema per form, used by its action and by its page in the browser; messages are message codes.
 * Whether the operator and footprint exist, where the postcode is, which status changes are allowed and
 * who already manages the café are checked by the writes.
 */

/** The statuses a new café may start in. */
export const NEW_CAFE_STATUSES = ["setting-up", "planned", "open"] as const satisfies readonly (typeof CAFE_STATUSES)[number][];

export const newCafeSchema = z.object({
  name: cafeName,
  organisationId: requiredText(message("manage.error.operatorChoice")),
  ...venueFields,
  /** Left empty: the footprint the café's location suggests. */
  footprintId: optionalId,
  status: text(z.enum(NEW_CAFE_STATUSES, { error: message("manage.error.statusChange") })),
  description: cafeDescription,
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
