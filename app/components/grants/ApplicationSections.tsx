import { SummaryRow } from "~/components/SummaryRow";
import { t } from "~/lib/i18n";
import { SECTION_KEYS, SECTION_TITLES, sectionAttachments, sectionRows, type SectionKey, type SectionNames } from "~/modules/grants";

/** An attachment as the read-only view lists it; `href` is a download address that goes through applicationAccess. */
export type ShownAttachment = { id: string; kind: string; originalName: string; sizeBytes: number; href: string };

function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/**
 * An application's sections, read only: each section's answers as a summary list, with the documents it
 * asks for. Used by the applicant's page, the officer's and the panel's.
 * - `sections`: section key → stored data (parsed JSON); a missing section shows "Not answered";
 * - `names`: ids (language tags, sites, footprints) → names;
 * - `only`: show just these sections (e.g. those reopened); `changed`: marked "Changed since the last
 *   submission"; `reopened`: section → the officer's comment;
 * - `headingLevel`: 2 (default) or 3, to fit the page's outline.
 */
export function ApplicationSections({
  sections,
  names = {},
  attachments = [],
  only,
  changed = [],
  reopened = {},
  headingLevel = 2,
}: {
  sections: Partial<Record<SectionKey, unknown>>;
  names?: SectionNames;
  attachments?: ShownAttachment[];
  only?: readonly SectionKey[];
  changed?: readonly SectionKey[];
  reopened?: Partial<Record<SectionKey, string>>;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const keys = only ? SECTION_KEYS.filter((key) => only.includes(key)) : SECTION_KEYS;
  return (
    <div className="grants-sections">
      {keys.map((key) => {
        const rows = sectionRows(key, sections[key], names);
        const files = sectionAttachments(key);
        return (
          <section key={key} aria-labelledby={`section-${key}`} className="grants-section">
            <Heading id={`section-${key}`} className={headingLevel === 2 ? "nhsuk-heading-m" : "nhsuk-heading-s"}>
              {t(SECTION_TITLES[key])}
            </Heading>
            {changed.includes(key) ? <p className="nhsuk-tag nhsuk-tag--yellow">{t("grants.section.changed")}</p> : null}
            {reopened[key] !== undefined ? <p className="nhsuk-inset-text">{t("grants.section.reopened", { comment: reopened[key] ?? "" })}</p> : null}
            <dl className="nhsuk-summary-list">
              {rows.map((row) => (
                <SummaryRow key={row.label} label={t(row.label)}>
                  {row.lines.length ? (
                    row.lines.map((line, i) => (
                      <span key={i} className="manage-line manage-pre">
                        {line}
                      </span>
                    ))
                  ) : (
                    <span className="manage-muted">{t("grants.display.nothing")}</span>
                  )}
                </SummaryRow>
              ))}
              {files.map((kind) => {
                const mine = attachments.filter((a) => a.kind === kind);
                return (
                  <SummaryRow key={kind} label={t(`grants.attachment.${kind}`)}>
                    {mine.length ? (
                      mine.map((a) => (
                        <span key={a.id} className="manage-line">
                          <a href={a.href}>{t("grants.attachment.download", { name: a.originalName, size: fileSize(a.sizeBytes) })}</a>
                        </span>
                      ))
                    ) : (
                      <span className="manage-muted">{t("grants.attachment.none")}</span>
                    )}
                  </SummaryRow>
                );
              })}
            </dl>
          </section>
        );
      })}
    </div>
  );
}
