/**
 * Freshness of the public pages (finder, café pages, areas) and the cache of their rendered responses.
 *
 * ## invalidatePublicData()
 *
 * Call it after any write that changes what the public sees: a café's details, status, tags, offers,
 * weekly sessions or exceptions, or a tag's label. On this instance it drops every cached page and makes
 * the index of listed cafés that the finder searches reload before the next search
 * (app/modules/cafe/listed-index.server.ts). On PostgreSQL it also tells the other instances
 * (./change-feed.server.ts), which do the same within a second or two; on SQLite, and on PostgreSQL when
 * that news is lost, other writers' changes are noticed within about 30 seconds (the index checks the
 * database for changes) plus PUBLIC_CACHE_SECONDS.
 *
 * ## publicPageCache() — an Express middleware
 *
 * server.js mounts it in production (before the Remix handler). It keeps rendered public pages in memory:
 * - only anonymous GET requests (no Cookie, no Authorization header) for `/`, `/cafes/…` and `/areas…` (and
 *   the same under a language prefix: `/gu`, `/gu/cafes/…`), keyed by address and, for an English page, the
 *   language its notice offers the reader (Accept-Language; see cacheKey), and
 *   the data the browser asks for while navigating to them (single fetch: `/_root.data`, `/cafes/….data`),
 *   and the Open Referral UK API (`/api/oruk…`, JSON; its per-client rate limit counts only what the
 *   cache does not answer);
 * - only 200 responses without Set-Cookie: HTML, JSON, or single fetch's data (`text/x-script`);
 * - for at most PUBLIC_CACHE_SECONDS (0 turns the cache off; at most 60), and **never across a London
 *   minute boundary** (by the app's clock, so FIXED_NOW is honoured): "Open now until 9pm" and "Opens
 *   today at 5pm" are minute-precise, so a page rendered at 17:59 is not served at 18:00;
 * - the Content-Security-Policy nonce differs per response: the body is stored split at its nonce, and
 *   each hit is joined with this response's fresh nonce (res.locals.cspNonce, made by server.js) and
 *   gets a CSP header with that nonce. No two responses ever share a nonce.
 * Each response says `X-Public-Cache: hit` or `miss` (or nothing when the request is not cacheable).
 */
import type { NextFunction, Request, Response } from "express";
import { onChange, publishChange } from "./change-feed.server";
import { now } from "./clock.server";
import { getEnv } from "./env.server";
import { contentSecurityPolicy } from "./security-headers.server";
import { DEFAULT_LOCALE, localeOfPath, suggestedLocale } from "~/lib/i18n/locales";

// ---------------------------------------------------------------------------------------------------------
// Versions of the public data

let version = 0;

/** A number that changes whenever invalidatePublicData() is called. */
export function publicDataVersion(): number {
  return version;
}

/** What this instance does when the public data changed, here or on another instance. */
function forgetPublicData(): void {
  version += 1;
  pages.clear();
  cachedBytes = 0;
}

/**
 * The public data changed (call it after the change committed): forget every cached page and reload the
 * search index before the next search, here and on every other instance.
 */
export function invalidatePublicData(): void {
  forgetPublicData();
  publishChange(PUBLIC_DATA_TOPIC);
}

export const PUBLIC_DATA_TOPIC = "public-data";

type Reloader = (version: number) => Promise<void>;
let reloader: Reloader | undefined;
let remoteReload: Promise<void> | undefined;
let remoteAgain = false;

/**
 * How this instance gets ready for news of a change made on another instance: `reload(version)` builds
 * what the public pages read (the index of listed cafés) for the version that follows, while requests
 * are still answered from the current one; the cached pages are dropped once it is ready. So a change
 * made elsewhere never makes this instance's requests wait for a rebuild. Without one, news just
 * forgets the data (the next request waits for the rebuild, as after a local change).
 */
export function reloadPublicDataWith(reload: Reloader): void {
  reloader = reload;
}

function heardOfChange(): void {
  if (!reloader) return forgetPublicData();
  if (remoteReload) {
    remoteAgain = true;
    return;
  }
  const started = version;
  const reload = reloader;
  remoteReload = reload(started + 1)
    .catch((error: unknown) => console.error("[public data] could not reload after a change elsewhere", error))
    .finally(() => {
      remoteReload = undefined;
      // A change made here meanwhile has made the next request reload anyway: the index built may predate it.
      if (version === started) forgetPublicData();
      if (remoteAgain) {
        remoteAgain = false;
        heardOfChange();
      }
    });
}

onChange((topic) => {
  if (topic === PUBLIC_DATA_TOPIC || topic === "*") heardOfChange();
});

/** For tests: resolves when a reload after news from another instance has finished. */
export async function settledPublicData(): Promise<void> {
  while (remoteReload) await remoteReload;
}

// ---------------------------------------------------------------------------------------------------------
// The page cache

type Entry = {
  status: number;
  headers: [string, string | string[]][];
  /** The body (UTF-8) split at the nonce it was rendered with */
  parts: Buffer[];
  hadCsp: boolean;
  /** Date.now() after which the entry is no longer served */
  expiresAt: number;
  /** The app clock's minute (ms / 60,000) it was rendered in */
  minute: number;
  version: number;
  bytes: number;
};

const MAX_ENTRIES = 5000;
/** About 1,500 result pages of 45 KB. */
const MAX_TOTAL_BYTES = 64 * 1024 * 1024;
const MAX_BODY_BYTES = 2 * 1024 * 1024;
const MAX_KEY_LENGTH = 2048;

const pages = new Map<string, Entry>();
let cachedBytes = 0;

/** Headers that are per response, added by other middleware, or unsafe to replay. */
const SKIPPED_HEADERS = new Set([
  "content-length",
  "content-encoding",
  "transfer-encoding",
  "connection",
  "keep-alive",
  "date",
  "etag",
  "vary",
  "set-cookie",
  "content-security-policy",
  "x-public-cache",
]);

/** The minute of the app's clock. London's offset from UTC is whole hours, so its minutes are UTC's. */
export function clockMinute(at: Date = now()): number {
  return Math.floor(at.getTime() / 60_000);
}

/** Paths whose anonymous GET responses may be cached. */
export function isCacheablePath(pathname: string): boolean {
  if (pathname === "/_root.data" || pathname === "/areas.data") return true;
  if (pathname === "/api/oruk" || pathname.startsWith("/api/oruk/")) return true;
  // The same pages in another language: /gu, /gu.data, /gu/cafes/…, /gu/areas…
  const locale = localeOfPath(pathname);
  if (locale !== DEFAULT_LOCALE) {
    if (pathname === `/${locale}` || pathname === `/${locale}.data`) return true;
    const rest = pathname.slice(locale.length + 1);
    return rest.startsWith("/cafes/") || rest === "/areas" || rest === "/areas.data" || rest.startsWith("/areas/");
  }
  return pathname === "/" || pathname.startsWith("/cafes/") || pathname === "/areas" || pathname.startsWith("/areas/");
}

/**
 * The key of a cached response: its address, and for an English page the language its notice offers
 * (from Accept-Language: app/root.tsx), so a page offering one language is never served to a request
 * that should be offered another, or none. Responses say `Vary: Accept-Language`.
 */
export function cacheKey(url: string, pathname: string, acceptLanguage: string | undefined): string {
  if (localeOfPath(pathname) !== DEFAULT_LOCALE || pathname.startsWith("/api/")) return url;
  return `${suggestedLocale(acceptLanguage) ?? DEFAULT_LOCALE} ${url}`;
}

function fresh(entry: Entry): boolean {
  return Date.now() < entry.expiresAt && entry.minute === clockMinute() && entry.version === version;
}

function store(key: string, entry: Entry) {
  const old = pages.get(key);
  if (old) {
    pages.delete(key);
    cachedBytes -= old.bytes;
  }
  while (pages.size >= MAX_ENTRIES || (pages.size > 0 && cachedBytes + entry.bytes > MAX_TOTAL_BYTES)) {
    const oldest = pages.keys().next().value;
    if (oldest === undefined) break;
    cachedBytes -= pages.get(oldest)?.bytes ?? 0;
    pages.delete(oldest);
  }
  pages.set(key, entry);
  cachedBytes += entry.bytes;
}

/** Splits a body at every occurrence of `separator`. */
function splitBuffer(body: Buffer, separator: Buffer): Buffer[] {
  const parts: Buffer[] = [];
  let from = 0;
  for (let at = body.indexOf(separator, from); at !== -1; at = body.indexOf(separator, from)) {
    parts.push(body.subarray(from, at));
    from = at + separator.length;
  }
  parts.push(body.subarray(from));
  return parts;
}

function joinParts(parts: Buffer[], nonce: string): Buffer {
  if (parts.length === 1) return parts[0]!;
  const separator = Buffer.from(nonce);
  const pieces: Buffer[] = [];
  parts.forEach((part, i) => {
    if (i > 0) pieces.push(separator);
    pieces.push(part);
  });
  return Buffer.concat(pieces);
}

/** How many pages are cached now (for tests and diagnostics). */
export function cachedPageCount(): number {
  return pages.size;
}

/** Forgets every cached page without touching the data version (tests). */
export function clearPageCache(): void {
  pages.clear();
  cachedBytes = 0;
}

type Chunk = string | Uint8Array;

function toBuffer(chunk: Chunk, encoding?: unknown): Buffer {
  if (typeof chunk === "string") return Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8");
  return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}

/** The Express middleware (see the module comment). server.js calls `publicPageCache()` once. */
export function publicPageCache() {
  return function publicPageCacheMiddleware(req: Request, res: Response, next: NextFunction) {
    const seconds = getEnv().PUBLIC_CACHE_SECONDS;
    const nonce: unknown = res.locals.cspNonce;
    const key = cacheKey(req.originalUrl, req.path, req.headers["accept-language"]);
    if (
      req.method !== "GET" ||
      req.headers.cookie !== undefined ||
      req.headers.authorization !== undefined ||
      typeof nonce !== "string" ||
      nonce === "" ||
      key.length > MAX_KEY_LENGTH ||
      !isCacheablePath(req.path)
    ) {
      return next();
    }

    if (seconds > 0) {
      const entry = pages.get(key);
      if (entry && fresh(entry)) {
        // Most recently used last, so eviction takes the least recently used.
        pages.delete(key);
        pages.set(key, entry);
        const body = joinParts(entry.parts, nonce);
        res.status(entry.status);
        for (const [name, value] of entry.headers) res.setHeader(name, value);
        if (entry.hadCsp) res.setHeader("Content-Security-Policy", contentSecurityPolicy(nonce));
        res.setHeader("X-Public-Cache", "hit");
        res.setHeader("Content-Length", body.length);
        res.end(body);
        return;
      }
      if (entry) {
        pages.delete(key);
        cachedBytes -= entry.bytes;
      }
      res.setHeader("X-Public-Cache", "miss");
    }

    // Let the app render, holding what it sends and sending it in one piece at the end: these pages have
    // nothing to stream, and one piece compresses far better than React's many small flushed chunks.
    const startedMinute = clockMinute();
    const startedVersion = version;
    const startedAt = Date.now();
    const chunks: Buffer[] = [];
    let bytes = 0;
    let passThrough = false;
    const write = res.write.bind(res) as (...a: unknown[]) => boolean;
    const end = res.end.bind(res) as (...a: unknown[]) => Response;
    const flush = (res as Response & { flush?: () => void }).flush;
    const collect = (chunk: unknown, encoding?: unknown): boolean => {
      if (chunk === undefined || chunk === null || typeof chunk === "function") return true;
      if (typeof chunk !== "string" && !(chunk instanceof Uint8Array)) return false;
      const buffer = toBuffer(chunk, encoding);
      bytes += buffer.length;
      chunks.push(buffer);
      return true;
    };
    /** Too big or odd to hold: send what was held and stream the rest. */
    const release = () => {
      passThrough = true;
      for (const chunk of chunks.splice(0)) write(chunk);
    };
    if (flush) (res as Response & { flush?: () => void }).flush = () => (passThrough ? flush.call(res) : undefined);
    res.write = function (...args: unknown[]) {
      if (passThrough) return write(...args);
      if (!collect(args[0], args[1])) {
        release();
        return write(...args);
      }
      if (bytes > MAX_BODY_BYTES) {
        // The chunk is held already: sending what is held sends it too.
        release();
        return true;
      }
      const callback = args.find((a) => typeof a === "function") as (() => void) | undefined;
      if (callback) process.nextTick(callback);
      return true;
    } as Response["write"];
    res.end = function (...args: unknown[]) {
      if (passThrough) return end(...args);
      const callback = args.find((a) => typeof a === "function") as (() => void) | undefined;
      if (!collect(args[0], args[1])) {
        release();
        return end(...args);
      }
      // Pages come in one piece now (entry.server.tsx renders them whole): no need to copy that piece.
      const body = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
      if (seconds > 0) {
        try {
          keep(body);
        } catch (error) {
          console.error("[public-cache] could not keep a page", error);
        }
      }
      if (!res.headersSent) res.setHeader("Content-Length", body.length);
      return callback ? end(body, callback) : end(body);
    } as Response["end"];

    const keep = (buffer: Buffer) => {
      if (res.statusCode !== 200 || res.getHeader("set-cookie") !== undefined) return;
      // Rendered across a minute boundary or a data change: its "now" may already be out of date.
      if (clockMinute() !== startedMinute || version !== startedVersion) return;
      const type = String(res.getHeader("content-type") ?? "");
      if (!/^(text\/html|application\/json|text\/x-script)/i.test(type)) return;
      const headers: [string, string | string[]][] = [];
      for (const [name, value] of Object.entries(res.getHeaders())) {
        if (value === undefined || SKIPPED_HEADERS.has(name.toLowerCase())) continue;
        headers.push([name, typeof value === "number" ? String(value) : value]);
      }
      store(key, {
        status: 200,
        headers,
        // A copy: the response's own buffer may be reused once sent.
        parts: splitBuffer(Buffer.from(buffer), Buffer.from(nonce)),
        hadCsp: res.getHeader("content-security-policy") !== undefined,
        expiresAt: startedAt + seconds * 1000,
        minute: startedMinute,
        version: startedVersion,
        bytes: buffer.length + key.length * 2 + 512,
      });
    };
    next();
  };
}
