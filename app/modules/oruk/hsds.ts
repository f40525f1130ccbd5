/**
 * The directory as HSDS 3.0 objects, in the shapes the Open Referral UK profile publishes: the fully nested
 * service, the service of a list, the service at a location, the organisation, taxonomies and terms.
 * Absent values are left out (the schemas allow no nulls). Pure.
 */
import { t, type MessageKey } from "~/lib/i18n";
import type { DirectoryLocation, DirectoryOrganisation, DirectoryService, DirectoryTerm } from "./directory";
import { exceptionSchedules, weeklySchedules, type HsdsSchedule } from "./schedules";
import { publicId } from "./uuid";

type Json = Record<string, unknown>;

/** Adds the entries whose value is present (not null, undefined or blank). */
function present(target: Json, values: Json): Json {
  for (const [key, value] of Object.entries(values)) {
    if (value === null || value === undefined) continue;
    if (typeof value === "string" && value.trim() === "") continue;
    target[key] = typeof value === "string" ? value.trim() : value;
  }
  return target;
}

/** A web address fit for a `uri` field, or null ("www.example.org" gains https://). */
export function webAddress(value: string | null): string | null {
  if (!value || value.trim() === "") return null;
  const candidate = /^https?:\/\//i.test(value.trim()) ? value.trim() : `https://${value.trim()}`;
  try {
    const url = new URL(candidate);
    return url.hostname.includes(".") ? url.href : null;
  } catch {
    return null;
  }
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export function emailAddress(value: string | null): string | null {
  return value && EMAIL.test(value.trim()) ? value.trim() : null;
}

// ------------------------------------------------------------------------------------- ids

export const ids = {
  organisation: (o: DirectoryOrganisation) => o.publicId ?? publicId("organization", o.key),
  service: (s: DirectoryService) => s.publicId ?? publicId(`service:${s.source}`, s.key),
  location: (s: DirectoryService, l: DirectoryLocation) => l.publicId ?? publicId(`location:${s.source}`, l.key),
  serviceAtLocation: (s: DirectoryService, l: DirectoryLocation) => publicId(`service_at_location:${s.source}`, `${s.key}:${l.key}`),
  taxonomy: (taxonomy: string) => publicId("taxonomy", taxonomy),
  term: (term: Pick<DirectoryTerm, "taxonomy" | "slug" | "publicId">) => term.publicId ?? publicId("taxonomy_term", `${term.taxonomy}:${term.slug}`),
};

// ------------------------------------------------------------------------------------- taxonomies

/** The lists the API publishes terms of, in order: the managed lists and the API's own. */
export const TAXONOMIES = ["service-type", "support", "audience", "language", "access", "record"] as const;
const TAXONOMY_WORDS: Record<string, { name: MessageKey; description: MessageKey }> = {
  "service-type": { name: "oruk.taxonomy.serviceType.name", description: "oruk.taxonomy.serviceType.description" },
  support: { name: "oruk.taxonomy.support.name", description: "oruk.taxonomy.support.description" },
  audience: { name: "oruk.taxonomy.audience.name", description: "oruk.taxonomy.audience.description" },
  language: { name: "oruk.taxonomy.language.name", description: "oruk.taxonomy.language.description" },
  access: { name: "oruk.taxonomy.access.name", description: "oruk.taxonomy.access.description" },
  record: { name: "oruk.taxonomy.record.name", description: "oruk.taxonomy.record.description" },
};

function taxonomyWords(taxonomy: string): { name: string; description: string } {
  const words = TAXONOMY_WORDS[taxonomy];
  if (!words) return { name: taxonomy, description: taxonomy };
  return { name: t(words.name), description: t(words.description) };
}

export function hsdsTaxonomy(taxonomy: string, siteUrl: string): Json {
  const words = taxonomyWords(taxonomy);
  return { id: ids.taxonomy(taxonomy), name: words.name, description: words.description, uri: `${siteUrl}/api/oruk/taxonomies#${taxonomy}`, version: "1" };
}

export function hsdsTerm(term: DirectoryTerm): Json {
  return {
    id: ids.term(term),
    code: term.slug,
    name: term.label,
    description: term.label,
    taxonomy: taxonomyWords(term.taxonomy).name,
    taxonomy_id: ids.taxonomy(term.taxonomy),
    language: "en",
  };
}

function attribute(linkId: string, linkType: string, term: DirectoryTerm): Json {
  return {
    id: publicId("attribute", `${linkId}:${term.taxonomy}:${term.slug}`),
    link_id: linkId,
    link_type: linkType,
    link_entity: linkType,
    taxonomy_term_id: ids.term(term),
    taxonomy_term: hsdsTerm(term),
  };
}

// ------------------------------------------------------------------------------------- organisations

/** An organisation as a list shows it (organization_list). */
export function hsdsOrganisationListItem(o: DirectoryOrganisation, siteUrl: string): Json {
  return present(
    { id: ids.organisation(o), name: o.name, description: organisationDescription(o) },
    { email: emailAddress(o.email), website: webAddress(o.website), uri: `${siteUrl}/api/oruk/organizations/${ids.organisation(o)}` },
  );
}

/** An organisation in full (organization): identifiers, demo mark and its services (list shape, or full). */
export function hsdsOrganisation(o: DirectoryOrganisation, services: readonly DirectoryService[], siteUrl: string, today: string, fullServices = false): Json {
  const id = ids.organisation(o);
  const identifiers: Json[] = [];
  if (o.charityNumber) identifiers.push({ id: publicId("organization_identifier", `${o.key}:charity`), organization_id: id, identifier_scheme: "GB-CHC", identifier_type: t("oruk.identifier.charity"), identifier: o.charityNumber.trim() });
  if (o.companyNumber) identifiers.push({ id: publicId("organization_identifier", `${o.key}:company`), organization_id: id, identifier_scheme: "GB-COH", identifier_type: t("oruk.identifier.company"), identifier: o.companyNumber.trim() });
  const out = hsdsOrganisationListItem(o, siteUrl);
  out.organization_identifiers = identifiers;
  out.attributes = o.isDemo ? [attribute(id, "organization", demoTerm())] : [];
  out.phones = o.phone ? [{ id: publicId("phone:organization", o.key), organization_id: id, number: o.phone.trim() }] : [];
  out.services = services.map((s) => (fullServices ? hsdsService(s, today) : hsdsServiceListItem(s)));
  return out;
}

// ------------------------------------------------------------------------------------- services

/** The term every café carries (service type). */
export function cafeServiceType(): DirectoryTerm {
  return { taxonomy: "service-type", slug: "mental-health-cafe", label: t("oruk.cafe.serviceType") };
}

/** The term every partner service carries (service type). */
export function partnerServiceType(): DirectoryTerm {
  return { taxonomy: "service-type", slug: "support-service", label: t("oruk.partner.serviceType") };
}

/** An organisation's description: its own words, or a plain one. */
export function organisationDescription(o: Pick<DirectoryOrganisation, "name" | "description">): string {
  return o.description?.trim() || t("oruk.organisation.description", { name: o.name });
}

/** The term that marks a demonstration record. */
export function demoTerm(): DirectoryTerm {
  return { taxonomy: "record", slug: "demo", label: t("oruk.demo.term") };
}

/** The one-to-one fields of a service (service_list), with its organisation. */
export function hsdsServiceListItem(s: DirectoryService): Json {
  const out = present(
    { id: ids.service(s), organization_id: ids.organisation(s.organisation), name: s.name, status: s.status },
    {
      description: s.description,
      url: webAddress(s.pageUrl),
      email: emailAddress(s.email),
      fees: s.fees ?? (s.free ? t("oruk.cost.free") : null),
      minimum_age: s.minimumAge,
      maximum_age: s.maximumAge,
      assured_date: s.assuredDate,
      alert: s.isDemo ? t("oruk.demo.alert") : null,
      last_modified: s.updatedAt.toISOString(),
    },
  );
  out.organization = present(
    { id: ids.organisation(s.organisation), name: s.organisation.name, description: organisationDescription(s.organisation) },
    { email: emailAddress(s.organisation.email), website: webAddress(s.organisation.website) },
  );
  return out;
}

function hsdsLocation(s: DirectoryService, l: DirectoryLocation): Json {
  const id = ids.location(s, l);
  const address = present(
    { id: publicId(`address:${s.source}`, l.key), location_id: id, address_1: l.address.line1, city: l.address.town, state_province: l.address.county, postal_code: l.address.postcode, country: "GB", address_type: "physical" },
    { address_2: l.address.line2 },
  );
  return present(
    {
      id,
      location_type: "physical",
      name: l.name,
      latitude: Math.round(l.lat * 1e6) / 1e6,
      longitude: Math.round(l.lng * 1e6) / 1e6,
      addresses: [address],
      accessibility: l.accessNotes?.trim() ? [{ id: publicId(`accessibility:${s.source}`, l.key), location_id: id, description: l.accessNotes.trim() }] : [],
      attributes: l.access.map((term) => attribute(id, "location", term)),
    },
    { description: l.description },
  );
}

function locationSchedules(s: DirectoryService, l: DirectoryLocation, today: string): HsdsSchedule[] {
  const link = { service_at_location_id: ids.serviceAtLocation(s, l) };
  const entries = [...weeklySchedules(l.sessions, link, today), ...exceptionSchedules(l.exceptions, link, today)];
  if (l.byAppointment) entries.push({ id: publicId("schedule:appointment", `${s.key}:${l.key}`), ...link, description: t("oruk.schedule.byAppointment") });
  return entries;
}

/** A service at one of its places (service_at_location in a full service). */
export function hsdsServiceAtLocation(s: DirectoryService, l: DirectoryLocation, today: string): Json {
  return {
    id: ids.serviceAtLocation(s, l),
    service_id: ids.service(s),
    location_id: ids.location(s, l),
    location: hsdsLocation(s, l),
    schedules: locationSchedules(s, l, today),
  };
}

/** A row of /service_at_locations: the link, its location and its service's one-to-one fields. */
export function hsdsServiceAtLocationListItem(s: DirectoryService, l: DirectoryLocation, today: string): Json {
  return { ...hsdsServiceAtLocation(s, l, today), service: hsdsServiceListItem(s) };
}

/** One service at one of its places, fully nested (service_at_location): its location and its service in full. */
export function hsdsServiceAtLocationFull(s: DirectoryService, l: DirectoryLocation, today: string): Json {
  return { ...hsdsServiceAtLocation(s, l, today), service: hsdsService(s, today) };
}

/** The fully nested service (service). */
export function hsdsService(s: DirectoryService, today: string): Json {
  const id = ids.service(s);
  const out = hsdsServiceListItem(s);
  // Schedules of a service with places belong to its places; the service's own list repeats them so a
  // reader of `schedules` alone still sees the hours.
  out.schedules = s.locations.flatMap((l) => locationSchedules(s, l, today));
  out.service_areas = s.areas.map((a) => present({ id: publicId(`service_area:${s.source}`, `${s.key}:${a.key}`), service_id: id, name: a.name }, { extent: a.geometry, extent_type: a.geometry ? "geojson" : null, service_area: a.name }));
  out.service_at_locations = s.locations.map((l) => hsdsServiceAtLocation(s, l, today));
  out.languages = s.languages.map((l) => present({ id: publicId("language", `${s.source}:${s.key}:${l.slug}`), service_id: id, name: l.label }, { code: LANGUAGE_CODES[l.slug] }));
  out.funding = [];
  out.cost_options =
    s.free === null
      ? []
      : [present({ id: publicId("cost_option", `${s.source}:${s.key}`), service_id: id }, { option: s.free ? t("oruk.cost.free") : s.fees, amount: s.free ? 0 : null, amount_description: s.fees })];
  out.contacts = [];
  out.phones = s.phone ? [{ id: publicId(`phone:${s.source}`, s.key), service_id: id, number: s.phone.trim() }] : [];
  const terms = s.isDemo ? [...s.terms, demoTerm()] : s.terms;
  out.attributes = [...terms, ...s.languages].map((term) => attribute(id, "service", term));
  if (s.whoFor) out.eligibility_description = s.whoFor.trim();
  const howTo = [accessRouteWords(s.accessRoute), s.accessNotes?.trim()].filter((x) => x).join(". ");
  if (howTo) out.application_process = howTo;
  return out;
}

const ACCESS_ROUTE_WORDS: Record<string, MessageKey> = {
  "drop-in": "oruk.access.dropIn",
  "self-referral": "oruk.access.selfReferral",
  referral: "oruk.access.referral",
  remote: "oruk.access.remote",
};

/** How to get a partner service, in words (null for none or an unknown route). */
export function accessRouteWords(route: string | null): string | null {
  const key = route ? ACCESS_ROUTE_WORDS[route] : undefined;
  return key ? t(key) : null;
}

/** ISO 639 codes of the managed languages (British Sign Language has only a 639-3 code). */
export const LANGUAGE_CODES: Record<string, string> = {
  english: "en",
  gujarati: "gu",
  punjabi: "pa",
  urdu: "ur",
  hindi: "hi",
  bengali: "bn",
  polish: "pl",
  somali: "so",
  arabic: "ar",
  tamil: "ta",
  romanian: "ro",
  portuguese: "pt",
  "british-sign-language": "bfi",
};
