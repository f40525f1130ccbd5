import { readdirSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ROLES, type Role } from "~/modules/identity";
import { call, get, makeOrganisationWithCafe, makeUser, post, signInCookieFor } from "./auth.helpers";
import { makeGrantFixtures } from "./grants-apply.helpers";
import { PROTECTED_ROUTES, PUBLIC_ROUTES, type AccessFixtures, type ProtectedRoute, type RouteModule } from "./authorisation.routes";

/**
 * Every non-public route refuses anonymous people (sign-in redirect that comes back) and the wrong
 * roles (403), and lets the right ones in. The table lives in ./authorisation.routes.ts.
 */
let fixtures: AccessFixtures;
const cookies = new Map<Role | "no-role", string>();

beforeAll(async () => {
  const mine = await makeOrganisationWithCafe("mine");
  const theirs = await makeOrganisationWithCafe("theirs");
  fixtures = {
    organisationId: mine.organisation.id,
    cafeId: mine.cafe.id,
    otherOrganisationId: theirs.organisation.id,
    otherCafeId: theirs.cafe.id,
    // Grants (apply): a round and a draft application of "mine"
    ...(await makeGrantFixtures(mine.organisation.id)),
  };
  for (const role of ROLES) {
    const scope =
      role === "organisation-member" ? { organisationId: fixtures.organisationId } : role === "cafe-manager" ? { cafeId: fixtures.cafeId } : {};
    const user = await makeUser([{ role, ...scope }]);
    cookies.set(role, await signInCookieFor(user.id));
  }
  const nobody = await makeUser([]);
  cookies.set("no-role", await signInCookieFor(nobody.id));
});

function pathOf(route: ProtectedRoute) {
  return typeof route.path === "function" ? route.path(fixtures) : route.path;
}

async function request(route: ProtectedRoute, cookie: string | null): Promise<Response> {
  const mod = (await route.module()) as RouteModule;
  const method = route.method ?? "loader";
  const path = pathOf(route);
  const req = method === "action" ? post(path, route.form?.(fixtures) ?? {}, cookie) : get(path, cookie);
  return call(mod[method], req, route.params?.(fixtures) ?? {});
}

function name(route: ProtectedRoute) {
  const path = typeof route.path === "function" ? route.path({ organisationId: "<org>", cafeId: "<café>", otherOrganisationId: "<other org>", otherCafeId: "<other café>", roundId: "<round>", applicationId: "<application>" }) : route.path;
  return `${route.method === "action" ? "POST" : "GET"} ${path}${route.note ? ` (${route.note})` : ""}`;
}

function isSignInRedirect(response: Response) {
  return response.status >= 300 && response.status < 400 && (response.headers.get("Location") ?? "").startsWith("/sign-in");
}

describe.each(PROTECTED_ROUTES.map((route) => ({ route, label: name(route) })))("$label", ({ route }) => {
  it("sends anonymous people to sign in, and back here afterwards", async () => {
    const response = await request(route, null);
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe(`/sign-in?redirectTo=${encodeURIComponent(pathOf(route))}`);
  });

  const allowed = route.allowed === "any-signed-in" ? [...ROLES] : route.allowed;
  const refused = ROLES.filter((role) => !allowed.includes(role));

  if (route.allowed !== "any-signed-in") {
    it.each([...refused, "no-role" as const])("refuses %s with 403", async (role) => {
      const response = await request(route, cookies.get(role)!);
      expect(response.status).toBe(403);
    });
  }

  it.each(allowed)("lets %s in", async (role) => {
    const response = await request(route, cookies.get(role)!);
    expect(response.status).not.toBe(403);
    expect(response.status).not.toBe(401);
    expect(isSignInRedirect(response)).toBe(false);
    expect(response.status).toBeLessThan(500);
  });
});

describe("the table", () => {
  it("names real route modules with the functions it checks", async () => {
    for (const route of PROTECTED_ROUTES) {
      const mod = (await route.module()) as RouteModule;
      expect(typeof mod[route.method ?? "loader"], name(route)).toBe("function");
    }
  });

  it("covers every loader and action of every route file: checked above, or listed as public with a reason", async () => {
    const routesDirectory = path.resolve("app/routes");
    const files = readdirSync(routesDirectory, { withFileTypes: true }).flatMap((entry) => {
      if (entry.isFile() && /\.(tsx|ts|jsx|js)$/.test(entry.name)) return [entry.name];
      // A route folder: its route module.
      if (entry.isDirectory()) {
        const inner = readdirSync(path.join(routesDirectory, entry.name)).find((f) => /^route\.(tsx|ts|jsx|js)$/.test(f));
        return inner ? [`${entry.name}/${inner}`] : [];
      }
      return [];
    });
    expect(files.length).toBeGreaterThan(30);

    const checked = new Set<unknown>();
    for (const route of PROTECTED_ROUTES) checked.add(((await route.module()) as RouteModule)[route.method ?? "loader"]);

    const unaccounted: string[] = [];
    const doubly: string[] = [];
    for (const file of files) {
      const mod = (await import(/* @vite-ignore */ path.join(routesDirectory, file))) as RouteModule;
      for (const fn of ["loader", "action"] as const) {
        const isPublic = !!PUBLIC_ROUTES[file]?.[fn];
        if (typeof mod[fn] !== "function") {
          expect(isPublic, `${file} has no ${fn}, but PUBLIC_ROUTES lists one`).toBe(false);
          continue;
        }
        const isChecked = checked.has(mod[fn]);
        if (!isChecked && !isPublic) unaccounted.push(`${file} ${fn}`);
        if (isChecked && isPublic) doubly.push(`${file} ${fn}`);
      }
    }
    expect(unaccounted, "add a row to PROTECTED_ROUTES, or (if anyone may use it) an entry to PUBLIC_ROUTES").toEqual([]);
    expect(doubly, "listed as public and checked as protected").toEqual([]);
    for (const file of Object.keys(PUBLIC_ROUTES)) expect(files, `PUBLIC_ROUTES names ${file}`).toContain(file);
  });
});

describe("organisation records", () => {
  it("an organisation member sees their own organisation and cannot open another's", async () => {
    const { loader } = await import("~/routes/organisation._index");
    const cookie = cookies.get("organisation-member")!;
    const own = await call(loader, get("/organisation", cookie));
    expect(own.status).toBe(200);
    const body = (await own.json()) as { organisation: { id: string; cafes: { id: string }[] } };
    expect(body.organisation.id).toBe(fixtures.organisationId);
    expect(body.organisation.cafes.map((c) => c.id)).toEqual([fixtures.cafeId]);

    const other = await call(loader, get(`/organisation?org=${fixtures.otherOrganisationId}`, cookie));
    expect(other.status).toBe(403);
    expect(await other.text()).not.toContain(fixtures.otherCafeId);
  });

  it("an admin may open any organisation", async () => {
    const { loader } = await import("~/routes/organisation._index");
    const response = await call(loader, get(`/organisation?org=${fixtures.otherOrganisationId}`, cookies.get("admin")!));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { organisation: { id: string } };
    expect(body.organisation.id).toBe(fixtures.otherOrganisationId);
  });
});
