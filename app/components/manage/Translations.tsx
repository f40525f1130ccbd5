import { Form, Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { ErrorSummary } from "~/components/forms";
import { PreviewAndSaveButtons } from "~/components/manage/ListingPreview";
import { RemoveForm } from "~/components/manage/RemoveForm";
import { SummaryRow } from "~/components/SummaryRow";
import { PreviewSection } from "~/components/manage/ListingPreview";
import { SavedNotice } from "~/components/manage/SavedNotice";
import { formatInstant } from "~/lib/dates";
import type { useAppForm } from "~/lib/forms";
import { t } from "~/lib/i18n";
import { isTextLanguage, langTag, textDirection, type LocalisedText } from "~/modules/cafe";

/** A language's name on the staff pages ("Gujarati (ગુજરાતી)"); the code itself for one not in the list. */
export function languageName(code: string): string {
  return isTextLanguage(code) ? t(`manage.language.${code}`) : code;
}

/** The `lang` and `dir` of a field that holds text in `locale`, so typing and reading it go the right way. */
export function inLanguage(locale: string): { lang: string; dir: "ltr" | "rtl" } {
  return { lang: langTag(locale), dir: textDirection(locale) };
}

export type TranslationRow = {
  locale: string;
  saved: { updatedAt: string | Date; originalChanged: boolean } | null;
};

/**
 * The "Translations" part of a details or offer page: each language, whether the team has translated the
 * text into it (and whether the original changed since), and a link to add, change or view it.
 */
export function TranslationsList({
  intro,
  rows,
  originalLanguage,
  hrefFor,
  canEdit,
}: {
  intro: string;
  rows: TranslationRow[];
  originalLanguage: string;
  hrefFor: (locale: string) => string;
  canEdit: boolean;
}) {
  return (
    <section aria-labelledby="translations-heading">
      <h2 className="nhsuk-heading-m" id="translations-heading">
        {t("manage.translations.heading")}
      </h2>
      <p>{intro}</p>
      <dl className="nhsuk-summary-list">
        {rows.map((row) => {
          const name = languageName(row.locale);
          const action = !row.saved ? (canEdit ? t("manage.translations.add") : null) : canEdit ? t("manage.translations.change") : t("manage.translations.view");
          return (
            <SummaryRow key={row.locale} label={name}>
              {row.saved ? (
                <>
                  <span className="manage-line">{t("manage.translations.saved", { when: formatInstant(row.saved.updatedAt) })}</span>
                  {row.saved.originalChanged ? (
                    <strong className="manage-line">
                      {t("manage.translations.originalChanged", { language: languageName(originalLanguage) })}
                    </strong>
                  ) : null}
                </>
              ) : (
                <span className="manage-muted">{t("manage.translations.none")}</span>
              )}
              {action ? (
                <span className="manage-line">
                  <Link to={hrefFor(row.locale)}>
                    {action}
                    <span className="nhsuk-u-visually-hidden"> {t("manage.translations.forLanguage", { language: name })}</span>
                  </Link>
                </span>
              ) : null}
            </SummaryRow>
          );
        })}
      </dl>
    </section>
  );
}

/**
 * The notices at the top of a translation page: saved or removed (after the redirect that follows, not
 * over a refused form), and a warning when the original has changed since the translation was saved.
 */
export function TranslationNotices({
  saved,
  language,
  originalChanged,
  originalLanguage,
}: {
  /** "saved" or "removed" from the address, or null (also null while the page shows a refused form) */
  saved: string | null;
  /** The translation's language, by name */
  language: string;
  originalChanged: boolean;
  originalLanguage: string;
}) {
  return (
    <>
      {saved ? (
        <SavedNotice>{saved === "removed" ? t("manage.translation.removedNotice", { language }) : t("manage.translation.savedNotice", { language })}</SavedNotice>
      ) : null}
      {originalChanged ? (
        <div className="nhsuk-warning-callout">
          <p>{t("manage.translations.originalChanged", { language: languageName(originalLanguage) })}</p>
        </div>
      ) : null}
    </>
  );
}

/** The original text of a translation page, read only, marked with the language it is written in. */
export function OriginalText({ label, language, lines }: { label: string; language: string; lines: { label: string; text: string }[] }) {
  return (
    <div className="nhsuk-inset-text">
      <span className="nhsuk-u-visually-hidden">{label} </span>
      <p className="nhsuk-u-font-weight-bold">{t("manage.translation.original", { language: languageName(language) })}</p>
      <dl className="nhsuk-summary-list">
        {lines.map((line) => (
          <SummaryRow key={line.label} label={line.label}>
            <span className="manage-pre" {...inLanguage(language)}>
              {line.text || t("manage.details.read.none")}
            </span>
          </SummaryRow>
        ))}
      </dl>
    </div>
  );
}

/** A preview of a translation as the page in its language will show it (nothing is saved). */
export function TranslationPreview({ language, texts }: { language: string; texts: LocalisedText[] }) {
  return (
    <PreviewSection shows={texts}>
      <p>{t("manage.translation.previewNote", { language: languageName(language) })}</p>
      <div className="manage-preview__card">
        {texts.map((text, i) =>
          text.text ? (
            <p key={i} className="manage-pre" lang={text.lang} dir={text.dir}>
              {text.text}
            </p>
          ) : null,
        )}
        <p className="nhsuk-hint">{t("manage.translation.ownTranslation")}</p>
      </div>
    </PreviewSection>
  );
}

/**
 * A page for one translation of a café's text (its description, or an offer): the notices, the original,
 * the preview when asked for, and the form to write, save or remove it, or, for someone who may only view,
 * the saved translation. `fields` are the form's fields; `saved` shows the saved translation read only.
 */
export function TranslationPage({
  heading,
  savedParam,
  locale,
  originalChanged,
  original,
  preview,
  canEdit,
  form,
  fields,
  saved,
  back,
}: {
  heading: string;
  /** "saved" or "removed" from the address, or null while the page shows a refused form */
  savedParam: string | null;
  locale: string;
  originalChanged: boolean;
  original: { language: string; lines: { label: string; text: string }[] };
  preview: LocalisedText[] | null;
  canEdit: boolean;
  form: Pick<ReturnType<typeof useAppForm>, "formProps" | "summary">;
  fields: ReactNode;
  /** The saved translation, read only; null when there is none */
  saved: ReactNode | null;
  back: { to: string; label: string };
}) {
  const language = languageName(locale);
  return (
    <>
      <h1>{heading}</h1>
      <TranslationNotices saved={savedParam} language={language} originalChanged={originalChanged} originalLanguage={original.language} />
      <OriginalText label={t("manage.translations.heading")} language={original.language} lines={original.lines} />
      {preview ? <TranslationPreview language={locale} texts={preview} /> : null}
      {canEdit ? (
        <>
          <Form method="post" {...form.formProps} className="manage-form">
            <ErrorSummary errors={form.summary} />
            {fields}
            <PreviewAndSaveButtons intent="save" label={t("manage.translation.save")} />
          </Form>
          {saved ? (
            <RemoveForm heading={t("manage.translation.removeHeading")} note={t("manage.translation.removeHint")} button={t("manage.translation.removeButton")} />
          ) : null}
        </>
      ) : (
        (saved ?? <p className="manage-muted">{t("manage.translation.notYours")}</p>)
      )}
      <p>
        <Link to={back.to}>{back.label}</Link>
      </p>
    </>
  );
}
