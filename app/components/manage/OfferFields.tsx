import { TextArea, TextField, valueOf, valuesOf, type FieldErrors, type FieldValues } from "~/components/forms";
import { t } from "~/lib/i18n";
import { TagChoices } from "./TagChoices";

type Tag = { id: string; label: string; retired: boolean };

/** An offer: its title, description, who it is for (audience tags) and languages (language tags). */
export function OfferFields({
  values,
  errors,
  audienceTags,
  languageTags,
}: {
  values: FieldValues;
  errors: FieldErrors;
  audienceTags: Tag[];
  languageTags: Tag[];
}) {
  return (
    <>
      <TextField name="title" label={t("manage.offer.field.title")} hint={t("manage.offer.field.titleHint")} defaultValue={valueOf(values, "title")} error={errors?.title} />
      <TextArea
        name="description"
        label={t("manage.offer.field.description")}
        hint={t("manage.offer.field.descriptionHint")}
        defaultValue={valueOf(values, "description")}
        error={errors?.description}
        rows={3}
      />
      <TagChoices
        name="audienceTagIds"
        legend={t("manage.offer.field.audiences")}
        hint={t("manage.offer.field.audiencesHint")}
        tags={audienceTags}
        selected={valuesOf(values, "audienceTagIds")}
        errors={errors}
      />
      <TagChoices
        name="languageTagIds"
        legend={t("manage.offer.field.languages")}
        hint={t("manage.offer.field.languagesHint")}
        tags={languageTags}
        selected={valuesOf(values, "languageTagIds")}
        errors={errors}
      />
    </>
  );
}
