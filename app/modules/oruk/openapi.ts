/**
 * The OpenAPI description of this Open Referral UK API (served at /api/oruk/openapi.json, named by the
 * metadata's `openapi_url`): the profile's endpoints and parameters that this API answers, with responses
 * pointing at the published HSDS 3.0 schemas. Pure.
 */
import { DEFAULT_PER_PAGE, MAX_PER_PAGE } from "./query";

const SCHEMA = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema";

type Parameter = { name: string; in: "query" | "path"; required?: boolean; description: string; schema: Record<string, unknown> };

const q = (name: string, description: string, schema: Record<string, unknown> = { type: "string" }): Parameter => ({ name, in: "query", description, schema });

const PAGING = [
  q("page", "Page number, from 1.", { type: "integer", minimum: 1, default: 1 }),
  q("per_page", `Results a page (at most ${MAX_PER_PAGE}).`, { type: "integer", minimum: 1, maximum: MAX_PER_PAGE, default: DEFAULT_PER_PAGE }),
];
const SERVICE_FILTERS = [
  q("search", "Words that must all appear (name, description, organisation, town, terms)."),
  q("taxonomy_term_id", "Only services with this taxonomy term."),
  q("taxonomy_id", "Only services with a term from this taxonomy."),
  q("organization_id", "Only this organisation's services."),
  q("minimum_age", "Services whose stated minimum age is at least this.", { type: "number" }),
  q("maximum_age", "Services whose stated maximum age is at most this.", { type: "number" }),
  q("day", "A weekly session on this day: MO, TU, WE, TH, FR, SA or SU."),
  q("start_time", "A weekly session starting at or after this time (HH:MM, London time)."),
  q("end_time", "A weekly session ending at or before this time (HH:MM, London time)."),
  q("modified_after", "Changed at or after this instant.", { type: "string", format: "date-time" }),
  q("full", "true: fully nested objects.", { type: "boolean" }),
];
const ID: Parameter = { name: "id", in: "path", required: true, description: "The record's UUID.", schema: { type: "string", format: "uuid" } };

function page(itemSchema: string) {
  return {
    type: "object",
    properties: {
      total_items: { type: "integer" },
      total_pages: { type: "integer" },
      page_number: { type: "integer" },
      size: { type: "integer" },
      first_page: { type: "boolean" },
      last_page: { type: "boolean" },
      empty: { type: "boolean" },
      contents: { type: "array", items: { $ref: `${SCHEMA}/${itemSchema}` } },
    },
  };
}

function get(summary: string, schema: Record<string, unknown>, parameters: Parameter[] = []) {
  return {
    get: {
      summary,
      parameters,
      responses: {
        200: { description: summary, content: { "application/json": { schema } } },
        400: { description: "A parameter has a value the API cannot use." },
        404: { description: "No such record." },
        429: { description: "Too many requests from this address: wait for Retry-After seconds." },
      },
    },
  };
}

export function openApiDocument(siteUrl: string) {
  return {
    openapi: "3.1.0",
    info: {
      title: "Café Network: Open Referral UK API",
      version: "3.0",
      description: "Neighbourhood Mental Health Cafés and voluntary and community support services in Leicester, Leicestershire and Rutland, as the Open Referral UK profile of HSDS 3.0. Read only.",
      license: { name: "Creative Commons Attribution Share-Alike 4.0 (the specification)", url: "https://creativecommons.org/licenses/by-sa/4.0/" },
    },
    servers: [{ url: `${siteUrl}/api/oruk` }],
    externalDocs: { url: `${siteUrl}/api/oruk` },
    paths: {
      "/": get("The HSDS version and profile of this API", { type: "object", properties: { version: { type: "string" }, profile: { type: "string", format: "uri" }, openapi_url: { type: "string", format: "uri" } } }),
      "/services": get("Services, paged; with a postcode, those near it or covering it, nearest first", page("compiled/service_list.json"), [
        ...PAGING,
        ...SERVICE_FILTERS,
        q("postcode", "Beyond the profile: services whose areas cover the postcode (phone and online ones too), or whose places are within `proximity` of it."),
        q("proximity", "Metres from the postcode's centre.", { type: "number" }),
      ]),
      "/services/{id}": get("A service, fully nested", { $ref: `${SCHEMA}/compiled/service.json` }, [ID]),
      "/service_at_locations": get("Services at their locations, paged; nearest first with a postcode", page("compiled/service_at_location_list.json"), [
        ...PAGING,
        ...SERVICE_FILTERS,
        q("postcode", "A postcode: services whose areas contain it, or whose places are within `proximity` of it."),
        q("proximity", "Metres from the postcode's centre.", { type: "number" }),
      ]),
      "/service_at_locations/{id}": get("A service at one of its locations, fully nested", { $ref: `${SCHEMA}/compiled/service_at_location.json` }, [ID]),
      "/organizations": get("Organisations, paged", page("compiled/organization_list.json"), [...PAGING, q("search", "Words in the name or description."), q("full", "true: fully nested.", { type: "boolean" }), q("full_service", "With `full`: fully nested services.", { type: "boolean" })]),
      "/organizations/{id}": get("An organisation with its services", { $ref: `${SCHEMA}/compiled/organization.json` }, [ID, q("full_service", "true: fully nested services.", { type: "boolean" })]),
      "/taxonomies": get("Taxonomies, paged", page("taxonomy.json"), PAGING),
      "/taxonomies/{id}": get("A taxonomy", { $ref: `${SCHEMA}/taxonomy.json` }, [ID]),
      "/taxonomy_terms": get("Taxonomy terms, paged", page("taxonomy_term.json"), [...PAGING, q("taxonomy_id", "Only this taxonomy's terms."), q("search", "Words in the term's name.")]),
      "/taxonomy_terms/{id}": get("A taxonomy term", { $ref: `${SCHEMA}/taxonomy_term.json` }, [ID]),
    },
  };
}
