import { Form } from "@remix-run/react";
import type { z } from "zod";
import { ChoiceGroup, ErrorSummary, TextArea } from "~/components/forms";
import { useAppForm, type FormReply } from "~/lib/forms";
import { t } from "~/lib/i18n";
import { checkField, SCREENING_OUTCOMES, SECTION_KEYS, SECTION_TITLES } from "~/modules/grants";

/** The officer's screening of a submitted application: the checklist, the outcome, and what goes with it. */
export function ScreeningForm({ checklist, schema, lastResult }: { checklist: { id: string; text: string }[]; schema: z.ZodType; lastResult: FormReply | null }) {
  const form = useAppForm({ schema, lastResult, id: "screening" });
  const fields = form.fields as Record<string, (typeof form.fields)[string]>;
  return (
    <Form method="post" {...form.formProps} className="manage-form" aria-labelledby="screening-heading">
      <h2 id="screening-heading">{t("grantsPanel.screening.title")}</h2>
      <p>{t("grantsPanel.screening.intro")}</p>
      <ErrorSummary errors={form.summary} />
      <input type="hidden" name="intent" value="screen" />
      <h3>{t("grantsPanel.screening.checklist")}</h3>
      {checklist.length === 0 ? <p>{t("grantsPanel.screening.noChecklist")}</p> : null}
      {checklist.map((check) => (
        <ChoiceGroup
          key={check.id}
          type="radio"
          small
          field={fields[checkField(check.id)]}
          legend={check.text}
          options={[
            { value: "yes", label: t("grantsPanel.screening.yes") },
            { value: "no", label: t("grantsPanel.screening.no") },
          ]}
        />
      ))}
      <ChoiceGroup
        type="radio"
        field={fields.outcome}
        legend={t("grantsPanel.screening.outcome")}
        legendSize="m"
        options={SCREENING_OUTCOMES.map((o) => ({ value: o, label: t(`grantsPanel.screening.outcome.${o}`) }))}
      />
      <TextArea field={fields.reason} label={t("grantsPanel.screening.reason")} hint={t("grantsPanel.screening.reasonHint")} rows={3} />
      <ChoiceGroup
        field={fields.sections}
        legend={t("grantsPanel.screening.sections")}
        hint={t("grantsPanel.screening.sectionsHint")}
        small
        options={SECTION_KEYS.map((key) => ({ value: key, label: t(SECTION_TITLES[key]) }))}
      />
      <TextArea field={fields.comment} label={t("grantsPanel.screening.comment")} hint={t("grantsPanel.screening.commentHint")} rows={3} />
      <button type="submit" className="nhsuk-button">
        {t("grantsPanel.screening.save")}
      </button>
    </Form>
  );
}
