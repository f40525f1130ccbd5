import { Form } from "@remix-run/react";
import type { z } from "zod";
import { ChoiceGroup, ErrorSummary, TextArea } from "~/components/forms";
import { useAppForm, type FormReply } from "~/lib/forms";
import { t } from "~/lib/i18n";
import { noteField, scoreField, SCORE_CHOICES } from "~/modules/grants";

type Criterion = { id: string; title: string; description: string; weight: number };
type OwnReview = { recommendation: string | null; comment: string | null; scores: Record<string, { score: number | null; comment: string | null }> } | null;

/** The panel member's review form: per criterion a score 0–5 or N/A with a comment, a recommendation, an overall comment. */
export function ScoreFields({ criteria, own, lastResult, schema }: { criteria: Criterion[]; own: OwnReview; lastResult: FormReply | null; schema: z.ZodType }) {
  const defaultValue: Record<string, string> = { recommendation: own?.recommendation ?? "", comment: own?.comment ?? "" };
  for (const c of criteria) {
    const given = own?.scores[c.id];
    defaultValue[scoreField(c.id)] = given === undefined ? "" : given.score === null ? "na" : String(given.score);
    defaultValue[noteField(c.id)] = given?.comment ?? "";
  }
  const form = useAppForm({ schema, lastResult, defaultValue, id: "review" });
  const fields = form.fields as Record<string, (typeof form.fields)[string]>;
  return (
    <Form method="post" {...form.formProps} className="manage-form">
      <ErrorSummary errors={form.summary} />
      <p>{t("grantsPanel.review.scale")}</p>
      {criteria.map((c) => (
        <fieldset key={c.id} className="nhsuk-fieldset manage-fieldset">
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">
            {c.title} <span className="nhsuk-caption-m">{t("grantsPanel.review.weight", { weight: c.weight })}</span>
          </legend>
          {c.description ? <p className="manage-pre">{c.description}</p> : null}
          <ChoiceGroup
            type="radio"
            small
            field={fields[scoreField(c.id)]}
            legend={t("grantsPanel.review.score", { criterion: c.title })}
            options={SCORE_CHOICES.map((v) => ({ value: v, label: v === "na" ? t("grantsPanel.review.na") : v }))}
          />
          <TextArea field={fields[noteField(c.id)]} label={t("grantsPanel.review.note", { criterion: c.title })} rows={2} />
        </fieldset>
      ))}
      <ChoiceGroup
        type="radio"
        field={fields.recommendation}
        legend={t("grantsPanel.review.recommendation")}
        legendSize="m"
        options={(["yes", "maybe", "no"] as const).map((v) => ({ value: v, label: t(`grantsPanel.review.recommendation.${v}`) }))}
      />
      <TextArea field={fields.comment} label={t("grantsPanel.review.comment")} rows={4} />
      <div className="manage-buttons">
        <button type="submit" name="intent" value="submit" className="nhsuk-button">
          {t("grantsPanel.review.submit")}
        </button>{" "}
        <button type="submit" name="intent" value="save" className="nhsuk-button nhsuk-button--secondary">
          {t("grantsPanel.review.save")}
        </button>
      </div>
    </Form>
  );
}
