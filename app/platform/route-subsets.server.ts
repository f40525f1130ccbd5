/**
 * Request handlers over only the routes a request needs (server.js uses them in production).
 *
 * Remix does much of its work per request over every route of the build: it matches the address against all
 * of them four times for a page (server, data router, React router, route manifest) and builds the route
 * tree twice. With the app's forty-odd routes that costs more than the page itself: a public page spent about
 * a quarter of its time there.
 *
 * A request needs only the routes that match its address and, for a page, those that match each shorter
 * address above it (with v3_lazyRouteDiscovery a page carries the manifest of exactly those routes, for the
 * browser). So `routeSubsets(build, handlerFor)` picks, for a GET or HEAD request, a handler made by
 * `handlerFor` over a copy of the build with just those routes, one per set of routes, chosen by address
 * (remembered for the last few thousand addresses). The response is the same: every route that matches any
 * of those addresses is kept, so matching within the subset gives the same routes; this is checked when an
 * address is first seen, and an address whose check fails is handled over the whole build. The browser's
 * data requests while navigating (single fetch: `/cafes/x.data`, `/_root.data` for `/`) need the routes of
 * the page they are for. Other requests (form posts, the route manifest the browser asks for while
 * navigating) get null: the whole build, as does an address deeper than any page (MAX_SUBSET_SEGMENTS).
 */
import type { ServerBuild } from "@remix-run/node";
import { matchRoutes } from "@remix-run/react";

type ServerRoute = ServerBuild["routes"][string];
type RouteNode = { id: string; path?: string; index?: boolean; caseSensitive?: boolean; children: RouteNode[] };

const MAX_ADDRESSES = 5_000;
/** Longer addresses are worked out each time rather than remembered. */
const MAX_REMEMBERED_LENGTH = 256;
/**
 * An address with more segments than any page has is handled over the whole build, without working out a
 * subset: the work grows with the square of the number of segments (server.js refuses far longer ones first).
 */
export const MAX_SUBSET_SEGMENTS = 12;

/** The route tree as Remix builds it from the manifest (children in manifest order), of the kept routes. */
function routeTree(routes: ServerBuild["routes"], keep?: ReadonlySet<string>): RouteNode[] {
  const byParent = new Map<string, ServerRoute[]>();
  for (const route of Object.values(routes)) {
    if (keep && !keep.has(route.id)) continue;
    const parent = route.parentId || "";
    const siblings = byParent.get(parent);
    if (siblings) siblings.push(route);
    else byParent.set(parent, [route]);
  }
  const nodes = (parentId: string): RouteNode[] =>
    (byParent.get(parentId) ?? []).map((r) => ({ id: r.id, path: r.path, index: r.index, caseSensitive: r.caseSensitive, children: nodes(r.id) }));
  return nodes("");
}

/** The address and every shorter one above it, as Remix lists them for a page's route manifest. */
export function addressesFor(pathname: string): string[] {
  const segments = pathname.split("/").filter(Boolean);
  const addresses = [pathname, "/"];
  segments.pop();
  while (segments.length > 0) {
    addresses.push(`/${segments.join("/")}`);
    segments.pop();
  }
  return addresses;
}

function matchedIds(tree: RouteNode[], pathname: string, basename: string | undefined): string[] {
  // matchRoutes only reads path, index, caseSensitive and children.
  const matches = matchRoutes(tree as Parameters<typeof matchRoutes>[0], pathname, basename);
  return matches ? matches.map((m) => (m.route as RouteNode).id) : [];
}

function pick<T>(record: Record<string, T>, keep: ReadonlySet<string>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).filter(([id]) => keep.has(id)));
}

function segmentCount(pathname: string): number {
  let slashes = 0;
  for (let i = 0; i < pathname.length; i++) if (pathname.charCodeAt(i) === 47) slashes++;
  return slashes;
}

/** The page a single-fetch data request is for ("/cafes/x.data" → "/cafes/x", "/_root.data" → "/"), or the address itself. */
export function pageAddress(pathname: string, basename = "/"): string {
  if (!pathname.endsWith(".data")) return pathname;
  const page = pathname.slice(0, -".data".length);
  const root = `${basename}/_root`.replace(/\/+/g, "/");
  return page === root ? basename : page;
}

/** See the module comment. */
export function routeSubsets<H>(build: ServerBuild, handlerFor: (build: ServerBuild) => H): (request: Request) => H | null {
  const fullTree = routeTree(build.routes);
  const manifestPath = `${build.basename ?? "/"}/__manifest`.replace(/\/+/g, "/");
  /** Handlers by their set of route ids */
  const handlers = new Map<string, H>();
  /** Address → its handler, or null for the whole build */
  const byAddress = new Map<string, H | null>();

  const handlerForAddress = (pathname: string): H | null => {
    const addresses = addressesFor(pathname);
    const wanted = addresses.map((address) => matchedIds(fullTree, address, build.basename));
    const keep = new Set(wanted.flat());
    if (keep.size === 0) return null;
    const subsetTree = routeTree(build.routes, keep);
    const same = addresses.every((address, i) => matchedIds(subsetTree, address, build.basename).join("\n") === wanted[i]!.join("\n"));
    if (!same) return null;
    const key = [...keep].sort().join("\n");
    let handler = handlers.get(key);
    if (handler === undefined) {
      handler = handlerFor({ ...build, routes: pick(build.routes, keep), assets: { ...build.assets, routes: pick(build.assets.routes, keep) } });
      handlers.set(key, handler);
    }
    return handler;
  };

  return (request: Request) => {
    if (request.method !== "GET" && request.method !== "HEAD") return null;
    const pathname = pageAddress(new URL(request.url).pathname, build.basename);
    if (pathname === manifestPath) return null;
    if (segmentCount(pathname) > MAX_SUBSET_SEGMENTS) return null;
    if (pathname.length > MAX_REMEMBERED_LENGTH) return handlerForAddress(pathname);
    let handler = byAddress.get(pathname);
    if (handler === undefined) {
      handler = handlerForAddress(pathname);
      if (byAddress.size >= MAX_ADDRESSES) byAddress.delete(byAddress.keys().next().value!);
      byAddress.set(pathname, handler);
    }
    return handler;
  };
}
