/**
 * The forms of the management and admin pages, as zod schemas shared by the server actions and the
 * pages. Values arrive as typed (strings, or arrays for checkboxes); each message sits next to its field.
 * The schedule rules that need the café's other sessions (overlaps) are checked by the model.
 */
import { z } from "zod";
import { MAX_CAP_PLACES } from "~/modules/bookings";
import { TAG_KINDS } from "~/modules/tags";
import { normaliseTime } from "~/modules/schedule";
import { isValidDate } from "~/lib/london-time";
import { t } from "~/lib/i18n";

/** A required single line of text. */
const requiredText = (message: string, max = 200) =>
  z
    .string({ error: message })
    .trim()
    .min(1, message)
    .max(max, t("manage.error.tooLong", { max }));

/** An optional line or paragraph: "" becomes null. */
const optionalText = (max = 200) =>
  z
    .string()
    .optional()
    .transform((v) => (v ?? "").trim())
    .pipe(z.string().max(max, t("manage.error.tooLong", { max })))
    .transform((v) => (v === "" ? null : v));

/** An optional paragraph kept as "" when empty. */
const textOrEmpty = (max: number) => optionalText(max).transform((v) => v ?? "");

/** Checkbox values: none, one or several ids. */
const idList = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]).filter((id) => id !== ""));

const optionalId = z
  .string()
  .optional()
  .transform((v) => (v && v.trim() !== "" ? v.trim() : null));

/** A date from a date input ("2026-12-24") or typed ("24/12/2026", "24-12-2026"). */
export function normaliseDate(value: string): string | null {
  const raw = value.trim();
  let iso = raw;
  const uk = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(raw);
  if (uk) iso = `${uk[3]}-${uk[2]!.padStart(2, "0")}-${uk[1]!.padStart(2, "0")}`;
  return isValidDate(iso) ? iso : null;
}

/** A number of places typed as plain digits ("3", not "0x3" or "3e0"), from 0 to MAX_CAP_PLACES. */
export function parsePlaces(raw: string): number | null {
  if (!/^\d{1,2}$/.test(raw)) return null;
  const n = Number(raw);
  return n <= MAX_CAP_PLACES ? n : null;
}

/** A typed value that `parse` reads, or null when left empty; `invalid` sits next to the field when it cannot be read. */
const optionalParsed = <T>(parse: (raw: string) => T | null, invalid: string) =>
  z
    .string()
    .optional()
    .transform((v, ctx): T | null => {
      const raw = (v ?? "").trim();
      if (raw === "") return null;
      const value = parse(raw);
      if (value === null) {
        ctx.addIssue({ code: "custom", message: invalid });
        return z.NEVER;
      }
      return value;
    });

/** The same, required: left empty, `empty` sits next to the field. */
const requiredParsed = <T>(parse: (raw: string) => T | null, invalid: string, empty: string) =>
  optionalParsed(parse, invalid).transform((value, ctx): T => {
    if (value === null) {
      ctx.addIssue({ code: "custom", message: empty });
      return z.NEVER;
    }
    return value;
  });

/** "18:00", "6:30", "1830" → "HH:MM". */
const timeField = (emptyMessage: string) => requiredParsed(normaliseTime, t("manage.error.invalidTime"), emptyMessage);
const dateField = (emptyMessage: string) => requiredParsed(normaliseDate, t("manage.error.invalidDate"), emptyMessage);
const optionalDateField = optionalParsed(normaliseDate, t("manage.error.invalidDate"));

const placesMessage = t("manage.error.capPlaces", { max: MAX_CAP_PLACES });
/** CAP places for one session: empty means the café's default. */
const optionalPlaces = optionalParsed(parsePlaces, placesMessage);
/** The café's default CAP places: required. */
const requiredPlaces = requiredParsed(parsePlaces, placesMessage, placesMessage);

// ------------------------------------------------------------------ details

const postcode = z
  .string({ error: t("manage.details.error.postcodeMissing") })
  .trim()
  .min(1, t("manage.details.error.postcodeMissing"))
  .max(10, t("manage.details.error.postcodeFormat"));

const phone = optionalText(40).pipe(
  z.string().regex(/^[0-9 +()-]{6,40}$/, t("manage.details.error.phone")).nullable(),
);

const email = optionalText(200).pipe(z.email(t("manage.details.error.email")).nullable());

const website = optionalText(300).pipe(
  z
    .string()
    .regex(/^https?:\/\/[^\s]+\.[^\s]+$/i, t("manage.details.error.website"))
    .nullable(),
);

/** The café's name, and its venue and address (AddressFields), as the details and new café forms ask for them. */
const cafeName = requiredText(t("manage.details.error.name"), 120);
const venue = {
  venueName: optionalText(120),
  addressLine1: requiredText(t("manage.details.error.addressLine1"), 120),
  addressLine2: optionalText(120),
  town: requiredText(t("manage.details.error.town"), 80),
  postcode,
};

export const detailsSchema = z.object({
  name: cafeName,
  description: textOrEmpty(2000),
  organisationId: optionalId,
  ...venue,
  phone,
  email,
  website,
  gettingThere: optionalText(1000),
  whoFor: optionalText(300),
  accessNotes: optionalText(1000),
  accessTagIds: idList,
  languageTagIds: idList,
});
export type DetailsForm = z.infer<typeof detailsSchema>;

export const footprintSchema = z.object({ footprintId: optionalId });

// ------------------------------------------------------------------ sessions

export const sessionSchema = z.object({
  dayOfWeek: z
    .string({ error: t("manage.error.invalidDay") })
    .regex(/^[1-7]$/, t("manage.error.invalidDay"))
    .transform(Number),
  startTime: timeField(t("manage.error.startTimeMissing")),
  endTime: timeField(t("manage.error.endTimeMissing")),
  validFrom: optionalDateField,
  validUntil: optionalDateField,
  offerId: optionalId,
  capPlaces: optionalPlaces,
});

export const capDefaultSchema = z.object({ capPlacesDefault: requiredPlaces });

// ------------------------------------------------------------------ exceptions

export const closureSchema = z.object({
  startDate: dateField(t("manage.error.startDateMissing")),
  endDate: optionalDateField,
  reason: requiredText(t("manage.exception.error.reason"), 200),
});

export const changedHoursSchema = z.object({
  startDate: dateField(t("manage.error.dateMissing")),
  startTime: timeField(t("manage.error.startTimeMissing")),
  endTime: timeField(t("manage.error.endTimeMissing")),
  reason: textOrEmpty(200),
});

export const extraSessionSchema = changedHoursSchema.extend({ offerId: optionalId, capPlaces: optionalPlaces });

export const bankHolidaySchema = z.object({
  date: dateField(t("manage.error.dateMissing")),
  answer: z.enum(["open", "closed"], { error: t("manage.exception.error.answer") }),
});

// ------------------------------------------------------------------ offers

export const offerSchema = z.object({
  title: requiredText(t("manage.offer.error.title"), 120),
  description: textOrEmpty(1000),
  audienceTagIds: idList,
  languageTagIds: idList,
});

// ------------------------------------------------------------------ admin

export const tagSchema = z.object({
  kind: z.enum(TAG_KINDS, { error: t("manage.tags.error.kind") }),
  label: requiredText(t("manage.tags.error.label"), 80),
});

export const renameTagSchema = z.object({
  tagId: z.string().min(1),
  label: requiredText(t("manage.tags.error.label"), 80),
});

export const newCafeSchema = z.object({
  name: cafeName,
  organisationId: z.string({ error: t("manage.error.operatorChoice") }).min(1, t("manage.error.operatorChoice")),
  ...venue,
  footprintId: optionalId,
  status: z.enum(["planned", "setting-up", "open"], { error: t("manage.error.statusChange") }),
  description: textOrEmpty(2000),
});

export const inviteSchema = z.object({
  email: z
    .string({ error: t("manage.admin.invite.error.email") })
    .trim()
    .toLowerCase()
    .pipe(z.email(t("manage.admin.invite.error.email"))),
});

export const statusSchema = z.object({
  status: z.enum(["planned", "setting-up", "open", "paused", "closed"], { error: t("manage.error.statusChange") }),
});
