/**
 * The forms of the management and admin pages, as zod schemas shared by the server actions and the
 * pages. Values arrive as typed (strings, or arrays for checkboxes); each message sits next to its field.
 * The schedule rules that need the café's other sessions (overlaps) are checked by the model.
 */
import { z } from "zod";
import { MAX_CAP_PLACES } from "~/domain/cap-places";
import { dayNumber, normaliseTime } from "~/domain/schedule-validation";
import { t } from "~/i18n";

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

/** Checkbox values: none, one or several ids. */
const idList = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]).filter((id) => id !== ""));

const optionalId = z
  .string()
  .optional()
  .transform((v) => (v && v.trim() !== "" ? v.trim() : null));

/** "18:00", "6:30", "1830" → "HH:MM". */
const timeField = (emptyMessage: string) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      const raw = (v ?? "").trim();
      if (raw === "") {
        ctx.addIssue({ code: "custom", message: emptyMessage });
        return z.NEVER;
      }
      const time = normaliseTime(raw);
      if (!time) {
        ctx.addIssue({ code: "custom", message: t("manage.error.invalidTime") });
        return z.NEVER;
      }
      return time;
    });

/** A date from a date input ("2026-12-24") or typed ("24/12/2026", "24-12-2026"). */
export function normaliseDate(value: string): string | null {
  const raw = value.trim();
  let iso = raw;
  const uk = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(raw);
  if (uk) iso = `${uk[3]}-${uk[2]!.padStart(2, "0")}-${uk[1]!.padStart(2, "0")}`;
  return dayNumber(iso) === null ? null : iso;
}

const dateField = (emptyMessage: string) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      const raw = (v ?? "").trim();
      if (raw === "") {
        ctx.addIssue({ code: "custom", message: emptyMessage });
        return z.NEVER;
      }
      const date = normaliseDate(raw);
      if (!date) {
        ctx.addIssue({ code: "custom", message: t("manage.error.invalidDate") });
        return z.NEVER;
      }
      return date;
    });

const optionalDateField = z
  .string()
  .optional()
  .transform((v, ctx) => {
    const raw = (v ?? "").trim();
    if (raw === "") return null;
    const date = normaliseDate(raw);
    if (!date) {
      ctx.addIssue({ code: "custom", message: t("manage.error.invalidDate") });
      return z.NEVER;
    }
    return date;
  });

function parsePlaces(raw: string): number | null {
  const n = Number(raw);
  return raw !== "" && Number.isInteger(n) && n >= 0 && n <= MAX_CAP_PLACES ? n : null;
}

/** CAP places for one session: empty means the café's default. */
const optionalPlaces = z
  .string()
  .optional()
  .transform((v, ctx): number | null => {
    const raw = (v ?? "").trim();
    if (raw === "") return null;
    const n = parsePlaces(raw);
    if (n === null) {
      ctx.addIssue({ code: "custom", message: t("manage.error.capPlaces", { max: MAX_CAP_PLACES }) });
      return z.NEVER;
    }
    return n;
  });

/** The café's default CAP places: required. */
const requiredPlaces = z
  .string()
  .optional()
  .transform((v, ctx): number => {
    const n = parsePlaces((v ?? "").trim());
    if (n === null) {
      ctx.addIssue({ code: "custom", message: t("manage.error.capPlaces", { max: MAX_CAP_PLACES }) });
      return z.NEVER;
    }
    return n;
  });

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

export const detailsSchema = z.object({
  name: requiredText(t("manage.details.error.name"), 120),
  description: optionalText(2000).transform((v) => v ?? ""),
  organisationId: optionalId,
  venueName: optionalText(120),
  addressLine1: requiredText(t("manage.details.error.addressLine1"), 120),
  addressLine2: optionalText(120),
  town: requiredText(t("manage.details.error.town"), 80),
  postcode,
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
export type SessionForm = z.infer<typeof sessionSchema>;

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
  reason: optionalText(200).transform((v) => v ?? ""),
});

export const extraSessionSchema = changedHoursSchema.extend({ offerId: optionalId });

export const bankHolidaySchema = z.object({
  date: dateField(t("manage.error.dateMissing")),
  answer: z.enum(["open", "closed"], { error: t("manage.exception.error.answer") }),
});

// ------------------------------------------------------------------ offers

export const offerSchema = z.object({
  title: requiredText(t("manage.offer.error.title"), 120),
  description: optionalText(1000).transform((v) => v ?? ""),
  audienceTagIds: idList,
  languageTagIds: idList,
});

// ------------------------------------------------------------------ admin

export const tagSchema = z.object({
  kind: z.enum(["audience", "language", "access"], { error: t("manage.tags.error.kind") }),
  label: requiredText(t("manage.tags.error.label"), 80),
});

export const renameTagSchema = z.object({
  tagId: z.string().min(1),
  label: requiredText(t("manage.tags.error.label"), 80),
});

export const newCafeSchema = z.object({
  name: requiredText(t("manage.details.error.name"), 120),
  organisationId: z.string({ error: t("manage.error.operatorChoice") }).min(1, t("manage.error.operatorChoice")),
  venueName: optionalText(120),
  addressLine1: requiredText(t("manage.details.error.addressLine1"), 120),
  addressLine2: optionalText(120),
  town: requiredText(t("manage.details.error.town"), 80),
  postcode,
  footprintId: optionalId,
  status: z.enum(["planned", "setting-up", "open"], { error: t("manage.error.statusChange") }),
  description: optionalText(2000).transform((v) => v ?? ""),
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
