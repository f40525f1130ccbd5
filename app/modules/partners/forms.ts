import { z } from "zod";
import { choices, message, text } from "~/lib/forms";
import { endsNextDay, normaliseTime } from "~/modules/schedule";
import { ACCESS_KINDS } from "./service-rules";

/**
 * The group's forms at /organisation: the public profile, a service (its details, tags, areas, and up to
 * MAX_VENUES venues, each with its weekly sessions or "by appointment", or none), "still correct", and the
 * staff's hide form. Every rule is checked at once, so one submission shows every message. Messages
 * are message codes; the rules needing stored data (tags of the right list, the postcode's place, the
 * footprints) are checked by the writes.
 */
const tooLong = (max: number) => message("manage.error.tooLong", { max });
const optionalText = (max = 200) =>
  text(
    z
      .string()
      .trim()
      .max(max, tooLong(max))
      .transform((v) => (v === "" ? null : v))
  );
const textOrEmpty = (max: number) =>
  text(z.string().trim().max(max, tooLong(max)));
const idList = choices(z.string()).transform((ids) =>
  ids.filter((id) => id !== "")
);

const phone = optionalText(40).pipe(
  z
    .string()
    .regex(/^[0-9 +()-]{6,40}$/, message("manage.details.error.phone"))
    .nullable()
);
const email = optionalText(200).pipe(
  z.email(message("manage.details.error.email")).nullable()
);
const website = optionalText(300).pipe(
  z
    .string()
    .regex(
      /^https?:\/\/[^\s]+\.[^\s]+$/i,
      message("manage.details.error.website")
    )
    .nullable()
);

export const profileSchema = z.object({
  description: textOrEmpty(2000),
  communities: optionalText(1000),
  phone,
  email,
  website,
});
export type ProfileForm = z.output<typeof profileSchema>;

const optionalAge = optionalText(3).pipe(
  z
    .string()
    .regex(/^\d{1,3}$/, message("partners.error.age"))
    .transform(Number)
    .nullable()
);

const optionalTime = optionalText(5).pipe(
  z
    .string()
    .transform((v, ctx) => {
      const time = normaliseTime(v);
      if (!time)
        ctx.addIssue({
          code: "custom",
          message: message("manage.error.invalidTime"),
        });
      return time ?? "";
    })
    .nullable()
);
/** A day of the week from the list ("1"–"7"), or none; anything else (a tampered value) is "Choose a day". */
const optionalDay = text(z.string().trim()).pipe(
  z
    .string()
    .regex(/^[1-7]?$/, message("manage.error.invalidDay"))
    .transform((v) => (v === "" ? null : Number(v)))
);

/** The most venues a service lists, and the weekly session rows each venue's form has. */
export const MAX_VENUES = 10;
export const VENUE_SESSION_ROWS = 3;

/** A repeated group of fields (venues[0].name …) as a list: missing is none, a gap an empty group. */
const list = <S extends z.ZodType>(item: S, max: number) =>
  z.preprocess(
    (v) =>
      Array.isArray(v)
        ? Array.from(v, (x: unknown) => (x && typeof x === "object" ? x : {}))
        : [],
    z.array(item).max(max, message("partners.error.tooManyVenues", { max }))
  );

const sessionRowSchema = z.object({
  day: optionalDay,
  start: optionalTime,
  end: optionalTime,
  /** Ticked when the session ends after midnight, on the next day. */
  overnight: optionalText(10),
});

const venueSchema = z.object({
  /** The stored location this venue is (empty for a new one); the save checks it is the service's. */
  id: optionalText(40),
  name: optionalText(120),
  addressLine1: optionalText(120),
  town: optionalText(80),
  postcode: optionalText(10),
  byAppointment: optionalText(10),
  sessions: list(sessionRowSchema, VENUE_SESSION_ROWS),
});
export type VenueForm = z.output<typeof venueSchema>;

const isText = (v: unknown): v is string => typeof v === "string" && v !== "";
const issue = (
  ctx: z.RefinementCtx,
  path: (string | number)[],
  code: Parameters<typeof message>[0]
) => ctx.addIssue({ code: "custom", path, message: message(code) });

/** A venue with anything of a place typed in (an all-empty venue fieldset is ignored). */
export function venueHasPlace(v: Partial<VenueForm>): boolean {
  return [v.name, v.addressLine1, v.town, v.postcode].some(isText);
}

export const serviceSchema = z
  .object({
    name: text(
      z
        .string()
        .trim()
        .min(1, message("partners.error.name"))
        .max(120, tooLong(120))
    ),
    description: text(
      z
        .string()
        .trim()
        .min(1, message("partners.error.description"))
        .max(2000, tooLong(2000))
    ),
    whoFor: optionalText(300),
    access: text(
      z.enum(ACCESS_KINDS, { error: message("partners.error.access") })
    ),
    accessNotes: optionalText(500),
    isFree: text(
      z.enum(["yes", "no"], { error: message("partners.error.cost") })
    ),
    costNote: optionalText(200),
    minimumAge: optionalAge,
    maximumAge: optionalAge,
    phone,
    email,
    website,
    supportTagIds: idList.pipe(
      z.array(z.string()).min(1, message("partners.error.support"))
    ),
    audienceTagIds: idList,
    languageTagIds: idList,
    areaFootprintIds: idList,
    areaDistricts: idList,
    areaLLR: optionalText(10),
    venues: list(venueSchema, MAX_VENUES),
  })
  // The rules across fields run even when a field is wrong, so every message comes at once.
  .superRefine(
    (v, ctx) => {
      const venues: Partial<VenueForm>[] = Array.isArray(v.venues)
        ? v.venues.filter((x) => x && typeof x === "object")
        : [];
      if (v.isFree === "no" && !isText(v.costNote) && v.costNote !== undefined)
        issue(ctx, ["costNote"], "partners.error.costNote");
      venues.forEach((venue, i) => {
        const hasPlace = venueHasPlace(venue);
        if (hasPlace) {
          const required = [
            ["name", "partners.error.locationName"],
            ["addressLine1", "manage.details.error.addressLine1"],
            ["town", "manage.details.error.town"],
            ["postcode", "manage.details.error.postcodeMissing"],
          ] as const;
          for (const [key, code] of required)
            if (venue[key] === null) issue(ctx, ["venues", i, key], code);
        }
        const rows = Array.isArray(venue.sessions) ? venue.sessions : [];
        rows.forEach((row, j) => {
          if (!row || typeof row !== "object") return;
          const at = (key: string) => ["venues", i, "sessions", j, key];
          if (row.day === null && row.start === null && row.end === null)
            return;
          if (!hasPlace) issue(ctx, at("day"), "partners.error.hoursNeedPlace");
          if (row.day === null) issue(ctx, at("day"), "manage.error.invalidDay");
          if (row.start === null)
            issue(ctx, at("start"), "manage.error.startTimeMissing");
          if (row.end === null)
            issue(ctx, at("end"), "manage.error.endTimeMissing");
          if (isText(row.start) && isText(row.end)) {
            // The cafés' rule (schedule module): an end before the start runs past midnight, which the
            // form must say; an end equal to the start is no session.
            if (row.start === row.end)
              issue(ctx, at("end"), "manage.error.endEqualsStart");
            else if (endsNextDay(row.start, row.end) && !isText(row.overnight))
              issue(ctx, at("end"), "partners.error.overnight");
          }
        });
      });
      const hasArea =
        (Array.isArray(v.areaFootprintIds) && v.areaFootprintIds.length > 0) ||
        (Array.isArray(v.areaDistricts) && v.areaDistricts.length > 0) ||
        isText(v.areaLLR);
      if (!venues.some(venueHasPlace) && !hasArea)
        issue(ctx, ["areaLLR"], "partners.error.where");
      if (
        typeof v.minimumAge === "number" &&
        typeof v.maximumAge === "number" &&
        v.minimumAge > v.maximumAge
      )
        issue(ctx, ["maximumAge"], "partners.error.ages");
    },
    { when: () => true }
  );
export type ServiceForm = z.output<typeof serviceSchema>;

export type WeeklySessionInput = {
  dayOfWeek: number;
  startTime: string;
  endTime: string;
};

/** The weekly sessions of a venue of the form (complete rows only; none by appointment). */
export function venueSessions(venue: VenueForm): WeeklySessionInput[] {
  if (venue.byAppointment) return [];
  return venue.sessions.flatMap((row) =>
    row.day !== null && row.start && row.end
      ? [{ dayOfWeek: row.day, startTime: row.start, endTime: row.end }]
      : []
  );
}

/** The venues of a service form that name a place (empty fieldsets left out), in the form's order. */
export function formVenues(form: ServiceForm): VenueForm[] {
  return form.venues.filter(venueHasPlace);
}

export const hideSchema = z.object({
  reason: text(
    z
      .string()
      .trim()
      .min(1, message("partners.error.hideReason"))
      .max(500, tooLong(500))
  ),
});
export const emptySchema = z.object({});

/** What of a service form the database checks (tags, areas, each venue's postcode). */
export type ServiceLookups = {
  supportTagIds: string[];
  audienceTagIds: string[];
  languageTagIds: string[];
  areaFootprintIds: string[];
  areaDistricts: string[];
  venues: { postcode: string | null }[];
};

const lookupIds = idList.catch([]);
const lookupsSchema = z.object({
  supportTagIds: lookupIds,
  audienceTagIds: lookupIds,
  languageTagIds: lookupIds,
  areaFootprintIds: lookupIds,
  areaDistricts: lookupIds,
  venues: list(z.object({ postcode: optionalText(10).catch(null) }), MAX_VENUES).catch([]),
});

/**
 * The parts of a submitted service form the database checks, from a form the schema refused (never
 * fails): so the page can give the database's messages (a tag, an area, a postcode) with the schema's.
 */
export function serviceLookups(payload: unknown): ServiceLookups {
  return lookupsSchema.parse(payload && typeof payload === "object" ? payload : {});
}

/** A service form's own fields as a service record holds them (saved, or shown in a preview). */
export function serviceFields(form: ServiceForm) {
  return {
    name: form.name,
    description: form.description,
    whoFor: form.whoFor,
    access: form.access,
    accessNotes: form.accessNotes,
    isFree: form.isFree === "yes",
    costNote: form.isFree === "yes" ? null : form.costNote,
    minimumAge: form.minimumAge,
    maximumAge: form.maximumAge,
    phone: form.phone,
    email: form.email,
    website: form.website,
  };
}
