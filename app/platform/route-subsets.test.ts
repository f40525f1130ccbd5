import type { ServerBuild } from "@remix-run/node";
import { describe, expect, it } from "vitest";
import { MAX_SUBSET_SEGMENTS, routeSubsets } from "./route-subsets.server";

/** A build with the shapes routeSubsets reads: a root, an index, a café page and a catch-all. */
function fakeBuild(): ServerBuild {
  const route = (id: string, parentId: string | undefined, path: string | undefined, index = false) => ({ id, parentId, path, index, module: {} });
  const routes = {
    root: route("root", undefined, ""),
    "routes/_index": route("routes/_index", "root", undefined, true),
    "routes/cafes.$slug": route("routes/cafes.$slug", "root", "cafes/:slug"),
    "routes/$": route("routes/$", "root", "*"),
  };
  return { routes, assets: { routes }, basename: "/" } as unknown as ServerBuild;
}

describe("handlers over the routes an address needs", () => {
  it("uses a subset for a page's address", () => {
    const made: string[][] = [];
    const handlerFor = routeSubsets(fakeBuild(), (subset) => made.push(Object.keys(subset.routes).sort()));
    expect(handlerFor(new Request("http://x/cafes/lantern"))).not.toBeNull();
    expect(made).toEqual([["root", "routes/$", "routes/_index", "routes/cafes.$slug"]]);
  });

  it("works out nothing for an address deeper than any page: the whole build answers it", () => {
    let made = 0;
    const handlerFor = routeSubsets(fakeBuild(), () => ++made);
    expect(handlerFor(new Request(`http://x${"/a".repeat(MAX_SUBSET_SEGMENTS + 1)}`))).toBeNull();
    // Thousands of segments: worked out segment by segment, this took seconds.
    expect(handlerFor(new Request(`http://x${"/a".repeat(7000)}`))).toBeNull();
    expect(handlerFor(new Request(`http://x${"/a".repeat(7000)}.data`))).toBeNull();
    expect(made).toBe(0);
    expect(handlerFor(new Request(`http://x${"/a".repeat(MAX_SUBSET_SEGMENTS)}`))).not.toBeNull();
  });
});
