import { TextArea, TextField, type FormField } from "~/components/forms";
import { t } from "~/lib/i18n";
import { TagChoices } from "./TagChoices";

type Tag = { id: string; label: string; retired: boolean };

/** An offer: its title, description, who it is for (audience tags) and languages (language tags). */
export function OfferFields({
  fields,
  audienceTags,
  languageTags,
}: {
  fields: Record<"title" | "description" | "audienceTagIds" | "languageTagIds", FormField>;
  audienceTags: Tag[];
  languageTags: Tag[];
}) {
  return (
    <>
      <TextField field={fields.title} label={t("manage.offer.field.title")} hint={t("manage.offer.field.titleHint")} />
      <TextArea field={fields.description} label={t("manage.offer.field.description")} hint={t("manage.offer.field.descriptionHint")} rows={3} />
      <TagChoices field={fields.audienceTagIds} legend={t("manage.offer.field.audiences")} hint={t("manage.offer.field.audiencesHint")} tags={audienceTags} />
      <TagChoices field={fields.languageTagIds} legend={t("manage.offer.field.languages")} hint={t("manage.offer.field.languagesHint")} tags={languageTags} />
    </>
  );
}
