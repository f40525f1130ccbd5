import { z } from "zod";
import { choices, message, text } from "~/lib/forms";
import type { MessageCode } from "~/lib/i18n";
import { isValidDate } from "~/lib/london-time";
import { normaliseTime } from "~/modules/schedule";
import { isTextLanguage, type TextLanguage } from "./localised-text";

/**
 * The café team's forms: the details, the footprint, weekly sessions and the CAP places default,
 * closures, changed hours, extra sessions and bank-holiday answers, and offers. One schema per form, used
 * by its action and by its page in the browser; messages are message codes. The rules that need what
 * is stored (overlaps with the café's other sessions, tags from the right list, the postcode's place)
 * are checked by the writes.
 */

/** The most places a session may offer the Central Access Point. */
export const MAX_CAP_PLACES = 20;

const tooLong = (max: number) => message("manage.error.tooLong", { max });

/** A required single line of text. */
export const requiredText = (missing: MessageCode, max = 200) => text(z.string().trim().min(1, missing).max(max, tooLong(max)));

/** An optional line or paragraph: left empty, null. */
const optionalText = (max = 200) =>
  text(
    z
      .string()
      .trim()
      .max(max, tooLong(max))
      .transform((v) => (v === "" ? null : v)),
  );

/** An optional paragraph kept as "" when empty. */
const textOrEmpty = (max: number) => text(z.string().trim().max(max, tooLong(max)));

/** Ticked checkboxes: none, one or several ids. */
const idList = choices(z.string()).transform((ids) => ids.filter((id) => id !== ""));

/** A choice from a list that may be left empty (null). */
export const optionalId = text(
  z
    .string()
    .trim()
    .transform((v) => (v === "" ? null : v)),
);

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
const optionalParsed = <T>(parse: (raw: string) => T | null, invalid: MessageCode) =>
  text(
    z
      .string()
      .trim()
      .transform((raw, ctx): T | null => {
        if (raw === "") return null;
        const value = parse(raw);
        if (value === null) {
          ctx.addIssue({ code: "custom", message: invalid });
          return z.NEVER;
        }
        return value;
      }),
  );

/** The same, required: left empty, `empty` sits next to the field. */
const requiredParsed = <T>(parse: (raw: string) => T | null, invalid: MessageCode, empty: MessageCode) =>
  optionalParsed(parse, invalid).transform((value, ctx): T => {
    if (value === null) {
      ctx.addIssue({ code: "custom", message: empty });
      return z.NEVER;
    }
    return value;
  });

/** "18:00", "6:30", "1830" → "HH:MM". */
const timeField = (empty: MessageCode) => requiredParsed(normaliseTime, message("manage.error.invalidTime"), empty);
const dateField = (empty: MessageCode) => requiredParsed(normaliseDate, message("manage.error.invalidDate"), empty);
const optionalDateField = optionalParsed(normaliseDate, message("manage.error.invalidDate"));

const placesMessage = message("manage.error.capPlaces", { max: MAX_CAP_PLACES });
/** CAP places for one session: empty means the café's default. */
const optionalPlaces = optionalParsed(parsePlaces, placesMessage);

// ------------------------------------------------------------------ details

const postcode = text(
  z.string().trim().min(1, message("manage.details.error.postcodeMissing")).max(10, message("manage.details.error.postcodeFormat")),
);

const phone = optionalText(40).pipe(
  z
    .string()
    .regex(/^[0-9 +()-]{6,40}$/, message("manage.details.error.phone"))
    .nullable(),
);

const email = optionalText(200).pipe(z.email(message("manage.details.error.email")).nullable());

const website = optionalText(300).pipe(
  z
    .string()
    .regex(/^https?:\/\/[^\s]+\.[^\s]+$/i, message("manage.details.error.website"))
    .nullable(),
);

/** The café's name, as the details form and the admins' new café form ask for it. */
export const cafeName = requiredText(message("manage.details.error.name"), 120);

/** The venue and its address (components/manage/AddressFields), as the details and new café forms ask for them. */
export const venueFields = {
  venueName: optionalText(120),
  addressLine1: requiredText(message("manage.details.error.addressLine1"), 120),
  addressLine2: optionalText(120),
  town: requiredText(message("manage.details.error.town"), 80),
  postcode,
};

/** A café's description as its public page shows it. */
export const cafeDescription = textOrEmpty(2000);

/** The language the café's own text is written in (one of TEXT_LANGUAGES); not sent, null: left as it is. */
export const textLanguageField = text(
  z
    .string()
    .trim()
    .refine((v) => v === "" || isTextLanguage(v), message("manage.details.error.textLanguage"))
    .transform((v) => (v === "" ? null : (v as TextLanguage))),
);

export const detailsSchema = z.object({
  name: cafeName,
  description: cafeDescription,
  textLanguage: textLanguageField,
  organisationId: optionalId,
  ...venueFields,
  phone,
  email,
  website,
  gettingThere: optionalText(1000),
  whoFor: optionalText(300),
  accessNotes: optionalText(1000),
  accessTagIds: idList,
  languageTagIds: idList,
});
export type DetailsForm = z.output<typeof detailsSchema>;

export const footprintSchema = z.object({ footprintId: optionalId });

// ------------------------------------------------------------------ sessions

export const sessionSchema = z.object({
  dayOfWeek: text(
    z
      .string()
      .regex(/^[1-7]$/, message("manage.error.invalidDay"))
      .transform(Number),
  ),
  startTime: timeField(message("manage.error.startTimeMissing")),
  endTime: timeField(message("manage.error.endTimeMissing")),
  validFrom: optionalDateField,
  validUntil: optionalDateField,
  offerId: optionalId,
  capPlaces: optionalPlaces,
});

/** The café's usual number of CAP places per session: required. */
export const capDefaultSchema = z.object({ capPlacesDefault: requiredParsed(parsePlaces, placesMessage, placesMessage) });

// ------------------------------------------------------------------ closures, changed hours and extra sessions

export const closureSchema = z.object({
  startDate: dateField(message("manage.error.startDateMissing")),
  endDate: optionalDateField,
  reason: requiredText(message("manage.exception.error.reason"), 200),
});

export const changedHoursSchema = z.object({
  startDate: dateField(message("manage.error.dateMissing")),
  startTime: timeField(message("manage.error.startTimeMissing")),
  endTime: timeField(message("manage.error.endTimeMissing")),
  reason: textOrEmpty(200),
});

export const extraSessionSchema = changedHoursSchema.extend({ offerId: optionalId, capPlaces: optionalPlaces });

/** The form of each kind of change to the usual hours, by its `kind`. */
export const exceptionForms = { closed: closureSchema, hours: changedHoursSchema, extra: extraSessionSchema };
export type ExceptionFormKind = keyof typeof exceptionForms;
export const EXCEPTION_FORM_KINDS = Object.keys(exceptionForms) as ExceptionFormKind[];
export const isExceptionFormKind = (v: unknown): v is ExceptionFormKind => typeof v === "string" && Object.hasOwn(exceptionForms, v);

/** Open or closed on a bank holiday (the date names the holiday). */
export const bankHolidaySchema = z.object({
  date: dateField(message("manage.error.dateMissing")),
  answer: text(z.enum(["open", "closed"], { error: message("manage.exception.error.answer") })),
});

/** Removing one closure, change of hours or extra session: a record that is not the café's is not found. */
export const removeExceptionSchema = z.object({ exceptionId: text(z.string().trim().max(100)) });

// ------------------------------------------------------------------ offers

export const offerSchema = z.object({
  title: requiredText(message("manage.offer.error.title"), 120),
  description: textOrEmpty(1000),
  audienceTagIds: idList,
  languageTagIds: idList,
});

// ------------------------------------------------------------------ the team's own translations

/** A translation of the café's description: the same limit as the description; empty is refused (remove it instead). */
export const cafeTranslationSchema = z.object({
  description: requiredText(message("manage.translation.error.description"), 2000),
});
export type CafeTranslationForm = z.output<typeof cafeTranslationSchema>;

/** A translation of an offer: its title (required) and description, with the offer's own limits. */
export const offerTranslationSchema = z.object({
  title: requiredText(message("manage.translation.error.title"), 120),
  description: textOrEmpty(1000),
});
export type OfferTranslationForm = z.output<typeof offerTranslationSchema>;
