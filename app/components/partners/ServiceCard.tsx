import { Link } from "@remix-run/react";
import { OpeningStatus } from "~/components/hours/OpeningStatus";
import { formatInstantDate } from "~/lib/dates";
import { t, type MessageKey, localePath } from "~/lib/i18n";
import type {
  PublicArea,
  PublicLocation,
  PublicService,
} from "~/modules/partners";
import { TagNames, WrittenInEnglish } from "~/components/shell/Languages";
import { weeklyHoursSummary, type OpeningState } from "~/modules/schedule";

/** "Drop in", "Referral needed" … for a stored access code. */
export function accessLabel(access: string): string {
  const key = `partners.access.${access}` as MessageKey;
  return access === "drop-in" ||
    access === "self-referral" ||
    access === "referral" ||
    access === "remote"
    ? t(key)
    : access;
}

export function areaLabel(area: PublicArea): string {
  if (area.kind === "llr") return t("partners.area.llr");
  if (area.kind === "district")
    return t("partners.area.district", { district: area.district });
  return t("partners.area.footprint", { footprint: area.label });
}

function agesText(
  s: Pick<PublicService, "minimumAge" | "maximumAge">
): string | null {
  if (s.minimumAge !== null && s.maximumAge !== null)
    return t("partners.ages", { min: s.minimumAge, max: s.maximumAge });
  if (s.minimumAge !== null)
    return t("partners.agesFrom", { min: s.minimumAge });
  if (s.maximumAge !== null)
    return t("partners.agesUpTo", { max: s.maximumAge });
  return null;
}

/** Parts as sentences: a full stop between them, none added after a part that already ends a sentence. */
export function joinSentences(parts: readonly (string | null | undefined)[]): string {
  return parts
    .map((p) => p?.trim() ?? "")
    .filter(Boolean)
    .reduce((text, part) => (text ? `${text}${/[.!?]$/.test(text) ? "" : "."} ${part}` : part), "");
}

/** A text as a sentence: trimmed, with a full stop added when more follows and it does not end a sentence. */
function sentence(text: string, more: boolean): string {
  const trimmed = text.trim();
  return more && !/[.!?]$/.test(trimmed) ? `${trimmed}.` : trimmed;
}

export function LocationLines({ location }: { location: PublicLocation }) {
  const hours = location.byAppointment
    ? t("partners.service.appointment")
    : weeklyHoursSummary(location.schedule) || t("partners.service.noHours");
  return (
    <>
      <div className="partner-line">
        {[location.name, ...location.address, location.postcode].join(", ")}
      </div>
      <div className="partner-line">{hours}</div>
    </>
  );
}

/**
 * One partner service: what it is, who for, how to get it, cost, languages, where and when (or the areas it
 * covers), contact, and when the information was checked. `heading` is the level the page needs.
 */
export function ServiceCard({
  service,
  heading: Heading = "h3",
  miles,
  coversArea,
  location,
  state,
  showOrganisation = true,
  links = true,
}: {
  service: PublicService;
  heading?: "h2" | "h3";
  miles?: number | null;
  coversArea?: boolean;
  location?: PublicLocation | null;
  state?: OpeningState | null;
  showOrganisation?: boolean;
  links?: boolean;
}) {
  const ages = agesText(service);
  const languages = service.languages.length > 0;
  const locations = location ? [location] : service.locations;
  return (
    <div className="nhsuk-card partner-card">
      <div className="nhsuk-card__content">
        <Heading
          className="nhsuk-card__heading nhsuk-heading-m"
          id={`service-${service.slug}`}
        >
          {/* The group's own name for it, as written (in English). */}
          <span lang="en" dir="ltr">
            {service.name}
          </span>
        </Heading>
        {showOrganisation ? (
          <p className="nhsuk-body-s">
            {links ? (
              <Link to={localePath(`/partners/${service.organisation.slug}`)}>
                {t("partners.results.by", {
                  organisation: service.organisation.name,
                })}
              </Link>
            ) : (
              t("partners.results.by", {
                organisation: service.organisation.name,
              })
            )}
          </p>
        ) : null}
        {coversArea ? (
          <p>
            <strong className="nhsuk-tag nhsuk-tag--blue">
              {t("partners.results.coversArea")}
            </strong>
          </p>
        ) : miles !== null && miles !== undefined ? (
          <p className="partner-distance">
            {t("partners.results.miles", { miles: miles.toFixed(1) })}
          </p>
        ) : null}
        {service.isDemo ? (
          <p className="nhsuk-body-s">{t("partners.service.demo")}</p>
        ) : null}
        {state ? <OpeningStatus state={state} showNotes={false} /> : null}
        {service.description ? <WrittenInEnglish><p>{service.description}</p></WrittenInEnglish> : null}
        <dl className="nhsuk-summary-list partner-facts">
          <div className="nhsuk-summary-list__row">
            <dt className="nhsuk-summary-list__key">
              {t("partners.service.support")}
            </dt>
            <dd className="nhsuk-summary-list__value">
              <TagNames tags={service.support} />
            </dd>
          </div>
          {service.whoFor || service.audiences.length || ages ? (
            <div className="nhsuk-summary-list__row">
              <dt className="nhsuk-summary-list__key">
                {t("partners.service.whoFor")}
              </dt>
              <dd className="nhsuk-summary-list__value">
                {service.whoFor ? <WrittenInEnglish as="span">{sentence(service.whoFor, Boolean(service.audiences.length || ages))}</WrittenInEnglish> : null}
                {service.whoFor && (service.audiences.length || ages) ? " " : null}
                {service.audiences.length ? <TagNames tags={service.audiences} /> : null}
                {service.audiences.length && ages ? ". " : null}
                {ages}
              </dd>
            </div>
          ) : null}
          <div className="nhsuk-summary-list__row">
            <dt className="nhsuk-summary-list__key">
              {t("partners.service.access")}
            </dt>
            <dd className="nhsuk-summary-list__value">
              {accessLabel(service.access)}
              {service.accessNotes ? (
                <>
                  {". "}
                  <WrittenInEnglish as="span">{service.accessNotes}</WrittenInEnglish>
                </>
              ) : null}
            </dd>
          </div>
          <div className="nhsuk-summary-list__row">
            <dt className="nhsuk-summary-list__key">
              {t("partners.service.cost")}
            </dt>
            <dd className="nhsuk-summary-list__value">
              {service.isFree
                ? t("partners.cost.free")
                : service.costNote ? <WrittenInEnglish as="span">{service.costNote}</WrittenInEnglish> : t("partners.cost.paid")}
            </dd>
          </div>
          {languages ? (
            <div className="nhsuk-summary-list__row">
              <dt className="nhsuk-summary-list__key">
                {t("partners.service.languages")}
              </dt>
              <dd className="nhsuk-summary-list__value">
                <TagNames tags={service.languages} />
              </dd>
            </div>
          ) : null}
          {locations.length ? (
            <div className="nhsuk-summary-list__row">
              <dt className="nhsuk-summary-list__key">
                {t("partners.service.where")}
              </dt>
              <dd className="nhsuk-summary-list__value">
                {locations.map((l) => (
                  <LocationLines key={l.id} location={l} />
                ))}
              </dd>
            </div>
          ) : null}
          {service.areas.length ? (
            <div className="nhsuk-summary-list__row">
              <dt className="nhsuk-summary-list__key">
                {t("partners.service.areas")}
              </dt>
              <dd className="nhsuk-summary-list__value">
                {service.areas.map(areaLabel).join("; ")}
              </dd>
            </div>
          ) : null}
          {service.phone || service.email || service.website ? (
            <div className="nhsuk-summary-list__row">
              <dt className="nhsuk-summary-list__key">
                {t("partners.service.contact")}
              </dt>
              <dd className="nhsuk-summary-list__value">
                {service.phone ? (
                  <div className="partner-line">
                    <a href={`tel:${service.phone.replace(/\s/g, "")}`}>
                      {t("partners.service.phone", { phone: service.phone })}
                    </a>
                  </div>
                ) : null}
                {service.email ? (
                  <div className="partner-line">
                    <a href={`mailto:${service.email}`}>
                      {t("partners.service.email", { email: service.email })}
                    </a>
                  </div>
                ) : null}
                {service.website ? (
                  <div className="partner-line">
                    <a href={service.website} rel="noopener noreferrer">
                      {t("partners.service.website")}
                      <span className="nhsuk-u-visually-hidden">
                        {" "}
                        ({service.name})
                      </span>
                    </a>
                  </div>
                ) : null}
              </dd>
            </div>
          ) : null}
        </dl>
        <p className="nhsuk-body-s">
          {service.checkedAt
            ? t("partners.service.checked", {
                date: formatInstantDate(service.checkedAt),
              })
            : t("partners.service.notChecked")}
        </p>
        {service.notConfirmedRecently ? (
          <p className="nhsuk-body-s">
            <strong>{t("partners.service.notConfirmed")}</strong>
          </p>
        ) : null}
        {links ? (
          <p className="nhsuk-body-s">
            <Link to={localePath(`/partners/services/${service.slug}/print`)}>
              {t("partners.service.print")}
              <span className="nhsuk-u-visually-hidden">: {service.name}</span>
            </Link>
          </p>
        ) : null}
      </div>
    </div>
  );
}
