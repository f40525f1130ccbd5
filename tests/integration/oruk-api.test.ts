import { readFileSync } from "node:fs";
import path from "node:path";
import Ajv, { type ValidateFunction } from "ajv";
import addFormats from "ajv-formats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { haversineKm } from "~/modules/geo";
import { resetOrukDirectory } from "~/modules/oruk/index.server";
import { ids, publicId } from "~/modules/oruk";
import * as root from "~/routes/api.oruk.metadata[.]json";
import * as docs from "~/routes/api.oruk._index";
import * as oldDocs from "~/routes/about-data_.api";
import * as services from "~/routes/api.oruk.services._index";
import * as service from "~/routes/api.oruk.services.$id";
import * as serviceAtLocations from "~/routes/api.oruk.service_at_locations._index";
import * as serviceAtLocation from "~/routes/api.oruk.service_at_locations.$id";
import * as organizations from "~/routes/api.oruk.organizations._index";
import * as organization from "~/routes/api.oruk.organizations.$id";
import * as taxonomies from "~/routes/api.oruk.taxonomies._index";
import * as taxonomyTerms from "~/routes/api.oruk.taxonomy_terms._index";
import * as elsewhere from "~/routes/api.oruk.$";
import { prisma } from "~/platform/db.server";
import { resetEnvCache } from "~/platform/env.server";
import { call } from "./auth.helpers";

/**
 * The Open Referral UK API over the demo data, every answer checked against the profile's published JSON
 * schemas (tests/support/oruk-3.0) with ajv: each list page in the HSDS paging envelope, every service and
 * organisation in full, pagination across pages, and an empty result. "Now" is Wednesday 25 November 2026,
 * 6:30pm in London.
 */
const SCHEMAS = path.join(__dirname, "../support/oruk-3.0");
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
const schema = (file: string) => JSON.parse(readFileSync(path.join(SCHEMAS, file), "utf8")) as Record<string, unknown>;
const openapi = schema("hsds-3.0-openapi.json") as { paths: Record<string, { get: { responses: { 200: { content: { "application/json": { schema: object } } } } } }>; components: { schemas: { Page: { properties: object } } } };
const PAGE_FIELDS = ["total_items", "total_pages", "page_number", "size", "first_page", "last_page", "empty", "contents"];
function pageOf(itemFile: string): ValidateFunction {
  return ajv.compile({
    type: "object",
    properties: { ...openapi.components.schemas.Page.properties, contents: { type: "array", items: schema(itemFile) } },
    required: PAGE_FIELDS,
  });
}
const validators = {
  meta: ajv.compile(openapi.paths["/"]!.get.responses[200].content["application/json"].schema),
  servicePage: pageOf("service_list.json"),
  fullServicePage: pageOf("service.json"),
  service: ajv.compile(schema("service.json")),
  salPage: pageOf("service_at_location_list.json"),
  sal: ajv.compile(schema("service_at_location.json")),
  organizationPage: pageOf("organization_list.json"),
  organization: ajv.compile(schema("organization.json")),
  taxonomyPage: pageOf("taxonomy.json"),
  termPage: pageOf("taxonomy_term.json"),
};

function expectValid(validate: ValidateFunction, body: unknown) {
  const ok = validate(body);
  expect(ok ? [] : validate.errors?.slice(0, 5)).toEqual([]);
}

type Page = { total_items: number; total_pages: number; page_number: number; size: number; first_page: boolean; last_page: boolean; empty: boolean; contents: Record<string, unknown>[] };
type Route = { loader: (args: never) => unknown };

async function api(route: Route, pathAndQuery: string, params: Record<string, string> = {}, clientIp = "192.0.2.1") {
  const response = await call(route.loader as never, new Request(`http://localhost:3000/api/oruk${pathAndQuery}`), params, { clientIp });
  return { response, body: (await response.json()) as Record<string, unknown> };
}

async function page(route: Route, pathAndQuery: string): Promise<Page> {
  const { response, body } = await api(route, pathAndQuery);
  expect(response.status).toBe(200);
  return body as unknown as Page;
}

beforeAll(() => {
  process.env.FIXED_NOW = "2026-11-25T18:30:00Z";
  process.env.RATE_LIMIT_FACTOR = "1000";
  resetEnvCache();
  resetOrukDirectory();
});
afterAll(() => {
  delete process.env.RATE_LIMIT_FACTOR;
  resetEnvCache();
});

describe("the API's metadata", () => {
  it("says which HSDS version and profile it follows, as JSON anyone may read", async () => {
    const { response, body } = await api(root, "/");
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toMatch(/^application\/json/);
    expect(response.headers.get("Access-Control-Allow-Origin")).toBe("*");
    expect(response.headers.get("Cache-Control")).toBe("public, max-age=60");
    expectValid(validators.meta, body);
    expect(body.version).toBe("3.0");
  });

  it("may be read by any website's scripts, its rate-limit headers too, and says it varies by what is accepted", async () => {
    const { response, body } = await api(root, "/");
    expect(response.headers.get("Access-Control-Allow-Methods")).toBe("GET, HEAD, OPTIONS");
    expect(response.headers.get("Access-Control-Expose-Headers")).toMatch(/X-RateLimit-Remaining/);
    expect(response.headers.get("Vary")).toBe("Accept");
    expect(body.documentation_url).toBe("http://localhost:3000/api/oruk");
    const missing = await api(elsewhere, "/nothing");
    expect(missing.response.headers.get("Access-Control-Allow-Methods")).toBe("GET, HEAD, OPTIONS");
  });

  it("is explained for people at /api/oruk, where the old address /about-data/api now leads", async () => {
    expect(docs.loader()).toMatchObject({ base: "http://localhost:3000/api/oruk" });
    expect(typeof docs.default).toBe("function");
    expect(new Headers(docs.headers({} as never)).get("Vary")).toBe("Accept");
    const moved = oldDocs.loader();
    expect(moved.status).toBe(301);
    expect(moved.headers.get("Location")).toBe("/api/oruk");
  });
});

describe("services", () => {
  it("lists every public service in pages that validate, each page a slice of the whole", async () => {
    const all = await page(services, "/services?per_page=500");
    expectValid(validators.servicePage, all);
    expect(all.total_items).toBeGreaterThan(10);
    const seen: string[] = [];
    const perPage = 4;
    const pages = Math.ceil(all.total_items / perPage);
    for (let n = 1; n <= pages + 1; n++) {
      const p = await page(services, `/services?page=${n}&per_page=${perPage}`);
      expectValid(validators.servicePage, p);
      expect(p).toMatchObject({ total_items: all.total_items, total_pages: Math.ceil(all.total_items / perPage), page_number: n, first_page: n === 1 });
      expect(p.last_page).toBe(n >= p.total_pages);
      expect(p.size).toBe(p.contents.length);
      if (n > pages) expect(p).toMatchObject({ empty: true, size: 0 });
      seen.push(...p.contents.map((s) => s.id as string));
    }
    expect(seen).toEqual(all.contents.map((s) => s.id));
    expect(new Set(seen).size).toBe(seen.length);
  });

  it("gives every service in full, valid against the profile's service schema", async () => {
    const all = await page(services, "/services?per_page=500");
    for (const item of all.contents) {
      const { response, body } = await api(service, `/services/${item.id as string}`, { id: item.id as string });
      expect(response.status).toBe(200);
      expectValid(validators.service, body);
      expect(body.id).toBe(item.id);
    }
    expectValid(validators.fullServicePage, await page(services, "/services?full=true&per_page=500"));
  });

  it("answers an empty result in the same envelope", async () => {
    const empty = await page(services, "/services?search=zzqxnothing");
    expectValid(validators.servicePage, empty);
    expect(empty).toMatchObject({ total_items: 0, total_pages: 0, page_number: 1, size: 0, first_page: true, last_page: true, empty: true, contents: [] });
  });

  it("shows a café's weekly sessions as weekly schedules and its dated changes as dated entries", async () => {
    const cafe = await prisma.cafe.findUniqueOrThrow({ where: { slug: "lantern-womens-cafe" }, include: { sessions: true } });
    const { body } = await api(service, "/", { id: cafe.publicId });
    expect(body.name).toBe(cafe.name);
    const schedules = body.schedules as { freq?: string; byday?: string; opens_at?: string; valid_from?: string }[];
    const wednesday = schedules.find((s) => s.freq === "WEEKLY" && s.byday?.includes("WE"));
    expect(wednesday).toMatchObject({ opens_at: "18:00:00" });
    const weekly = schedules.filter((s) => s.freq === "WEEKLY").reduce((n, s) => n + (s.byday?.split(",").length ?? 0), 0);
    expect(weekly).toBe(cafe.sessions.filter((s) => s.validUntil === null || s.validUntil >= "2026-11-25").length);
  });

  it("marks demo records, and says an unknown id is not found (404, JSON)", async () => {
    const all = await page(services, "/services?per_page=500");
    expect(all.contents.every((s) => typeof s.alert === "string" && /fictional/.test(s.alert))).toBe(true);
    const { body } = await api(service, "/", { id: all.contents[0]!.id as string });
    expect((body.attributes as { taxonomy_term: { code: string } }[]).some((a) => a.taxonomy_term.code === "demo")).toBe(true);
    for (const id of ["00000000-0000-4000-8000-000000000000", "not-a-uuid"]) {
      const missing = await api(service, "/", { id });
      expect(missing.response.status).toBe(404);
      expect(missing.response.headers.get("Access-Control-Allow-Origin")).toBe("*");
      expect(missing.body.message).toMatch(/no service/);
    }
  });
});

describe("what is public", () => {
  it("leaves out cafés that are not open or paused and groups that are not verified; a paused café is temporarily closed", async () => {
    const listed = await page(services, "/services?per_page=500");
    const names = new Set(listed.contents.map((s) => s.name));
    const cafes = await prisma.cafe.findMany({ include: { organisation: true } });
    for (const cafe of cafes) {
      const expected = ["open", "paused"].includes(cafe.status) && cafe.organisation.verifiedAt !== null;
      expect([cafe.slug, names.has(cafe.name)]).toEqual([cafe.slug, expected]);
    }
    const paused = cafes.find((c) => c.slug === "uppingham-market-place-cafe")!;
    expect(listed.contents.find((s) => s.name === paused.name)?.status).toBe("temporarily closed");

    const orgs = await page(organizations, "/organizations?per_page=500");
    const unverified = await prisma.organisation.findMany({ where: { verifiedAt: null } });
    expect(unverified.length).toBeGreaterThan(0);
    for (const o of unverified) expect(orgs.contents.some((x) => x.name === o.name)).toBe(false);
  });

  it("drops a group's services once its verification is withdrawn", async () => {
    const org = await prisma.organisation.findFirstOrThrow({ where: { verifiedAt: { not: null }, cafes: { some: { status: "open" } } } });
    const before = await page(services, `/services?organization_id=${org.publicId}`);
    expect(before.total_items).toBeGreaterThan(0);
    await prisma.organisation.update({ where: { id: org.id }, data: { verifiedAt: null } });
    resetOrukDirectory();
    try {
      const after = await page(services, `/services?organization_id=${org.publicId}`);
      expect(after.total_items).toBe(0);
    } finally {
      await prisma.organisation.update({ where: { id: org.id }, data: { verifiedAt: new Date() } });
      resetOrukDirectory();
    }
  });
});

describe("a group hidden from the partner directory", () => {
  it("keeps the cafés it runs, with it as their organisation (name only), and drops its partner services", async () => {
    const org = await prisma.organisation.findUniqueOrThrow({ where: { slug: "clocktower-listening-collective" }, include: { partnerServices: true } });
    expect(org.partnerServices.length).toBeGreaterThan(0);
    await prisma.organisation.update({ where: { id: org.id }, data: { hiddenAt: new Date(), hiddenReason: "Profile under review" } });
    resetOrukDirectory();
    try {
      const found = await page(services, "/services?search=Night%20Owl&full=true");
      expectValid(validators.fullServicePage, found);
      expect(found.contents.map((s) => s.name)).toEqual(["Night Owl Café"]);
      const operator = found.contents[0]!.organization as Record<string, unknown>;
      expect(operator).toMatchObject({ id: org.publicId, name: org.name });
      expect(operator.email).toBeUndefined();

      const { response, body } = await api(organization, "/", { id: org.publicId });
      expect(response.status).toBe(200);
      expectValid(validators.organization, body);
      const names = (body.services as { name: string }[]).map((s) => s.name);
      expect(names).toContain("Night Owl Café");
      for (const s of org.partnerServices) expect(names).not.toContain(s.name);
      const partnerIds = new Set(org.partnerServices.map((s) => s.publicId));
      const all = await page(services, "/services?per_page=500");
      expect(all.contents.filter((s) => partnerIds.has(s.id as string))).toEqual([]);
      expect((await page(organizations, "/organizations?per_page=500")).contents.some((o) => o.id === org.publicId)).toBe(true);
    } finally {
      await prisma.organisation.update({ where: { id: org.id }, data: { hiddenAt: null, hiddenReason: null } });
      resetOrukDirectory();
    }
  });
});

describe("filters", () => {
  it("finds services by taxonomy term, by list, by words, and by day and time", async () => {
    const terms = await page(taxonomyTerms, "/taxonomy_terms?per_page=500");
    const womenOnly = terms.contents.find((t) => t.code === "women-only")!;
    const byTerm = await page(services, `/services?taxonomy_term_id=${womenOnly.id as string}&full=true&per_page=500`);
    expect(byTerm.total_items).toBeGreaterThan(0);
    for (const s of byTerm.contents) expect((s.attributes as { taxonomy_term_id: string }[]).some((a) => a.taxonomy_term_id === womenOnly.id)).toBe(true);

    const all = await page(services, "/services?per_page=500");
    const byList = await page(services, `/services?taxonomy_id=${womenOnly.taxonomy_id as string}&per_page=500`);
    expect(byList.total_items).toBeGreaterThanOrEqual(byTerm.total_items);
    expect(byList.total_items).toBeLessThanOrEqual(all.total_items);

    const lantern = await page(services, "/services?search=lantern%20women");
    expect(lantern.contents.map((s) => s.name)).toContainEqual(expect.stringMatching(/^Lantern Women.s Café$/));

    const wednesdayEvening = await page(services, "/services?day=WE&start_time=18:00&end_time=21:00&per_page=500");
    expect(wednesdayEvening.contents.map((s) => s.name)).toContainEqual(expect.stringMatching(/^Lantern Women.s Café$/));
    const sundayLate = await page(services, "/services?day=SU&start_time=23:00&per_page=500");
    expect(sundayLate.contents.map((s) => s.name)).not.toContainEqual(expect.stringMatching(/^Lantern Women.s Café$/));
  });

  it("refuses a value it cannot use with 400 and names the parameter", async () => {
    for (const [query, parameter] of [["page=first", "page"], ["day=someday", "day"], ["start_time=6pm", "start_time"], ["per_page=-1", "per_page"], ["per_page=0", "per_page"], ["page=0", "page"]] as const) {
      const { response, body } = await api(services, `/services?${query}`);
      expect(response.status).toBe(400);
      expect(body.message).toContain(parameter);
    }
  });

  it("gives at most 500 results a page however many are asked for", async () => {
    const huge = await page(services, "/services?per_page=100000");
    expect(huge.size).toBeLessThanOrEqual(500);
    expect(huge.total_pages).toBe(Math.ceil(huge.total_items / 500));
  });
});

describe("services at locations", () => {
  it("lists places nearest a postcode first, within the proximity in metres, and validates", async () => {
    const near = await page(serviceAtLocations, "/service_at_locations?postcode=LE1%206RL&proximity=3000&per_page=500");
    expectValid(validators.salPage, near);
    expect(near.total_items).toBeGreaterThan(0);
    const origin = { lat: 52.6333, lng: -1.1333 };
    const all = await page(serviceAtLocations, "/service_at_locations?per_page=500");
    expectValid(validators.salPage, all);
    expect(near.total_items).toBeLessThan(all.total_items);
    const distances = near.contents.map((x) => {
      const l = x.location as { latitude: number; longitude: number };
      return haversineKm(origin.lat, origin.lng, l.latitude, l.longitude);
    });
    expect(Math.max(...distances)).toBeLessThan(3 + 1.5);
    const ordered = await page(serviceAtLocations, "/service_at_locations?postcode=LE1%206RL&per_page=500");
    expect(ordered.total_items).toBe(all.total_items);
    expect(ordered.contents.slice(0, near.total_items).map((x) => x.id)).toEqual(near.contents.map((x) => x.id));
  });

  it("answers a postcode with nothing within the proximity with an empty page, and a postcode that cannot be one with 400", async () => {
    const empty = await page(serviceAtLocations, "/service_at_locations?postcode=SW1A%201AA&proximity=5000");
    expectValid(validators.salPage, empty);
    expect(empty.empty).toBe(true);
    const { response } = await api(serviceAtLocations, "/service_at_locations?postcode=!!!");
    expect(response.status).toBe(400);
  });
});

describe("a service at a location", () => {
  it("gives each id of the list fully nested, valid against the schema, and 404 for an unknown one", async () => {
    const list = await page(serviceAtLocations, "/service_at_locations?per_page=500");
    expect(list.total_items).toBeGreaterThan(20);
    const sample = [list.contents[0]!, list.contents[Math.floor(list.contents.length / 2)]!, list.contents[list.contents.length - 1]!];
    for (const item of sample) {
      const { response, body } = await api(serviceAtLocation, "/", { id: item.id as string });
      expect(response.status).toBe(200);
      expectValid(validators.sal, body);
      expect(body).toMatchObject({ id: item.id, service_id: item.service_id, location_id: item.location_id });
      expectValid(validators.service, body.service);
      expect((body.service as { id: string }).id).toBe(item.service_id);
    }
    const unknown = await api(serviceAtLocation, "/", { id: "00000000-0000-4000-8000-000000000000" });
    expect(unknown.response.status).toBe(404);
    expect((await api(serviceAtLocation, "/", { id: "not-an-id" })).response.status).toBe(404);
  });
});

describe("organisations and taxonomies", () => {
  it("lists organisations and gives each in full with its services, valid against the schemas", async () => {
    const list = await page(organizations, "/organizations?per_page=500");
    expectValid(validators.organizationPage, list);
    expect(list.total_items).toBeGreaterThan(3);
    for (const o of list.contents) {
      const { response, body } = await api(organization, "/", { id: o.id as string });
      expect(response.status).toBe(200);
      expectValid(validators.organization, body);
    }
    const first = list.contents[0]!;
    const { body } = await api(organization, "/?full_service=true", { id: first.id as string });
    expectValid(validators.organization, body);
    for (const s of body.services as unknown[]) expectValid(validators.service, s);
    expect((await api(organization, "/", { id: publicId("organization", "nope") })).response.status).toBe(404);
  });

  it("lists the taxonomies and their terms, valid against the schemas", async () => {
    const lists = await page(taxonomies, "/taxonomies");
    expectValid(validators.taxonomyPage, lists);
    const terms = await page(taxonomyTerms, "/taxonomy_terms?per_page=500");
    expectValid(validators.termPage, terms);
    const listIds = new Set(lists.contents.map((l) => l.id));
    for (const term of terms.contents) expect(listIds.has(term.taxonomy_id)).toBe(true);
    const languages = lists.contents.find((l) => l.id === ids.taxonomy("language"))!;
    const languageTerms = await page(taxonomyTerms, `/taxonomy_terms?taxonomy_id=${languages.id as string}&per_page=500`);
    expect(languageTerms.contents.map((t) => t.code)).toContain("urdu");
    expect(languageTerms.contents.every((t) => t.taxonomy_id === languages.id)).toBe(true);
  });

  it("answers any other address under the API with a JSON 404", async () => {
    const { response, body } = await api(elsewhere, "/nothing-here");
    expect(response.status).toBe(404);
    expect(body.error).toBe(404);
  });
});

describe("rate limit", () => {
  it("refuses a client past its requests a minute with 429 and Retry-After, without affecting others", async () => {
    process.env.RATE_LIMIT_FACTOR = "0.05"; // 6 a minute
    resetEnvCache();
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 7; i++) statuses.push((await api(root, "/", {}, "203.0.113.50")).response.status);
      expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 429]);
      const refused = await api(root, "/", {}, "203.0.113.50");
      expect(Number(refused.response.headers.get("Retry-After"))).toBeGreaterThan(0);
      expect((await api(root, "/", {}, "203.0.113.51")).response.status).toBe(200);
    } finally {
      process.env.RATE_LIMIT_FACTOR = "1000";
      resetEnvCache();
    }
  });
});

describe("partner services", () => {
  it("includes the demo partner services, one per support category at least, valid against the schemas", async () => {
    const partnerList = (await page(taxonomies, "/taxonomies")).contents.find((l) => l.id === ids.taxonomy("support"))!;
    const partners = await page(services, `/services?taxonomy_id=${partnerList.id as string}&full=true&per_page=500`);
    expectValid(validators.fullServicePage, partners);
    expect(partners.total_items).toBeGreaterThanOrEqual(15);
    const categories = await prisma.tag.findMany({ where: { kind: "support", retiredAt: null } });
    const used = new Set(partners.contents.flatMap((s) => (s.attributes as { taxonomy_term: { code: string } }[]).map((a) => a.taxonomy_term.code)));
    for (const c of categories) expect([c.slug, used.has(c.slug)]).toEqual([c.slug, true]);
    expect(partners.contents.some((s) => (s.service_at_locations as unknown[]).length === 0 && (s.service_areas as unknown[]).length > 0)).toBe(true);
  });

  async function makePartnerServices() {
    const tag = (slug: string) => prisma.tag.findUniqueOrThrow({ where: { slug } });
    const [debt, urdu, women] = await Promise.all([tag("debt-and-money-advice"), tag("urdu"), tag("women-only")]);
    const org = await prisma.organisation.create({
      data: { slug: `oruk-test-${Date.now()}`, name: "Oruk Test Advice Group", description: "Free money advice in the city.", verifiedAt: new Date(), isDemo: false },
    });
    const placed = await prisma.partnerService.create({
      data: {
        organisationId: org.id,
        slug: `${org.slug}-debt`,
        name: "Oruk Test Debt Advice",
        description: "Help with debts and bills.",
        access: "drop-in",
        isFree: true,
        minimumAge: 18,
        phone: "0116 496 0999",
        tags: { create: [{ tagId: debt.id }, { tagId: urdu.id }, { tagId: women.id }] },
        locations: {
          create: [
            {
              name: "Oruk Test Centre",
              addressLine1: "1 Test Street",
              town: "Leicester",
              postcode: "LE1 6RL",
              lat: 52.6333,
              lng: -1.1333,
              sessions: { create: [{ dayOfWeek: 2, startTime: "10:00", endTime: "13:00" }] },
              exceptions: { create: [{ kind: "closed", startDate: "2026-12-24", endDate: "2026-12-26", reason: "Christmas" }] },
            },
          ],
        },
      },
    });
    const remote = await prisma.partnerService.create({
      data: {
        organisationId: org.id,
        slug: `${org.slug}-phone`,
        name: "Oruk Test Phone Line",
        access: "remote",
        isFree: false,
        costNote: "£2 a call",
        areas: { create: [{ kind: "district", district: "Rutland" }] },
      },
    });
    const hidden = await prisma.partnerService.create({
      data: { organisationId: org.id, slug: `${org.slug}-hidden`, name: "Oruk Test Hidden Service", access: "referral", hiddenAt: new Date(), hiddenReason: "test" },
    });
    resetOrukDirectory();
    return { org, placed, remote, hidden, debt };
  }

  it("publishes a verified group's services, valid against the schemas, and leaves hidden ones out", async () => {
    const { org, placed, remote, hidden, debt } = await makePartnerServices();
    try {
      const list = await page(services, `/services?organization_id=${org.publicId}&per_page=50`);
      expectValid(validators.servicePage, list);
      expect(list.contents.map((s) => s.id).sort()).toEqual([placed.publicId, remote.publicId].sort());
      expect(list.contents.map((s) => s.id)).not.toContain(hidden.publicId);

      const { body: full } = await api(service, "/", { id: placed.publicId });
      expectValid(validators.service, full);
      expect(full).toMatchObject({ fees: "Free", minimum_age: 18, application_process: expect.stringMatching(/^Drop in/) });
      const schedules = full.schedules as { freq?: string; byday?: string; valid_from?: string; notes?: string }[];
      expect(schedules).toContainEqual(expect.objectContaining({ freq: "WEEKLY", byday: "TU", opens_at: "10:00:00", closes_at: "13:00:00" }));
      expect(schedules).toContainEqual(expect.objectContaining({ valid_from: "2026-12-24", valid_to: "2026-12-26", notes: "Christmas" }));
      expect((full.languages as { code?: string }[]).map((l) => l.code)).toEqual(["ur"]);

      const { body: phone } = await api(service, "/", { id: remote.publicId });
      expectValid(validators.service, phone);
      expect(phone).toMatchObject({ fees: "£2 a call", service_at_locations: [], service_areas: [expect.objectContaining({ name: "Rutland" })] });

      const byNeed = await page(services, `/services?taxonomy_term_id=${debt.publicId}`);
      expect(byNeed.contents.map((s) => s.id)).toContain(placed.publicId);
      expect(byNeed.contents.map((s) => s.id)).not.toContain(remote.publicId);

      const near = await page(serviceAtLocations, "/service_at_locations?postcode=LE1%206RL&proximity=500&per_page=500");
      expectValid(validators.salPage, near);
      expect(near.contents.map((x) => (x.service as { id: string }).id)).toContain(placed.publicId);

      // A phone line serving Rutland is found for an Oakham postcode (at distance 0), not for Leicester's.
      const oakham = await page(services, "/services?postcode=LE15%206LU&proximity=2000&per_page=500");
      expectValid(validators.servicePage, oakham);
      expect(oakham.contents.map((s) => s.id)).toContain(remote.publicId);
      const city = await page(services, "/services?postcode=LE1%206RL&proximity=2000&per_page=500");
      expect(city.contents.map((s) => s.id)).toContain(placed.publicId);
      expect(city.contents.map((s) => s.id)).not.toContain(remote.publicId);

      const { body: group } = await api(organization, "/", { id: org.publicId });
      expectValid(validators.organization, group);
      expect(group.description).toBe("Free money advice in the city.");
      expect((group.services as { id: string }[]).map((s) => s.id).sort()).toEqual([placed.publicId, remote.publicId].sort());

      await prisma.organisation.update({ where: { id: org.id }, data: { hiddenAt: new Date(), hiddenReason: "test" } });
      resetOrukDirectory();
      expect((await page(services, `/services?organization_id=${org.publicId}`)).total_items).toBe(0);
      expect((await api(organization, "/", { id: org.publicId })).response.status).toBe(404);
    } finally {
      await prisma.organisation.delete({ where: { id: org.id } });
      resetOrukDirectory();
    }
  });
});
