import type { Role } from "~/modules/identity";
import { createUserWithRoles } from "~/modules/identity/index.server";
import { startSignInSession, getUser } from "~/modules/identity/index.server";
import { prisma } from "~/platform/db.server";

/**
 * Helpers for integration tests of routes: real Requests into loaders and actions, cookies carried
 * from Set-Cookie to the next request, and users with roles created in the test's own database.
 */
export const TEST_PASSWORD = "correct horse battery";

type RouteArgs = { request: Request; params: Record<string, string | undefined>; context: Record<string, unknown> };
type RouteFn = (args: RouteArgs) => unknown;

/**
 * What a loader or action answered, as the HTTP response a browser sees: a Response as it is, data (plain,
 * or `data()` with its status and headers) as JSON. A thrown Response (redirect, 403) is returned like a
 * returned one. A form's refusal (Conform's reply) also carries, for these tests to read, `errors` (the
 * first message of each field, `_form` for the form's own) and `values` (what was typed and sent back).
 */
export async function call(
  fn: RouteFn | undefined,
  request: Request,
  params: Record<string, string> = {},
  context: Record<string, unknown> = {},
): Promise<Response> {
  if (!fn) throw new Error("The route has no such function");
  try {
    return asResponse(await fn({ request, params, context }));
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    if (isDataWithInit(thrown)) return asResponse(thrown);
    throw thrown;
  }
}

type DataWithInit = { type: "DataWithResponseInit"; data: unknown; init: ResponseInit | null };

function isDataWithInit(value: unknown): value is DataWithInit {
  return typeof value === "object" && value !== null && (value as { type?: unknown }).type === "DataWithResponseInit";
}

export function asResponse(result: unknown): Response {
  if (result instanceof Response) return result;
  const { data, init } = isDataWithInit(result) ? result : { data: result, init: null };
  const headers = new Headers(init?.headers);
  headers.set("Content-Type", "application/json");
  return new Response(JSON.stringify(withFormView(data) ?? null), { status: init?.status ?? 200, headers });
}

function withFormView(data: unknown): unknown {
  if (typeof data !== "object" || data === null || !("status" in data) || (data as { status: unknown }).status !== "error") return data;
  const reply = data as { error?: Record<string, string[] | null>; initialValue?: Record<string, unknown> | null };
  if (!("error" in reply) && !("initialValue" in reply)) return data;
  const errors: Record<string, string> = {};
  for (const [name, list] of Object.entries(reply.error ?? {})) if (list?.[0]) errors[name === "" ? "_form" : name] = list[0];
  return { ...data, errors, values: reply.initialValue ?? {} };
}

const BASE = "http://localhost:3000";

export function get(path: string, cookie?: string | null): Request {
  return new Request(BASE + path, { headers: cookie ? { Cookie: cookie } : {} });
}

/** A form post; a list of values repeats the field (checkboxes). */
export function post(path: string, fields: Record<string, string | string[]>, cookie?: string | null): Request {
  const headers: Record<string, string> = { "Content-Type": "application/x-www-form-urlencoded" };
  if (cookie) headers.Cookie = cookie;
  const body = new URLSearchParams();
  for (const [key, value] of Object.entries(fields)) for (const v of Array.isArray(value) ? value : [value]) body.append(key, v);
  return new Request(BASE + path, { method: "POST", headers, body: body.toString() });
}

/** "cafe_session=…" from a Set-Cookie header, or null. An expired (cleared) cookie gives "". */
export function cookieFrom(response: Response): string | null {
  const header = response.headers.get("Set-Cookie");
  if (!header) return null;
  const pair = header.split(";")[0] ?? "";
  return /Max-Age=0|Expires=Thu, 01 Jan 1970/i.test(header) ? "" : pair;
}

export async function signInCookieFor(userId: string): Promise<string> {
  const header = await startSignInSession(userId);
  return header.split(";")[0]!;
}

/** A sign-in cookie for one of the demo accounts (admin@example.org, cafe@example.org…). */
export async function demoCookie(email: string): Promise<string> {
  return signInCookieFor((await prisma.user.findUniqueOrThrow({ where: { email } })).id);
}

export async function userFromCookie(cookie: string | null) {
  if (!cookie) return null;
  return getUser(get("/", cookie));
}

/** Client addresses in `prefix` ("198.51.100"), a new one each call, so per-address limits do not leak between tests. */
export function addresses(prefix: string): () => string {
  let n = 0;
  return () => `${prefix}.${++n}`;
}

let counter = 0;
export function uniqueEmail(label: string): string {
  counter += 1;
  return `${label}-${counter}-${Math.random().toString(36).slice(2, 8)}@tests.example`;
}

export async function makeUser(
  roles: { role: Role; organisationId?: string | null; cafeId?: string | null }[] = [],
  options: { email?: string; name?: string; password?: string } = {},
) {
  return createUserWithRoles({
    email: options.email ?? uniqueEmail(roles[0]?.role ?? "user"),
    name: options.name ?? "Test Person",
    password: options.password ?? TEST_PASSWORD,
    roles,
  });
}

/** An organisation with one café, made for the test (independent of the demo data). */
export async function makeOrganisationWithCafe(label: string) {
  const suffix = `${label}-${Math.random().toString(36).slice(2, 8)}`;
  const organisation = await prisma.organisation.create({
    data: { slug: `org-${suffix}`, name: `Organisation ${suffix}`, town: "Leicester" },
  });
  const cafe = await prisma.cafe.create({
    data: {
      slug: `cafe-${suffix}`,
      name: `Café ${suffix}`,
      organisationId: organisation.id,
      status: "setting-up",
      addressLine1: "1 High Street",
      town: "Leicester",
      postcode: "LE1 1AA",
      lat: 52.636,
      lng: -1.133,
    },
  });
  return { organisation, cafe };
}

export async function json<T = Record<string, unknown>>(response: Response): Promise<T> {
  return (await response.clone().json()) as T;
}
