import { ChoiceGroup, type FormField } from "~/components/forms";
import { t } from "~/lib/i18n";

/**
 * Checkboxes for tags from the managed list. Retired tags appear only when the record already carries
 * them (marked "no longer offered"), so unticking one removes it for good.
 */
export function TagChoices({
  field,
  legend,
  hint,
  tags,
}: {
  field: FormField;
  legend: string;
  hint?: string;
  tags: { id: string; label: string; retired: boolean }[];
}) {
  if (!tags.length) return null;
  return (
    <ChoiceGroup
      field={field}
      legend={legend}
      hint={hint}
      small
      options={tags.map((tag) => ({
        value: tag.id,
        label: tag.retired ? t("manage.tags.retiredChoice", { label: tag.label }) : tag.label,
      }))}
    />
  );
}
