import { afterAll, beforeAll, expect, it } from "vitest";
import { describeE2E, e2e, hasBrowser } from "./support/browser";
import { signInOverHttp as signIn, startAppServer, type AppServer } from "./support/server";

/**
 * The production server handles each GET over a build with only the routes the address needs
 * (app/platform/route-subsets.server.ts). It must answer exactly as the plain Remix handler does: two
 * servers over copies of the same database, one with ROUTE_SUBSETS=off, must give the same status,
 * type, redirect and body (apart from each response's own CSP nonce) for every kind of address.
 */
let withSubsets: AppServer;
let plain: AppServer;

beforeAll(async () => {
  if (!hasBrowser) return;
  // One public address for both, so links, QR codes and text summaries are alike.
  const env = { PUBLIC_CACHE_SECONDS: "0", APP_URL: "https://cafes.example.org" };
  [withSubsets, plain] = await Promise.all([
    startAppServer({ baseDatabase: e2e.baseDatabase, directory: e2e.runDirectory, env }),
    startAppServer({ baseDatabase: e2e.baseDatabase, directory: e2e.runDirectory, env: { ...env, ROUTE_SUBSETS: "off" } }),
  ]);
});

afterAll(async () => {
  await Promise.all([withSubsets?.stop(), plain?.stop()]);
});


async function answer(server: AppServer, address: string, cookie?: string) {
  const response = await fetch(server.url + address, { redirect: "manual", headers: cookie ? { Cookie: cookie } : {} });
  const body = (await response.text())
    .replace(/nonce-[A-Za-z0-9+/=]+/g, "nonce-N")
    .replace(/nonce="[^"]*"/g, 'nonce="N"');
  return {
    status: response.status,
    type: response.headers.get("content-type"),
    location: response.headers.get("location"),
    body,
  };
}

const PUBLIC = [
  "/",
  "/?q=LE1+1AA",
  "/?q=LE1+1AA&when=now&lang=gujarati&page=2",
  "/?q=not+a+place+at+all",
  "/?gp=willowbrook",
  "/?q=LE1+1AA&_data=routes%2F_index",
  // The data the browser asks for while navigating (single fetch)
  "/_root.data?q=LE1+1AA&when=now",
  "/_root.data?_routes=routes%2F_index&q=LE1+1AA",
  "/cafes/lantern-womens-cafe.data",
  "/cafes/no-such-cafe.data",
  "/areas.data",
  "/areas/U77315.data",
  "/urgent-help.data",
  "/no/such/page.data",
  "/cafes/lantern-womens-cafe",
  "/cafes/lantern-womens-cafe/print?format=a6",
  "/cafes/lantern-womens-cafe/summary.txt",
  "/cafes/no-such-cafe",
  "/areas",
  "/areas/U77315",
  "/areas/no-such-area",
  "/urgent-help",
  "/about-data",
  "/privacy",
  "/healthcheck",
  "/map-data/boundaries.json",
  "/about-data/api",
  "/api/oruk",
  "/api/oruk/",
  "/api/oruk/services?per_page=2",
  "/no/such/page/at/all",
  "/%E2%9C%93/odd%20address",
  "/sign-in",
  "/manage",
  "/admin/outbox",
];

const SIGNED_IN: [email: string, addresses: string[]][] = [
  ["admin@example.org", ["/admin", "/admin/users", "/admin/outbox", "/admin/tags", "/admin/cafes", "/manage/stale"]],
  ["cafe@example.org", ["/manage", "/account", "/manage.data", "/account.data"]],
  ["commissioner@example.org", ["/coverage", "/manage/stale"]],
  ["cap@example.org", ["/cap?q=LE1+1AA"]],
  ["vcs@example.org", ["/organisation"]],
];

describeE2E("the server's per-address route handling", () => {
  it.each(PUBLIC)("answers %s exactly as the plain handler does", async (address) => {
    const [a, b] = await Promise.all([answer(withSubsets, address), answer(plain, address)]);
    expect(a).toEqual(b);
  });

  it.each(SIGNED_IN)("answers %s's pages exactly as the plain handler does", async (email, addresses) => {
    const [cookieA, cookieB] = await Promise.all([signIn(withSubsets, email), signIn(plain, email)]);
    for (const address of addresses) {
      const [a, b] = await Promise.all([answer(withSubsets, address, cookieA), answer(plain, address, cookieB)]);
      expect(a, address).toEqual(b);
    }
    // A café manager's own café pages, found from the dashboard.
    if (email === "cafe@example.org") {
      const dashboard = await answer(withSubsets, "/manage", cookieA);
      const cafePage = dashboard.body.match(/href="(\/manage\/cafes\/[^"/]+)"/)?.[1];
      expect(cafePage).toBeDefined();
      for (const suffix of ["", "/details", "/sessions", "/exceptions", "/history"]) {
        const [a, b] = await Promise.all([answer(withSubsets, cafePage + suffix, cookieA), answer(plain, cafePage + suffix, cookieB)]);
        expect(a, cafePage + suffix).toEqual(b);
      }
    }
  });
});
