import { getEnv } from "./env.server";

/**
 * Security headers for every HTML response. Scripts run only with this response's nonce
 * ('strict-dynamic' lets those scripts load the app's own modules); map tiles may come from the
 * configured tile server; nothing may frame the site.
 */
export function contentSecurityPolicy(nonce: string): string {
  const tileOrigin = tileServerOrigin(getEnv().MAP_TILE_URL);
  const img = ["'self'", "data:", tileOrigin].filter(Boolean).join(" ");
  return [
    "default-src 'self'",
    `script-src 'nonce-${nonce}' 'strict-dynamic' 'self'`,
    // Leaflet positions tiles and markers with inline styles.
    "style-src 'self' 'unsafe-inline'",
    `img-src ${img}`,
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "manifest-src 'self'",
  ].join("; ");
}

export function tileServerOrigin(template: string): string | null {
  if (!template || template === "none") return null;
  try {
    const url = new URL(template.replace(/\{[a-z]\}/g, "a"));
    // Tile templates often use a {s} subdomain: allow all subdomains of the host.
    const host = template.includes("{s}.") ? `*.${url.host.split(".").slice(1).join(".")}` : url.host;
    return `${url.protocol}//${host}`;
  } catch {
    return null;
  }
}

/** Headers for every response, pages and files alike. */
export const baseSecurityHeaders: Record<string, string> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "same-origin",
  "X-Frame-Options": "DENY",
  "Cross-Origin-Opener-Policy": "same-origin",
  "Permissions-Policy": "camera=(), microphone=(), payment=(), geolocation=(self)",
};

/**
 * Headers that depend on how the site is reached: when APP_URL is https, browsers are told to use https
 * only, for a year, on the site and its subdomains (HSTS). server.js adds them to every response.
 */
export function transportSecurityHeaders(): Record<string, string> {
  const url = getEnv().APP_URL;
  return url?.startsWith("https://") ? { "Strict-Transport-Security": "max-age=31536000; includeSubDomains" } : {};
}

/** The page-specific header; server.js adds baseSecurityHeaders to every response. */
export function applySecurityHeaders(headers: Headers, nonce: string) {
  headers.set("Content-Security-Policy", contentSecurityPolicy(nonce));
}

/**
 * Pages about one person, or that carry a secret in their address: signing in, resetting a password,
 * accepting an invitation, the account, and every staff area. With their data requests (`/account.data`).
 */
const PERSONAL_ADDRESS = /^\/(?:sign-in|sign-out|forgot-password|reset-password|invitations|account|manage|admin|cap|coverage|grants|panel|organisation)(?:$|\/|\.data$)/;

/**
 * A response no browser or proxy may keep: anything sent to a signed-in person (only the sign-in cookie is
 * ever set, so any cookie counts) and every personal page. Anonymous public pages are left to their own
 * caching (public-cache.server.ts caches only requests without a cookie).
 */
export function isPersonalRequest(request: Request): boolean {
  if (request.headers.has("cookie") || request.headers.has("authorization")) return true;
  return PERSONAL_ADDRESS.test(new URL(request.url).pathname);
}

export const PRIVATE_CACHE_CONTROL = "private, no-store";
