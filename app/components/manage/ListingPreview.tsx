import { t } from "~/i18n";

export type ListingPreviewData = {
  name: string;
  operator: string;
  description: string;
  venueName: string | null;
  address: string[];
  phone: string | null;
  email: string | null;
  website: string | null;
  gettingThere: string | null;
  whoFor: string | null;
  accessNotes: string | null;
  accessibility: string[];
  languages: string[];
};

/** How the café's public listing will read with the values typed (not saved yet). */
export function ListingPreview({ listing }: { listing: ListingPreviewData }) {
  return (
    <section className="manage-preview" aria-labelledby="listing-preview-heading">
      <h2 className="nhsuk-heading-m" id="listing-preview-heading">
        {t("manage.preview.heading")}
      </h2>
      <p className="nhsuk-hint">{t("manage.preview.notSaved")}</p>
      <div className="manage-preview__card">
        <h3 className="nhsuk-heading-l">{listing.name}</h3>
        <p className="nhsuk-body-s manage-muted">{t("manage.preview.runBy", { operator: listing.operator })}</p>
        {listing.description ? <p className="manage-pre">{listing.description}</p> : null}
        {listing.whoFor ? (
          <>
            <h4 className="nhsuk-heading-s">{t("manage.preview.whoFor")}</h4>
            <p>{listing.whoFor}</p>
          </>
        ) : null}
        <h4 className="nhsuk-heading-s">{t("manage.preview.address")}</h4>
        <p>
          {[listing.venueName, ...listing.address].filter(Boolean).map((line, i) => (
            <span key={i} className="manage-line">
              {line}
            </span>
          ))}
        </p>
        {listing.gettingThere ? (
          <>
            <h4 className="nhsuk-heading-s">{t("manage.preview.gettingThere")}</h4>
            <p className="manage-pre">{listing.gettingThere}</p>
          </>
        ) : null}
        {listing.phone || listing.email || listing.website ? (
          <>
            <h4 className="nhsuk-heading-s">{t("manage.preview.contact")}</h4>
            <ul className="nhsuk-list">
              {listing.phone ? <li>{t("manage.preview.phone", { phone: listing.phone })}</li> : null}
              {listing.email ? <li>{t("manage.preview.email", { email: listing.email })}</li> : null}
              {listing.website ? <li>{t("manage.preview.website", { website: listing.website })}</li> : null}
            </ul>
          </>
        ) : null}
        {listing.accessibility.length || listing.accessNotes ? (
          <>
            <h4 className="nhsuk-heading-s">{t("manage.preview.accessibility")}</h4>
            {listing.accessibility.length ? (
              <ul className="nhsuk-list nhsuk-list--bullet">
                {listing.accessibility.map((a) => (
                  <li key={a}>{a}</li>
                ))}
              </ul>
            ) : null}
            {listing.accessNotes ? <p className="manage-pre">{listing.accessNotes}</p> : null}
          </>
        ) : null}
        {listing.languages.length ? (
          <>
            <h4 className="nhsuk-heading-s">{t("manage.preview.languages")}</h4>
            <p>{listing.languages.join(", ")}</p>
          </>
        ) : null}
      </div>
    </section>
  );
}
