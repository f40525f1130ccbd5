/**
 * The admin pages' forms that still parse with these zod schemas (the tag lists, a new café, a café's
 * status and manager invitations); the café team's forms are in ~/modules/cafe (forms.ts).
 */
import { z } from "zod";
import { TAG_KINDS } from "~/modules/tags";
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

const optionalId = z
  .string()
  .optional()
  .transform((v) => (v && v.trim() !== "" ? v.trim() : null));

const postcode = z
  .string({ error: t("manage.details.error.postcodeMissing") })
  .trim()
  .min(1, t("manage.details.error.postcodeMissing"))
  .max(10, t("manage.details.error.postcodeFormat"));

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
  name: requiredText(t("manage.details.error.name"), 120),
  organisationId: z.string({ error: t("manage.error.operatorChoice") }).min(1, t("manage.error.operatorChoice")),
  venueName: optionalText(120),
  addressLine1: requiredText(t("manage.details.error.addressLine1"), 120),
  addressLine2: optionalText(120),
  town: requiredText(t("manage.details.error.town"), 80),
  postcode,
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
