/**
 * The site's open API (the Open Referral UK API under OPEN_API_PATH) as the request guard
 * (./request-guard.server.ts) sees it, before the app:
 *
 * - **Readable from any website.** Its answers carry `Access-Control-Allow-Origin: *` (the API's own
 *   module sets them), and a browser's CORS preflight (`OPTIONS` with `Origin` and
 *   `Access-Control-Request-Method`) is answered here with 204: any origin, the methods GET, HEAD and
 *   OPTIONS, the request headers the page asked for, and how long the browser may remember the answer.
 *   OPTIONS anywhere else on the site stays refused (405).
 * - **One base address for programs and people.** The API's base address answers its metadata as JSON
 *   (what the Open Referral UK specification asks of `GET /`). A browser opening the address without the
 *   trailing slash (`/api/oruk`, its Accept preferring HTML) gets the page explaining the API, which the
 *   app serves at that address; every other request for `/api/oruk` or `/api/oruk/` is sent to
 *   OPEN_API_METADATA_PATH, the JSON. Both answers say `Vary: Accept`.
 */
export const OPEN_API_PATH = "/api/oruk";
/** Where the app answers the API's metadata (JSON); see the module comment. */
export const OPEN_API_METADATA_PATH = "/api/oruk/metadata.json";
export const OPEN_API_METHODS = "GET, HEAD, OPTIONS";
/** Seconds a browser may keep a preflight's answer (browsers cap it: Chromium at 2 hours). */
export const PREFLIGHT_MAX_AGE_SECONDS = 86_400;
/** Request headers allowed when the preflight names none, or names them unreadably. */
const DEFAULT_ALLOWED_HEADERS = "Accept, Accept-Language, Content-Language, Content-Type, If-None-Match, If-Modified-Since";

export function isOpenApiPath(path: string): boolean {
  return path === OPEN_API_PATH || path.startsWith(`${OPEN_API_PATH}/`);
}

/** Header names as a preflight lists them: tokens separated by commas. */
const HEADER_LIST = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+(\s*,\s*[!#$%&'*+.^_`|~0-9A-Za-z-]+)*$/;

/** The headers of the answer to an OPTIONS request for the API (a CORS preflight or not). */
export function preflightHeaders(requestHeaders: Record<string, string | string[] | undefined>): Record<string, string> {
  const raw = requestHeaders["access-control-request-headers"];
  const asked = (Array.isArray(raw) ? raw.join(",") : (raw ?? "")).trim();
  const allowHeaders = asked.length > 0 && asked.length <= 1000 && HEADER_LIST.test(asked) ? asked : DEFAULT_ALLOWED_HEADERS;
  return {
    Allow: OPEN_API_METHODS,
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Methods": OPEN_API_METHODS,
    "Access-Control-Allow-Headers": allowHeaders,
    "Access-Control-Max-Age": String(PREFLIGHT_MAX_AGE_SECONDS),
    Vary: "Access-Control-Request-Headers",
    "Cache-Control": `public, max-age=${PREFLIGHT_MAX_AGE_SECONDS}`,
  };
}

/** The quality an Accept header gives a media type (exact beats `type/*` beats `*\/*`); 0 when none matches. */
function quality(accept: string, mediaType: string): number {
  const [type] = mediaType.split("/");
  let best = -1;
  let q = 0;
  for (const part of accept.split(",")) {
    const [range = "", ...params] = part.trim().toLowerCase().split(";");
    const name = range.trim();
    const specificity = name === mediaType ? 2 : name === `${type}/*` ? 1 : name === "*/*" ? 0 : -1;
    if (specificity < best || specificity < 0) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    const value = qParam ? Number(qParam.slice(2)) : 1;
    best = specificity;
    q = Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
  }
  return q;
}

/** True when the Accept header prefers HTML to JSON (a browser's does; a program's, or none, does not). */
export function prefersHtml(accept: string | undefined): boolean {
  if (!accept) return false;
  return quality(accept, "text/html") > quality(accept, "application/json");
}

/**
 * For a GET or HEAD of the API's base address: the address the app answers it at (the JSON metadata),
 * or null to leave it (the page for people at `/api/oruk`, or any other address).
 */
export function openApiRewrite(method: string, path: string, accept: string | undefined): string | null {
  if (method !== "GET" && method !== "HEAD") return null;
  if (path === `${OPEN_API_PATH}/`) return OPEN_API_METADATA_PATH;
  if (path === OPEN_API_PATH) return prefersHtml(accept) ? null : OPEN_API_METADATA_PATH;
  return null;
}
