import { isIP } from "node:net";
import { z } from "zod";

/**
 * All configuration of the app, read and validated in one place (server.js alone reads HOST and
 * ROUTE_SUBSETS). Every value has a safe default for the
 * embedded setup (SQLite file, no email provider, demo data on unless the deployment looks real), so
 * `npm start` needs no settings.
 * server.js checks it all at start (app/platform/startup.server.ts).
 */
const FLAG_WORDS: Record<string, boolean> = { on: true, true: true, yes: true, "1": true, off: false, false: false, no: false, "0": false };

/**
 * An on/off setting: on, off, true, false, yes, no, 1 or 0 (any case); unset or empty gives the default.
 * Returns undefined for anything else: a mistyped DEMO_DATA=disabled must not quietly count as on.
 */
export function readFlag(value: string | undefined, fallback: boolean): boolean | undefined {
  if (value === undefined || value.trim() === "") return fallback;
  return FLAG_WORDS[value.trim().toLowerCase()];
}

const flag = <T extends boolean | undefined>(fallback: T) =>
  z
    .string()
    .optional()
    .transform((v, ctx): boolean | T => {
      if (v === undefined || v.trim() === "") return fallback;
      const on = readFlag(v, false);
      if (on === undefined) {
        ctx.addIssue({ code: "custom", message: `must be "on" or "off" (or true/false, yes/no, 1/0), not ${JSON.stringify(v)}` });
        return z.NEVER;
      }
      return on;
    });

const optionalText = z
  .string()
  .optional()
  .transform((v) => (v && v.trim() !== "" ? v.trim() : undefined));

/** An http(s) address, e.g. APP_URL=https://cafes.example.org; unset or empty leaves it unset. */
export function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "https:" || url.protocol === "http:") && url.hostname !== "" && !url.search && !url.hash;
  } catch {
    return false;
  }
}

const optionalWebAddress = optionalText.refine((v) => v === undefined || isWebAddress(v), {
  message: "must be a web address starting with https:// or http://, e.g. https://cafes.example.org",
});

const EMAIL_PATTERN = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;
/** "address@example.org" or "Name <address@example.org>", as email senders are written. */
export function isSenderAddress(value: string): boolean {
  const match = /^\s*(?:[^<>]*<\s*([^<>\s]+)\s*>|([^<>\s]+))\s*$/.exec(value);
  const address = match?.[1] ?? match?.[2];
  return !!address && EMAIL_PATTERN.test(address);
}

/** An ISO 8601 instant with its offset, e.g. 2026-11-25T18:30:00Z (what FIXED_NOW takes). */
export function isIsoInstant(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/i.test(value) && !Number.isNaN(new Date(value).getTime());
}

/** Each secret that signs the session cookie must be at least this long (the generated one is 64). */
export const MIN_SESSION_SECRET_LENGTH = 32;

/**
 * TRUST_PROXY as Express's "trust proxy" setting takes it: true/false, a number of proxies in front of
 * the server, or a comma-separated list of "loopback", "linklocal", "uniquelocal", IP addresses and
 * CIDR ranges (the default is "loopback"). Returns undefined when it is none of those.
 */
export function readTrustProxy(value: string | undefined): boolean | number | string | undefined {
  if (value === undefined || value.trim() === "") return "loopback";
  const v = value.trim();
  if (/^(true|false)$/i.test(v)) return v.toLowerCase() === "true";
  if (/^\d+$/.test(v)) return Number(v);
  const items = v.split(",").map((item) => item.trim());
  return items.every(isProxyAddress) ? items.join(",") : undefined;
}

function isProxyAddress(item: string): boolean {
  if (["loopback", "linklocal", "uniquelocal"].includes(item)) return true;
  const [address = "", prefix, ...rest] = item.split("/");
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  if (/^\d{1,3}$/.test(prefix)) return Number(prefix) <= (version === 4 ? 32 : 128);
  return version === 4 && isIP(prefix) === 4; // a netmask such as 255.255.255.0
}

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** The embedded SQLite file (file:…, the default) or a PostgreSQL server (postgresql://user:password@host:5432/database). */
  DATABASE_URL: z
    .string()
    .default("file:./data/cafe-network.db")
    .refine((v) => v.startsWith("file:") || isPostgresqlUrl(v), {
      message: "must be a SQLite file (file:./data/cafe-network.db) or a PostgreSQL address (postgresql://user:password@host:5432/database)",
    }),
  /** Secret(s) for signing the session cookie, comma-separated to allow rotation; each at least 32 characters. */
  SESSION_SECRET: optionalText.refine(
    (v) => v === undefined || v.split(",").every((s) => s.trim() === "" || s.trim().length >= MIN_SESSION_SECRET_LENGTH),
    { message: `each secret (comma-separated) must be at least ${MIN_SESSION_SECRET_LENGTH} characters long, e.g. the output of \`openssl rand -hex 32\`` },
  ),
  /** Public base URL used in links inside emails, e.g. https://cafes.example.org */
  APP_URL: optionalWebAddress,
  RESEND_API_KEY: optionalText,
  RESEND_BASE_URL: optionalWebAddress,
  EMAIL_FROM: z
    .string()
    .default("Café Network <no-reply@cafe-network.invalid>")
    .refine(isSenderAddress, { message: 'must be an email address, or a name and one: "Café Network <no-reply@example.org>"' }),
  /** Where uploaded files (grant application attachments) are kept, outside public/: a folder under the data folder. */
  /** The Central Access Point's free 24/7 number. The planning documents do not give it. */
  CAP_PHONE: optionalText,
  /**
   * Whether setup loads the demo records (with their accounts' public password): unset means on for a
   * local try-out and off where the deployment looks real (demoDataDecision).
   */
  DEMO_DATA: flag(undefined),
  /** Fixes "now" (an ISO instant) for browser tests and demonstrations. */
  FIXED_NOW: optionalText.refine((v) => v === undefined || isIsoInstant(v), {
    message: "must be an ISO 8601 instant with its time zone, e.g. 2026-11-25T18:30:00Z",
  }),
  /** Map tile URL template; "none" draws the map without tiles. */
  MAP_TILE_URL: z
    .string()
    .default("https://tile.openstreetmap.org/{z}/{x}/{y}.png")
    .refine((v) => v === "none" || (isWebAddress(v.replace(/\{[a-z]\}/g, "a")) && ["{z}", "{x}", "{y}"].every((p) => v.includes(p))), {
      message: 'must be "none" or a tile address starting with https:// with {z}, {x} and {y} in it',
    }),
  MAP_TILE_ATTRIBUTION: z
    .string()
    .default('&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors'),
  /** Days after a booked session that the caller's name, number and needs are erased (counts are kept). */
  BOOKING_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  /** Optional online postcode API (postcodes.io compatible) for postcodes the shipped tables lack. */
  POSTCODE_API_URL: optionalWebAddress,
  /** Multiplies rate limits, for tests that sign in many times; never set in a real deployment (the server warns). */
  RATE_LIMIT_FACTOR: z.coerce.number().positive().default(1),
  /** How often the email sender looks at the outbox, in milliseconds. */
  OUTBOX_POLL_MS: z.coerce.number().int().positive().default(5000),
  /** Which proxies in front of the server Express trusts for the client's address (readTrustProxy). */
  TRUST_PROXY: z
    .string()
    .optional()
    .transform((v, ctx) => {
      const setting = readTrustProxy(v);
      if (setting === undefined) {
        ctx.addIssue({
          code: "custom",
          message: 'must be true, false, a number of proxies, or a comma-separated list of "loopback", "linklocal", "uniquelocal", IP addresses and CIDR ranges',
        });
        return z.NEVER;
      }
      return setting;
    }),
  /** Minutes without use after which a sign-in session ends (at most the sessions' 30 days). */
  SESSION_IDLE_MINUTES: z.coerce
    .number({ error: "must be a whole number of minutes, e.g. 240" })
    .int("must be a whole number of minutes, e.g. 240")
    .min(5, "must be at least 5 minutes")
    .max(43_200, "must be at most 43200 minutes (30 days, how long a sign-in session lasts)")
    .default(240),
  // ---- grants: 360Giving export
  /** The publisher prefix 360Giving gave the funder (grant ids are `360G-<prefix>-<reference>`). */
  GRANTS_360_PREFIX: z
    .string()
    .default("cafe-network")
    .refine((v) => /^[A-Za-z0-9][A-Za-z0-9-]{0,39}$/.test(v), { message: "must be letters, digits and hyphens (the prefix 360Giving gave you, without 360G-)" }),
  /** The funder's organisation identifier (org-id.guide, e.g. GB-CHC-1234567); unset: `360G-<prefix>`. */
  GRANTS_FUNDER_ID: optionalText.refine((v) => v === undefined || /^[A-Za-z0-9][A-Za-z0-9-]{2,60}$/.test(v), {
    message: "must be an organisation identifier such as GB-CHC-1234567",
  }),
  /** Seconds a public search result may be cached (at most 60: "open now" is minute-precise). */
  PUBLIC_CACHE_SECONDS: z.coerce.number().int().min(0).max(60).default(30),
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

export function getEnv(): Env {
  if (!cached) {
    const parsed = schema.safeParse(process.env);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
      throw new Error(`Invalid configuration: ${problems}`);
    }
    cached = parsed.data;
  }
  return cached;
}

/** For tests that change process.env between cases. */
export function resetEnvCache() {
  cached = undefined;
}

export function isSqlite(url: string = getEnv().DATABASE_URL): boolean {
  return url.startsWith("file:");
}

/** A postgresql:// (or postgres://) address with a host and a database name. */
function isPostgresqlUrl(url: string): boolean {
  if (!/^postgres(ql)?:\/\//.test(url)) return false;
  try {
    const parsed = new URL(url);
    return parsed.hostname !== "" && parsed.pathname.length > 1;
  } catch {
    return false;
  }
}

export function isPostgresql(url: string = getEnv().DATABASE_URL): boolean {
  return isPostgresqlUrl(url);
}

/**
 * What makes the deployment look real rather than a local try-out: an https APP_URL, a SESSION_SECRET,
 * or a database other than the embedded SQLite file. Each as a phrase for messages; empty when none.
 */
export function realDeploymentSigns(env: Env = getEnv()): string[] {
  const signs: string[] = [];
  if (env.APP_URL && new URL(env.APP_URL).protocol === "https:") signs.push(`APP_URL is ${env.APP_URL}`);
  if (env.SESSION_SECRET) signs.push("SESSION_SECRET is set");
  if (!isSqlite(env.DATABASE_URL)) signs.push("DATABASE_URL is not the embedded SQLite file");
  return signs;
}

/**
 * Whether setup loads the demo data: DEMO_DATA=on or off when given; unset, only when the deployment does
 * not look real (a fresh clone with no settings does: `npm start` shows the demo). `reason` says why not.
 */
export function demoDataDecision(env: Env = getEnv()): { load: true } | { load: false; reason: string } {
  if (env.DEMO_DATA === true) return { load: true };
  if (env.DEMO_DATA === false) return { load: false, reason: "DEMO_DATA is off" };
  const signs = realDeploymentSigns(env);
  if (signs.length === 0) return { load: true };
  return { load: false, reason: `this looks like a real deployment (${signs.join(", ")}) and DEMO_DATA=on is not set` };
}

/** The app's public address (APP_URL, or this machine's on a local try-out), without a trailing "/". */
export function appUrl(): string {
  const env = getEnv();
  return (env.APP_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, "");
}

/** The public configuration the browser may see. Never put secrets here. */
export function publicEnv() {
  const env = getEnv();
  return {
    capPhone: env.CAP_PHONE ?? null,
    mapTileUrl: env.MAP_TILE_URL,
    mapTileAttribution: env.MAP_TILE_ATTRIBUTION,
    /** For full addresses the browser is given, e.g. the pages in other languages (hreflang) */
    appUrl: appUrl(),
  };
}
