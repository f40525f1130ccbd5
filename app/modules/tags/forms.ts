import { z } from "zod";
import { byIntent, message, text } from "~/lib/forms";
import { TAG_KINDS } from "./tag-kinds";

/**
 * The forms of the tag lists (/admin/tags): add a tag to a list, rename one, retire one or offer it
 * again. One schema per form, used by the page's action and by the page in the browser.
 */
export const TAG_LABEL_MAX = 80;

const label = text(
  z
    .string()
    .trim()
    .min(1, message("manage.tags.error.label"))
    .max(TAG_LABEL_MAX, message("manage.error.tooLong", { max: TAG_LABEL_MAX })),
);
const tagId = text(z.string().trim().min(1).max(100));

/** A new tag: its list and its name. */
export const newTagSchema = z.object({
  kind: text(z.enum(TAG_KINDS, { error: message("manage.tags.error.kind") })),
  label,
});

/** A tag's new name. */
export const renameTagSchema = z.object({ tagId, label });

/** Retire a tag, or offer it again (a button). */
export const tagChoiceSchema = z.object({ tagId });

/** The page's forms, by the button that sent them. */
export const tagListForms = byIntent({ add: newTagSchema, rename: renameTagSchema, retire: tagChoiceSchema, unretire: tagChoiceSchema });
