import { z } from "zod";
import { choices, message, text } from "~/lib/forms";
import { normaliseTime } from "~/modules/schedule";
import { ACCESS_KINDS } from "./service-rules";

/**
 * The group's forms at /organisation: the public profile, a service (its details, tags, areas, one
 * location with up to two weekly sessions, or none), "still correct", and the staff's hide form. Messages
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
const optionalDay = optionalText(1).pipe(
  z
    .string()
    .regex(/^[1-7]$/, message("manage.error.invalidDay"))
    .transform(Number)
    .nullable()
);

export const serviceSchema = z
  .object({
    name: text(
      z
        .string()
        .trim()
        .min(1, message("partners.error.name"))
        .max(120, tooLong(120))
    ),
    description: textOrEmpty(2000),
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
    locationName: optionalText(120),
    addressLine1: optionalText(120),
    town: optionalText(80),
    postcode: optionalText(10),
    byAppointment: optionalText(10),
    session1Day: optionalDay,
    session1Start: optionalTime,
    session1End: optionalTime,
    session2Day: optionalDay,
    session2Start: optionalTime,
    session2End: optionalTime,
  })
  .superRefine((v, ctx) => {
    const hasLocation = !!(
      v.locationName ||
      v.addressLine1 ||
      v.town ||
      v.postcode
    );
    if (hasLocation) {
      if (!v.locationName)
        ctx.addIssue({
          code: "custom",
          path: ["locationName"],
          message: message("partners.error.locationName"),
        });
      if (!v.addressLine1)
        ctx.addIssue({
          code: "custom",
          path: ["addressLine1"],
          message: message("manage.details.error.addressLine1"),
        });
      if (!v.town)
        ctx.addIssue({
          code: "custom",
          path: ["town"],
          message: message("manage.details.error.town"),
        });
      if (!v.postcode)
        ctx.addIssue({
          code: "custom",
          path: ["postcode"],
          message: message("manage.details.error.postcodeMissing"),
        });
    }
    const hasArea =
      v.areaFootprintIds.length > 0 ||
      v.areaDistricts.length > 0 ||
      !!v.areaLLR;
    if (!hasLocation && !hasArea)
      ctx.addIssue({
        code: "custom",
        path: ["areaLLR"],
        message: message("partners.error.where"),
      });
    for (const n of [1, 2] as const) {
      const day = v[`session${n}Day`];
      const start = v[`session${n}Start`];
      const end = v[`session${n}End`];
      if (day === null && start === null && end === null) continue;
      if (!hasLocation)
        ctx.addIssue({
          code: "custom",
          path: [`session${n}Day`],
          message: message("partners.error.hoursNeedPlace"),
        });
      if (day === null)
        ctx.addIssue({
          code: "custom",
          path: [`session${n}Day`],
          message: message("manage.error.invalidDay"),
        });
      if (start === null)
        ctx.addIssue({
          code: "custom",
          path: [`session${n}Start`],
          message: message("manage.error.startTimeMissing"),
        });
      if (end === null)
        ctx.addIssue({
          code: "custom",
          path: [`session${n}End`],
          message: message("manage.error.endTimeMissing"),
        });
    }
    if (
      v.minimumAge !== null &&
      v.maximumAge !== null &&
      v.minimumAge > v.maximumAge
    ) {
      ctx.addIssue({
        code: "custom",
        path: ["maximumAge"],
        message: message("partners.error.ages"),
      });
    }
  });
export type ServiceForm = z.output<typeof serviceSchema>;

/** The weekly sessions a service form gives (complete rows only). */
export function formSessions(
  form: ServiceForm
): { dayOfWeek: number; startTime: string; endTime: string }[] {
  const rows = [
    [form.session1Day, form.session1Start, form.session1End],
    [form.session2Day, form.session2Start, form.session2End],
  ] as const;
  return rows.flatMap(([day, start, end]) =>
    day !== null && start && end
      ? [{ dayOfWeek: day, startTime: start, endTime: end }]
      : []
  );
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
