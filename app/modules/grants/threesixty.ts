/**
 * Awarded grants as 360Giving data (https://standard.threesixtygiving.org, package schema 1.4): the
 * JSON package and the same grants as a CSV with the standard's column titles. Pure: the server gives
 * the rows and the settings.
 * - grant id `360G-<prefix>-<application reference>`;
 * - the recipient's id from org-id.guide: `GB-CHC-<charity number>`, else `GB-COH-<company number>`,
 *   else `360G-<prefix>-<organisation id>` (a group without a registration number);
 * - beneficiary location: the PCN footprint (or university) of the café, as a named point in GB;
 * - planned dates: the planned start; actual dates: the launch;
 * - grant programme: the round.
 */
import { t } from "~/lib/i18n";

export type AwardedGrant = {
  reference: string;
  cafeName: string;
  requestedPence: number;
  awardedPence: number;
  awardDate: string;
  plannedStartDate: string | null;
  launchedOn: string | null;
  dateModified: Date;
  organisation: {
    id: string;
    name: string;
    charityNumber: string | null;
    companyNumber: string | null;
    addressLine1: string | null;
    town: string | null;
    postcode: string | null;
    website: string | null;
  };
  location: { code: string; name: string; lat: number; lng: number } | null;
  round: { slug: string; title: string };
};

export type PublisherSettings = {
  /** The publisher's 360Giving prefix (without "360G-"). */
  prefix: string;
  funderId: string;
  /** Default: the funder's name in the catalogue */
  funderName?: string;
  funderWebsite?: string;
};

const funderName = (settings: PublisherSettings) => settings.funderName ?? t("grantsAward.funder.name");

/** The grant's title and description, in words. */
export function grantWords(grant: Pick<AwardedGrant, "cafeName" | "reference" | "location">) {
  const cafe = grant.cafeName || grant.reference;
  return {
    title: t("grantsAward.threesixty.title", { cafe }),
    description: grant.location
      ? t("grantsAward.threesixty.description", { cafe, area: grant.location.name })
      : t("grantsAward.threesixty.descriptionNoArea", { cafe }),
  };
}

const DATE = /^\d{4}-(0[1-9]|1[012])-(0[1-9]|[12]\d|3[01])$/;

/** `GB-CHC-…` for an England and Wales charity number, `GB-COH-…` for a company number, else null. */
export function registeredOrganisationId(org: { charityNumber: string | null; companyNumber: string | null }): string | null {
  const charity = org.charityNumber?.replace(/\s+/g, "") ?? "";
  if (/^\d{6,8}$/.test(charity)) return `GB-CHC-${charity}`;
  const company = org.companyNumber?.replace(/\s+/g, "").toUpperCase() ?? "";
  if (/^[A-Z0-9]{1,8}$/.test(company)) return `GB-COH-${/^\d+$/.test(company) ? company.padStart(8, "0") : company}`;
  return null;
}

export function grantId(prefix: string, reference: string): string {
  return `360G-${prefix}-${reference}`;
}

export function organisationId(prefix: string, org: AwardedGrant["organisation"]): string {
  return registeredOrganisationId(org) ?? `360G-${prefix}-org-${org.id}`;
}

function webAddress(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:" ? url.href : undefined;
  } catch {
    return undefined;
  }
}

const pounds = (pence: number) => Math.round(pence) / 100;

/** Keeps only the keys whose value is set. */
function defined<T extends Record<string, unknown>>(object: T): Partial<T> {
  return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined && v !== null && v !== "")) as Partial<T>;
}

/** One grant as a 360Giving grant object. */
export function threeSixtyGrant(grant: AwardedGrant, settings: PublisherSettings) {
  const org = grant.organisation;
  const { title, description } = grantWords(grant);
  return defined({
    id: grantId(settings.prefix, grant.reference),
    title,
    description,
    currency: "GBP",
    amountAppliedFor: pounds(grant.requestedPence),
    amountAwarded: pounds(grant.awardedPence),
    awardDate: grant.awardDate,
    plannedDates: grant.plannedStartDate && DATE.test(grant.plannedStartDate) ? [{ startDate: grant.plannedStartDate }] : undefined,
    actualDates: grant.launchedOn && DATE.test(grant.launchedOn) ? [{ startDate: grant.launchedOn }] : undefined,
    recipientOrganization: [
      defined({
        id: organisationId(settings.prefix, org),
        name: org.name,
        charityNumber: org.charityNumber?.trim() || undefined,
        companyNumber: org.companyNumber?.trim() || undefined,
        streetAddress: org.addressLine1 ?? undefined,
        addressLocality: org.town ?? undefined,
        postalCode: org.postcode ?? undefined,
        addressCountry: "United Kingdom",
        url: webAddress(org.website),
      }),
    ],
    fundingOrganization: [defined({ id: settings.funderId, name: funderName(settings), url: webAddress(settings.funderWebsite) })],
    beneficiaryLocation: grant.location
      ? [{ id: grant.location.code, name: grant.location.name, countryCode: "GB", latitude: grant.location.lat, longitude: grant.location.lng }]
      : undefined,
    locationScope: "GLS060",
    grantProgramme: [{ code: grant.round.slug, title: grant.round.title }],
    fromOpenCall: "Yes",
    dateModified: grant.dateModified.toISOString(),
  });
}

export type ThreeSixtyGrant = ReturnType<typeof threeSixtyGrant>;

/** The JSON package: the grants with the publisher and licence. */
export function threeSixtyPackage(grants: AwardedGrant[], settings: PublisherSettings, issued: Date) {
  return {
    version: "1.4",
    title: t("grantsAward.threesixty.packageTitle", { funder: funderName(settings) }),
    issued: issued.toISOString(),
    publisher: defined({ identifier: settings.funderId, name: funderName(settings), website: webAddress(settings.funderWebsite) }),
    license: "https://creativecommons.org/licenses/by/4.0/",
    grants: grants.map((g) => threeSixtyGrant(g, settings)),
  };
}

/** The CSV's columns: the standard's titles, and each one's value in a grant object. */
const COLUMNS: [string, (g: ThreeSixtyGrant) => unknown][] = [
  ["Identifier", (g) => g.id],
  ["Title", (g) => g.title],
  ["Description", (g) => g.description],
  ["Currency", (g) => g.currency],
  ["Amount Applied For", (g) => g.amountAppliedFor],
  ["Amount Awarded", (g) => g.amountAwarded],
  ["Award Date", (g) => g.awardDate],
  ["Planned Dates:Start Date", (g) => g.plannedDates?.[0]?.startDate],
  ["Actual Dates:Start Date", (g) => g.actualDates?.[0]?.startDate],
  ["Recipient Org:Identifier", (g) => g.recipientOrganization?.[0]?.id],
  ["Recipient Org:Name", (g) => g.recipientOrganization?.[0]?.name],
  ["Recipient Org:Charity Number", (g) => g.recipientOrganization?.[0]?.charityNumber],
  ["Recipient Org:Company Number", (g) => g.recipientOrganization?.[0]?.companyNumber],
  ["Recipient Org:Street Address", (g) => g.recipientOrganization?.[0]?.streetAddress],
  ["Recipient Org:City", (g) => g.recipientOrganization?.[0]?.addressLocality],
  ["Recipient Org:Postal Code", (g) => g.recipientOrganization?.[0]?.postalCode],
  ["Recipient Org:Country", (g) => g.recipientOrganization?.[0]?.addressCountry],
  ["Recipient Org:Web Address", (g) => g.recipientOrganization?.[0]?.url],
  ["Funding Org:Identifier", (g) => g.fundingOrganization?.[0]?.id],
  ["Funding Org:Name", (g) => g.fundingOrganization?.[0]?.name],
  ["Beneficiary Location:Identifier", (g) => g.beneficiaryLocation?.[0]?.id],
  ["Beneficiary Location:Name", (g) => g.beneficiaryLocation?.[0]?.name],
  ["Beneficiary Location:Country Code", (g) => g.beneficiaryLocation?.[0]?.countryCode],
  ["Beneficiary Location:Latitude", (g) => g.beneficiaryLocation?.[0]?.latitude],
  ["Beneficiary Location:Longitude", (g) => g.beneficiaryLocation?.[0]?.longitude],
  ["Location Scope", (g) => g.locationScope],
  ["Grant Programme:Code", (g) => g.grantProgramme?.[0]?.code],
  ["Grant Programme:Title", (g) => g.grantProgramme?.[0]?.title],
  ["From An Open Call?", (g) => g.fromOpenCall],
  ["Last Modified", (g) => g.dateModified],
];

/**
 * One CSV cell: quoted when it holds a comma, quote or line break; text that a spreadsheet would run as a
 * formula (=, +, -, @, tab, carriage return first) gets a leading apostrophe.
 */
export function csvCell(value: unknown): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "number") return String(value);
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvRow(cells: unknown[]): string {
  return cells.map(csvCell).join(",");
}

/** The grants as a 360Giving CSV (one row per grant, CRLF line ends). */
export function threeSixtyCsv(grants: AwardedGrant[], settings: PublisherSettings): string {
  const rows = grants.map((g) => threeSixtyGrant(g, settings));
  return [csvRow(COLUMNS.map(([title]) => title)), ...rows.map((g) => csvRow(COLUMNS.map(([, value]) => value(g))))].join("\r\n") + "\r\n";
}
