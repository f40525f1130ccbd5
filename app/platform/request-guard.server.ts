/**
 * The checks every request passes before the app sees it. server.js mounts `requestGuard()` (exported by
 * entry.server.tsx) first, before the files and the app, so a refused request costs nothing:
 *
 * - **An address too long to be a page** (a path over MAX_PATH_LENGTH characters or with more than
 *   MAX_PATH_SEGMENTS slashes; the query string is not counted) → 414. The app's deepest address has five
 *   segments; matching a path against the routes costs time that grows faster than its length.
 * - **A method the site does not use** (anything but GET, HEAD and POST) → 405 with `Allow: GET, HEAD, POST`.
 *   The one exception is OPTIONS for the open API (./open-api.server.ts): a browser's CORS preflight there
 *   is answered at once with 204 and the API's CORS headers, and the API's base address is sent to the
 *   JSON metadata or the page for people by what the request accepts.
 * - **A form sent from another website**: a POST whose `Origin` is not the site's own (APP_URL's origin, or,
 *   when APP_URL is not set, the host the request was sent to) — including `null` and unreadable origins —
 *   or whose `Sec-Fetch-Site` says it came from another site (anything but `same-origin` and `none`) → 403.
 *   This covers full-page posts and the data requests of the browser's scripts (`/sign-in.data`,
 *   `?_data=`) alike. A request without either header (older browsers, scripts) is let through: the session
 *   cookie is SameSite=Lax, so another site's form never carries it.
 * - **An address whose percent-escapes do not decode** (e.g. /%ZZ) cannot name any page → 400.
 *
 * A refused request is answered with one of the site's own pages (the urgent-help numbers at the top, as
 * on every page): the request is turned into a GET of REFUSED_ADDRESS, a short address no route but the
 * catch-all matches, so the app renders its not-found page at little cost; the response gets the refusal's
 * status. `res.locals.refusal` names the reason, and server.js hands it to the app as `context.refusal`,
 * so the catch-all route can say why a form was refused.
 */
import type { NextFunction, Request, Response } from "express";
import { getEnv } from "./env.server";
import { isOpenApiPath, openApiRewrite, preflightHeaders } from "./open-api.server";

export const MAX_PATH_LENGTH = 2048;
export const MAX_PATH_SEGMENTS = 32;
export const ALLOWED_METHODS = ["GET", "HEAD", "POST"] as const;
/** The address a refused request is answered as (app/routes/$.tsx matches it). */
export const REFUSED_ADDRESS = "/__refused__";

export type Refusal = "too-long" | "method" | "cross-site-form" | "undecodable";

const STATUS: Record<Refusal, number> = { "too-long": 414, method: 405, "cross-site-form": 403, undecodable: 400 };

/** What the guard reads of a request (header names in lower case, as Node gives them). */
export type GuardedRequest = {
  method: string;
  /** The path as sent, without the query string, not decoded */
  path: string;
  headers: Record<string, string | string[] | undefined>;
  /** "http" or "https", as Express reads it (honouring TRUST_PROXY) */
  protocol: string;
};

function header(request: GuardedRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function decodes(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

/** The origins a form of this site is sent from. */
export function ownOrigins(request: GuardedRequest, appUrl: string | undefined): string[] {
  if (appUrl) return [new URL(appUrl).origin];
  // As Remix reads the request's host: a proxy's X-Forwarded-Host first, else Host.
  const host = header(request, "x-forwarded-host")?.split(",")[0]?.trim() || header(request, "host");
  if (!host) return [];
  return [`${request.protocol}://${host}`, `http://${host}`, `https://${host}`];
}

/** True when the request says it was sent by a page of another site. */
export function isCrossSite(request: GuardedRequest, appUrl: string | undefined): boolean {
  const site = header(request, "sec-fetch-site");
  if (site !== undefined && site !== "same-origin" && site !== "none") return true;
  const origin = header(request, "origin");
  if (origin === undefined) return false;
  let parsed: string;
  try {
    parsed = new URL(origin).origin;
  } catch {
    return true;
  }
  // "null" (a sandboxed or privacy-sensitive context) does not parse: it is never this site.
  return !ownOrigins(request, appUrl).includes(parsed);
}

/** Why a request is refused before the app sees it, or null. See the module comment. */
export function refusalFor(request: GuardedRequest, appUrl: string | undefined): Refusal | null {
  const { path } = request;
  if (path.length > MAX_PATH_LENGTH) return "too-long";
  let slashes = 0;
  for (let i = 0; i < path.length; i++) if (path.charCodeAt(i) === 47 && ++slashes > MAX_PATH_SEGMENTS) return "too-long";
  const allowed = (ALLOWED_METHODS as readonly string[]).includes(request.method) || (request.method === "OPTIONS" && isOpenApiPath(path));
  if (!allowed) return "method";
  if (request.method === "POST" && isCrossSite(request, appUrl)) return "cross-site-form";
  if (!decodes(path)) return "undecodable";
  return null;
}

/**
 * A form of this site (its Origin is APP_URL's, checked above) reached the server through a proxy that
 * sent another Host (nginx's default is the upstream's address), or by the server's own address. Remix
 * compares the Origin with the request's host once more, and would fail such a form with a bare 500: the
 * request is told the host it was sent to, APP_URL's.
 */
export function alignHostWithAppUrl(headers: GuardedRequest["headers"], appUrl: string) {
  headers["x-forwarded-host"] = new URL(appUrl).host;
}

/**
 * The app asks for data the single-fetch way (`<page>.data`). An old-style `?_data=<route>` request goes
 * down a path of Remix's that breaks on data with a `status` field (a 500); without the parameter it is a
 * request for the page itself, which is what anyone following such an address wants.
 */
export function withoutOldDataParameter(url: string): string {
  const query = url.indexOf("?");
  if (query < 0 || !url.includes("_data", query)) return url;
  const params = new URLSearchParams(url.slice(query + 1));
  if (!params.has("_data")) return url;
  params.delete("_data");
  const rest = params.toString();
  return url.slice(0, query) + (rest ? `?${rest}` : "");
}

/** The Express middleware (see the module comment). server.js calls `requestGuard()` once. */
export function requestGuard() {
  const appUrl = getEnv().APP_URL;
  return function requestGuardMiddleware(req: Request, res: Response, next: NextFunction) {
    const refusal = refusalFor({ method: req.method, path: req.path, headers: req.headers, protocol: req.protocol }, appUrl);
    if (refusal === null) {
      if (req.method === "OPTIONS") {
        // Only the open API gets here with OPTIONS (refusalFor): its CORS preflight, answered now.
        res.set(preflightHeaders(req.headers)).status(204).end();
        return;
      }
      if (req.method === "POST" && appUrl && req.headers.origin !== undefined) alignHostWithAppUrl(req.headers, appUrl);
      req.url = withoutOldDataParameter(req.url);
      const apiAddress = openApiRewrite(req.method, req.path, req.headers.accept);
      if (apiAddress !== null) {
        const query = req.url.indexOf("?");
        // Both: the app reads the address from originalUrl, the page cache keys by it.
        req.url = req.originalUrl = apiAddress + (query < 0 ? "" : req.url.slice(query));
      }
      return next();
    }
    const status = STATUS[refusal];
    res.locals.refusal = refusal;
    if (refusal === "method") res.setHeader("Allow", ALLOWED_METHODS.join(", "));
    req.url = req.originalUrl = REFUSED_ADDRESS;
    if (req.method !== "HEAD") req.method = "GET";
    // Nothing a refused form sent is read.
    delete req.headers["content-type"];
    delete req.headers["content-length"];
    const setStatus = res.status.bind(res);
    res.status = (code: number) => setStatus(code === 404 ? status : code);
    next();
  };
}
