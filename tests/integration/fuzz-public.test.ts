import fc from "fast-check";
import { beforeAll, describe, it } from "vitest";
import { prisma } from "~/platform/db.server";
import { publicGet } from "../support/fuzz-addresses";
import { hostileText } from "../support/fuzz";
import { call, demoCookie, get } from "./auth.helpers";

/**
 * Every public page's parameters driven with generated values (see ../support/fuzz-addresses.ts): the
 * loader answers (a page, a redirect, or a 4xx page), never a server error. The same addresses are sent
 * to the built server in tests/e2e/fuzz-public.e2e.ts, where the page is rendered too.
 * Seeded (tests/support/db-setup.ts); FUZZ_RUNS sets the number of addresses (default 30, ×8 here).
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 30) * 8;

type Loader = Parameters<typeof call>[0];
const loaders: Record<string, () => Promise<{ loader?: unknown }>> = {
  _index: () => import("~/routes/_index"),
  "cafes.$slug": () => import("~/routes/cafes.$slug"),
  "cafes.$slug_.print": () => import("~/routes/cafes.$slug_.print"),
  "cafes.$slug_.summary[.]txt": () => import("~/routes/cafes.$slug_.summary[.]txt"),
  "areas._index": () => import("~/routes/areas._index"),
  "areas.$code": () => import("~/routes/areas.$code"),
  "map-data.boundaries[.]json": () => import("~/routes/map-data.boundaries[.]json"),
  "sign-in": () => import("~/routes/sign-in"),
  "forgot-password": () => import("~/routes/forgot-password"),
  "cap._index": () => import("~/routes/cap._index"),
};

let slugs: string[];
let areaCodes: string[];
let capCookie: string;

beforeAll(async () => {
  slugs = (await prisma.cafe.findMany({ select: { slug: true }, orderBy: { slug: "asc" } })).map((c) => c.slug);
  areaCodes = (await prisma.footprint.findMany({ select: { code: true, slug: true }, take: 20, orderBy: { code: "asc" } })).flatMap((f) => [f.code, f.slug]);
  capCookie = await demoCookie("cap@example.org");
});

async function answer(file: string, path: string, params: Record<string, string>, cookie?: string): Promise<string | null> {
  const { loader } = (await loaders[file]!()) as { loader: Loader };
  try {
    const response = await call(loader, get(path, cookie), params);
    return response.status >= 500 ? `answered ${response.status}` : null;
  } catch (error) {
    return `threw ${error instanceof Error ? error.stack : String(error)}`;
  }
}

describe("every public address, fuzzed", () => {
  it("never answers a server error", async () => {
    await fc.assert(
      fc.asyncProperty(publicGet(slugs, areaCodes), async ({ file, params, path }) => {
        const problem = await answer(file, path, params);
        if (problem) throw new Error(`${path}: ${problem}`);
      }),
      { numRuns: RUNS },
    );
  }, 60_000);

  it("the Central Access Point's search: never a server error for what a caller says", async () => {
    const q = fc.oneof(fc.constantFrom("LE1 6RL", "Oakham", "le11", "", "LE99 9ZZ"), hostileText(3_000));
    await fc.assert(
      fc.asyncProperty(q, async (value) => {
        const path = `/cap?${new URLSearchParams([["q", (value as string & { toWellFormed(): string }).toWellFormed()]]).toString()}`;
        const problem = await answer("cap._index", path, {}, capCookie);
        if (problem) throw new Error(`${path.slice(0, 200)}: ${problem}`);
      }),
      { numRuns: Math.ceil(RUNS / 4) },
    );
  }, 60_000);
});
