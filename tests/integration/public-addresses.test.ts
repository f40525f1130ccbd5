import { beforeAll, describe, expect, it } from "vitest";
import * as areaPage from "~/routes/areas.$code";
import * as cafePage from "~/routes/cafes.$slug";
import * as printPage from "~/routes/cafes.$slug_.print";
import * as summaryText from "~/routes/cafes.$slug_.summary[.]txt";
import { prisma } from "~/platform/db.server";
import { resetEnvCache } from "~/platform/env.server";
import { asResponse } from "./auth.helpers";

/** Café and area addresses typed in another case move (301) to the address the site links to. */

type RouteFn = (args: { request: Request; params: Record<string, string>; context: Record<string, unknown> }) => unknown;

async function call(fn: RouteFn, path: string, params: Record<string, string>): Promise<Response> {
  try {
    return asResponse(await fn({ request: new Request(`http://localhost:3000${path}`), params, context: {} }));
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    throw thrown;
  }
}

const cafe = (slug: string) => call(cafePage.loader as RouteFn, `/cafes/${slug}`, { slug });
const print = (slug: string, search = "") => call(printPage.loader as RouteFn, `/cafes/${slug}/print${search}`, { slug });
const summary = (slug: string) => call(summaryText.loader as RouteFn, `/cafes/${slug}/summary.txt`, { slug });
const area = (code: string) => call(areaPage.loader as RouteFn, `/areas/${code}`, { code });

beforeAll(() => {
  process.env.FIXED_NOW = "2026-11-25T18:30:00Z";
  resetEnvCache();
});

describe("café pages", () => {
  it("moves a slug in another case to the lower-case one", async () => {
    for (const slug of ["NIGHT-OWL-CAFE", "Night-Owl-Cafe", "night-owl-CAFE"]) {
      const response = await cafe(slug);
      expect(response.status, slug).toBe(301);
      expect(response.headers.get("Location"), slug).toBe("/cafes/night-owl-cafe");
    }
    expect((await cafe("night-owl-cafe")).status).toBe(200);
  });

  it("keeps the query string when it moves an address (a link shared by text may carry one)", async () => {
    expect((await call(cafePage.loader as RouteFn, "/cafes/Night-Owl-Cafe?from=sms", { slug: "Night-Owl-Cafe" })).headers.get("Location")).toBe(
      "/cafes/night-owl-cafe?from=sms",
    );
    expect((await call(summaryText.loader as RouteFn, "/cafes/Night-Owl-Cafe/summary.txt?from=sms", { slug: "Night-Owl-Cafe" })).headers.get("Location")).toBe(
      "/cafes/night-owl-cafe/summary.txt?from=sms",
    );
    const footprint = await prisma.footprint.findFirstOrThrow({ where: { name: "Rutland Healthcare" } });
    const typed = footprint.slug.toUpperCase();
    expect((await call(areaPage.loader as RouteFn, `/areas/${typed}?from=sms`, { code: typed })).headers.get("Location")).toBe(
      `/areas/${footprint.slug}?from=sms`,
    );
  });

  it("still answers 404 for a café that does not exist, or is not public, in any case", async () => {
    for (const slug of ["NO-SUCH-CAFE", "no-such-cafe", "SHEPSHED-COMMUNITY-CAFE", "%3Cx%3E", "X".repeat(500)]) {
      expect((await cafe(slug)).status, slug).toBe(404);
    }
  });
});

describe("a café's print view and text summary", () => {
  it("move a slug in another case to the lower-case one, keeping the chosen format", async () => {
    const card = await print("NIGHT-OWL-CAFE", "?format=a6");
    expect(card.status).toBe(301);
    expect(card.headers.get("Location")).toBe("/cafes/night-owl-cafe/print?format=a6");
    const text = await summary("Night-Owl-Cafe");
    expect(text.status).toBe(301);
    expect(text.headers.get("Location")).toBe("/cafes/night-owl-cafe/summary.txt");
    expect((await summary("night-owl-cafe")).status).toBe(200);
  });

  it("still answer 404 for a café that does not exist, in any case", async () => {
    expect((await print("NO-SUCH-CAFE")).status).toBe(404);
    expect((await summary("NO-SUCH-CAFE")).status).toBe(404);
  });
});

describe("area pages", () => {
  it("answers the slug and the code as they are, and moves other cases to the slug", async () => {
    const footprint = await prisma.footprint.findFirstOrThrow({ where: { name: "Rutland Healthcare" } });
    expect((await area(footprint.slug)).status).toBe(200);
    expect((await area(footprint.code)).status).toBe(200);
    for (const typed of [footprint.slug.toUpperCase(), footprint.code.toLowerCase()]) {
      const response = await area(typed);
      expect(response.status, typed).toBe(301);
      expect(response.headers.get("Location"), typed).toBe(`/areas/${footprint.slug}`);
    }
    expect((await area("NOPE")).status).toBe(404);
  });
});
