/**
 * The Open Referral UK API's answers: each endpoint reads the directory in memory (./directory.server.ts),
 * filters, pages and maps it (pure: ./query.ts, ./hsds.ts). Returns a status and a body, or a refusal as a
 * message code; ./index.server.ts turns either into the HTTP response (JSON, CORS open, cacheable for a
 * minute) and applies the per-client rate limit first.
 */
import { haversineKm } from "~/modules/geo";
import { geocode } from "~/modules/geo/index.server";
import { servesPlace } from "~/modules/partners";
import { placeAreas } from "~/modules/partners/index.server";
import { todayInLondon } from "~/platform/clock.server";
import { appUrl } from "~/platform/env.server";
import type { Directory, DirectoryLocation, DirectoryService } from "./directory";
import { currentDirectory } from "./directory.server";
import {
  demoTerm,
  hsdsOrganisation,
  hsdsOrganisationListItem,
  hsdsService,
  hsdsServiceAtLocationFull,
  hsdsServiceAtLocationListItem,
  hsdsServiceListItem,
  hsdsTaxonomy,
  hsdsTerm,
  ids,
  TAXONOMIES,
} from "./hsds";
import { openApiDocument } from "./openapi";
import { paginate, parseListQuery, filterServices, type ListQuery } from "./query";
import { isUuid } from "./uuid";

/** A refusal's message: its catalogue key and values (the face turns it into words). */
export type ApiError = { key: "oruk.error.notFound" | "oruk.error.badParameter" | "oruk.error.noEndpoint"; vars?: Record<string, string> };
export type ApiResult = { status: 200; body: unknown } | { status: 400 | 404; error: ApiError };

const HSDS_VERSION = "3.0";

function badParameter(parameter: string): ApiResult {
  return { status: 400, error: { key: "oruk.error.badParameter", vars: { parameter } } };
}

function notFound(what: string): ApiResult {
  return { status: 404, error: { key: "oruk.error.notFound", vars: { what } } };
}

function parsed(url: URL): { query: ListQuery } | { refusal: ApiResult } {
  const result = parseListQuery(url.searchParams);
  return result.ok ? { query: result.query } : { refusal: badParameter(result.problem.parameter) };
}

/** Any other address under the API: not one of its endpoints. */
export function apiNotFound(): ApiResult {
  return { status: 404, error: { key: "oruk.error.noEndpoint" } };
}

/** GET / : which version of HSDS and which profile this API follows. */
export function apiMetadata(): ApiResult {
  const site = appUrl();
  return {
    status: 200,
    body: {
      version: HSDS_VERSION,
      profile: "https://openreferraluk.org",
      openapi_url: `${site}/api/oruk/openapi.json`,
      documentation_url: `${site}/api/oruk`,
    },
  };
}

/** GET /openapi.json: this API's OpenAPI description. */
export function apiDescription(): ApiResult {
  return { status: 200, body: openApiDocument(appUrl()) };
}

/**
 * GET /services: services (one-to-one fields and organisation; `full=true` for the nested service); with
 * `postcode` (and `proximity`), those near it or covering it, nearest first.
 */
export async function listServices(url: URL): Promise<ApiResult> {
  const q = parsed(url);
  if ("refusal" in q) return q.refusal;
  const today = todayInLondon();
  let services = filterServices((await currentDirectory()).services, q.query, today);
  if (q.query.postcode !== null) {
    // Beyond the profile, as for /service_at_locations: so services with no place (phone or online only)
    // that cover the postcode are found too. Each service once, at its nearest place.
    const near = await nearPostcode(services, q.query.postcode, q.query.proximity);
    if (near === null) return badParameter("postcode");
    services = [...new Set(near.map((p) => p.service))];
  } else if (q.query.proximity !== null) {
    return badParameter("postcode");
  }
  return { status: 200, body: paginate(services, q.query.page, q.query.perPage, (s) => (q.query.full ? hsdsService(s, today) : hsdsServiceListItem(s))) };
}

function serviceById(directory: Directory, id: string): DirectoryService | undefined {
  const wanted = id.toLowerCase();
  return directory.services.find((s) => ids.service(s) === wanted);
}

/** GET /services/{id}: the fully nested service. */
export async function getService(id: string): Promise<ApiResult> {
  if (!isUuid(id)) return notFound("service");
  const service = serviceById(await currentDirectory(), id);
  return service ? { status: 200, body: hsdsService(service, todayInLondon()) } : notFound("service");
}

type Placed = { service: DirectoryService; location: DirectoryLocation | null; metres: number };

/**
 * Services and their places near a postcode. A service that serves areas is kept when one of its areas
 * covers the postcode (the partner directory's own rule, ~/modules/partners), at distance 0 if it has no
 * place; any other place when it is within `proximity` metres of the postcode's centre (any distance
 * without one). Nearest first. Null when the postcode cannot be one; empty when it is not found.
 */
async function nearPostcode(services: DirectoryService[], postcode: string, proximity: number | null): Promise<Placed[] | null> {
  const origin = await geocode(postcode);
  if (!origin.ok) return origin.reason === "invalid" ? null : [];
  const place = await placeAreas(origin.lat, origin.lng, origin.area, origin.inLLR);
  const out: Placed[] = [];
  for (const service of services) {
    const covered = service.areas.length > 0 && servesPlace(service.areas.map((a) => a.served), place);
    if (service.areas.length > 0 && !covered) continue;
    if (service.locations.length === 0) {
      if (covered) out.push({ service, location: null, metres: 0 });
      continue;
    }
    for (const location of service.locations) {
      const metres = haversineKm(origin.lat, origin.lng, location.lat, location.lng) * 1000;
      if (covered || proximity === null || metres <= proximity) out.push({ service, location, metres });
    }
  }
  return out.sort((a, b) => a.metres - b.metres);
}

/**
 * GET /service_at_locations: each service at each of its places; with `postcode` (and `proximity`), those
 * near it, nearest first (see nearPostcode).
 */
export async function listServiceAtLocations(url: URL): Promise<ApiResult> {
  const q = parsed(url);
  if ("refusal" in q) return q.refusal;
  const { query } = q;
  const today = todayInLondon();
  const services = filterServices((await currentDirectory()).services, query, today);
  let placed: Placed[];
  if (query.postcode !== null) {
    const near = await nearPostcode(services, query.postcode, query.proximity);
    if (near === null) return badParameter("postcode");
    placed = near.filter((p) => p.location !== null);
  } else if (query.proximity !== null) {
    return badParameter("postcode");
  } else {
    placed = services.flatMap((service) => service.locations.map((location) => ({ service, location, metres: 0 })));
  }
  return { status: 200, body: paginate(placed, query.page, query.perPage, (p) => hsdsServiceAtLocationListItem(p.service, p.location!, today)) };
}

/** GET /service_at_locations/{id}: one service at one of its places, fully nested (ids as the list gives them). */
export async function getServiceAtLocation(id: string): Promise<ApiResult> {
  if (!isUuid(id)) return notFound("service at location");
  const wanted = id.toLowerCase();
  for (const service of (await currentDirectory()).services) {
    const location = service.locations.find((l) => ids.serviceAtLocation(service, l) === wanted);
    if (location) return { status: 200, body: hsdsServiceAtLocationFull(service, location, todayInLondon()) };
  }
  return notFound("service at location");
}

function servicesOf(directory: Directory, organisationKey: string): DirectoryService[] {
  return directory.services.filter((s) => s.organisation.key === organisationKey);
}

/** GET /organizations: organisations (list shape; `full=true` for the nested organisation). */
export async function listOrganisations(url: URL): Promise<ApiResult> {
  const q = parsed(url);
  if ("refusal" in q) return q.refusal;
  const { query } = q;
  const directory = await currentDirectory();
  const site = appUrl();
  const today = todayInLondon();
  const organisations = directory.organisations.filter((o) => {
    if (query.search.length === 0) return true;
    const text = `${o.name} ${o.description ?? ""}`.toLowerCase();
    return query.search.every((word) => text.includes(word));
  });
  return {
    status: 200,
    body: paginate(organisations, query.page, query.perPage, (o) =>
      query.full ? hsdsOrganisation(o, servicesOf(directory, o.key), site, today, query.fullService) : hsdsOrganisationListItem(o, site),
    ),
  };
}

/** GET /organizations/{id}: the organisation with its services (`full_service=true`: nested services). */
export async function getOrganisation(id: string, url: URL): Promise<ApiResult> {
  if (!isUuid(id)) return notFound("organization");
  const directory = await currentDirectory();
  const organisation = directory.organisations.find((o) => ids.organisation(o) === id.toLowerCase());
  if (!organisation) return notFound("organization");
  const full = /^(true|1|yes)$/i.test(url.searchParams.get("full_service") ?? "");
  return { status: 200, body: hsdsOrganisation(organisation, servicesOf(directory, organisation.key), appUrl(), todayInLondon(), full) };
}

/** GET /taxonomies: the lists services are described with. */
export async function listTaxonomies(url: URL): Promise<ApiResult> {
  const q = parsed(url);
  if ("refusal" in q) return q.refusal;
  const directory = await currentDirectory();
  const used = new Set([...directory.terms.map((term) => term.taxonomy), "record"]);
  const site = appUrl();
  const taxonomies = TAXONOMIES.filter((taxonomy) => used.has(taxonomy));
  return { status: 200, body: paginate(taxonomies, q.query.page, q.query.perPage, (taxonomy) => hsdsTaxonomy(taxonomy, site)) };
}

/** GET /taxonomies/{id} */
export async function getTaxonomy(id: string): Promise<ApiResult> {
  const taxonomy = TAXONOMIES.find((x) => ids.taxonomy(x) === id.toLowerCase());
  return taxonomy ? { status: 200, body: hsdsTaxonomy(taxonomy, appUrl()) } : notFound("taxonomy");
}

async function allTerms() {
  return [...(await currentDirectory()).terms, demoTerm()];
}

/** GET /taxonomy_terms: the terms of every list (`taxonomy_id` for one list's, `search` by name). */
export async function listTaxonomyTerms(url: URL): Promise<ApiResult> {
  const q = parsed(url);
  if ("refusal" in q) return q.refusal;
  const { query } = q;
  const terms = (await allTerms()).filter(
    (term) =>
      (query.taxonomyId === null || ids.taxonomy(term.taxonomy) === query.taxonomyId) &&
      query.search.every((word) => term.label.toLowerCase().includes(word) || term.slug.includes(word)),
  );
  return { status: 200, body: paginate(terms, query.page, query.perPage, hsdsTerm) };
}

/** GET /taxonomy_terms/{id} */
export async function getTaxonomyTerm(id: string): Promise<ApiResult> {
  const term = (await allTerms()).find((x) => ids.term(x) === id.toLowerCase());
  return term ? { status: 200, body: hsdsTerm(term) } : notFound("taxonomy term");
}
