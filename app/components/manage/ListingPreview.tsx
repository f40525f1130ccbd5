import { useEffect, useRef, useState, type ReactNode } from "react";
import { WeekTable } from "~/components/hours/WeekTable";
import type { CafeDetailsText, PublicStatus } from "~/modules/cafe";
import type { WeekPlan } from "~/modules/schedule";
import { t } from "~/lib/i18n";
import { StatusSummary } from "./StatusTag";

/** The café's page as the public will see it with the details typed (the address as lines). */
export type ListingPreviewData = Omit<CafeDetailsText, "addressLine1" | "addressLine2" | "town" | "postcode"> & {
  operator: string;
  address: string[];
  accessibility: string[];
  languages: string[];
};

/** The café's hours as the public will see them with the change applied: its status now and one week. */
export type HoursPreviewData = { status: PublicStatus; plan: WeekPlan; today: string };

/** An offer as the public page lists it. */
export type OfferPreviewData = { title: string; description: string; sessions: string[]; audiences: string[]; languages: string[] };

/**
 * A form's two buttons: Preview (shows the public listing with the change, saves nothing) and the one that
 * saves, sent as `intent` (PreviewSection notices edits in forms that carry this Preview button).
 */
export function PreviewAndSaveButtons({ intent, label }: { intent: string; label: string }) {
  return (
    <div className="manage-buttons">
      <button type="submit" name="intent" value="preview" className="nhsuk-button nhsuk-button--secondary">
        {t("manage.preview.button")}
      </button>
      <button type="submit" name="intent" value={intent} className="nhsuk-button">
        {label}
      </button>
    </div>
  );
}

/**
 * A preview of the public listing, shown when a form is sent with "Preview": nothing is saved. Holds any
 * of the café's details, an offer, and the hours with the change applied.
 *
 * With JavaScript the page stays where it was after "Preview", so each new preview (`shows`) takes the
 * focus to its heading, as the error summary does for errors: the page scrolls to it and screen readers
 * read it. Once a field of a form with a "Preview" button is changed, the preview says it no longer shows
 * the form (announced politely), until "Preview" is pressed again.
 */
export function PreviewSection({ shows, children }: { shows: unknown; children: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [changed, setChanged] = useState(false);
  useEffect(() => {
    setChanged(false);
    heading.current?.focus();
  }, [shows]);
  useEffect(() => {
    const onEdit = (event: Event) => {
      const form = event.target instanceof Element ? event.target.closest("form") : null;
      if (form?.querySelector('button[name="intent"][value="preview"]')) setChanged(true);
    };
    document.addEventListener("input", onEdit);
    document.addEventListener("change", onEdit);
    return () => {
      document.removeEventListener("input", onEdit);
      document.removeEventListener("change", onEdit);
    };
  }, []);
  return (
    <section className="manage-preview" aria-labelledby="listing-preview-heading">
      <h2 className="nhsuk-heading-m" id="listing-preview-heading" tabIndex={-1} ref={heading}>
        {t("manage.preview.heading")}
      </h2>
      <p className="nhsuk-hint">{t("manage.preview.notSaved")}</p>
      <div role="status">{changed ? <p className="manage-preview__changed">{t("manage.preview.changed")}</p> : null}</div>
      {children}
    </section>
  );
}

/** The café's status now and a week of its hours, with the change applied. */
export function HoursPreview({ hours }: { hours: HoursPreviewData }) {
  return (
    <div className="manage-preview__card">
      <h3 className="nhsuk-heading-m">{t("manage.preview.hoursHeading")}</h3>
      <StatusSummary status={hours.status} />
      <WeekTable plan={hours.plan} today={hours.today} />
    </div>
  );
}

/** The preview of a change to the hours (nothing saved), when there is one. */
export function HoursPreviewSection({ hours }: { hours: HoursPreviewData | null }) {
  return hours ? (
    <PreviewSection shows={hours}>
      <HoursPreview hours={hours} />
    </PreviewSection>
  ) : null;
}

/** An offer as the public page will show it. */
export function OfferPreview({ offer }: { offer: OfferPreviewData }) {
  return (
    <div className="manage-preview__card">
      <h3 className="nhsuk-heading-m">{offer.title}</h3>
      {offer.sessions.length ? <p>{offer.sessions.join(", ")}</p> : <p className="manage-muted">{t("manage.preview.offerNoSessions")}</p>}
      {offer.description ? <p className="manage-pre">{offer.description}</p> : null}
      {offer.audiences.length ? <p>{t("manage.offers.forWho", { audiences: offer.audiences.join(", ") })}</p> : null}
      {offer.languages.length ? <p>{t("manage.offers.inLanguages", { languages: offer.languages.join(", ") })}</p> : null}
    </div>
  );
}

/** How the café's public listing will read with the details typed (not saved yet), with its hours. */
export function ListingPreview({ listing, hours }: { listing: ListingPreviewData; hours?: HoursPreviewData }) {
  return (
    <PreviewSection shows={listing}>
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
      {hours ? <HoursPreview hours={hours} /> : null}
    </PreviewSection>
  );
}
