import { ChoiceGroup, type FieldErrors } from "~/components/forms";
import { t } from "~/lib/i18n";

/**
 * Checkboxes for tags from the managed list. Retired tags appear only when the record already carries
 * them (marked "no longer offered"), so unticking one removes it for good.
 */
export function TagChoices({
  name,
  legend,
  hint,
  tags,
  selected,
  errors,
}: {
  name: string;
  legend: string;
  hint?: string;
  tags: { id: string; label: string; retired: boolean }[];
  selected: string[];
  errors: FieldErrors;
}) {
  if (!tags.length) return null;
  return (
    <ChoiceGroup
      name={name}
      legend={legend}
      hint={hint}
      small
      error={errors?.[name]}
      selected={selected}
      options={tags.map((tag) => ({
        value: tag.id,
        label: tag.retired ? t("manage.tags.retiredChoice", { label: tag.label }) : tag.label,
      }))}
    />
  );
}
