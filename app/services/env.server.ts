import { z } from "zod";

/**
 * All configuration of the app, read and validated in one place (server.js alone reads HOST, TRUST_PROXY
 * and ROUTE_SUBSETS, which it needs before the app is loaded). Every value has a safe default for the
 * embedded setup (SQLite file, no email provider, demo data on), so `npm start` needs no settings.
 * server.js checks it all at start (app/services/startup.server.ts).
 */
const flag = (fallback: boolean) =>
  z
    .string()
    .optional()
    .transform((v) => {
      if (v === undefined || v === "") return fallback;
      return !["0", "false", "off", "no"].includes(v.trim().toLowerCase());
    });

const optionalText = z
  .string()
  .optional()
  .transform((v) => (v && v.trim() !== "" ? v.trim() : undefined));

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  DATABASE_URL: z.string().default("file:./data/cafe-network.db"),
  /** Secret(s) for signing the session cookie, comma-separated to allow rotation. */
  SESSION_SECRET: optionalText,
  /** Public base URL used in links inside emails, e.g. https://cafes.example.org */
  APP_URL: optionalText,
  RESEND_API_KEY: optionalText,
  RESEND_BASE_URL: optionalText,
  EMAIL_FROM: z.string().default("Café Network <no-reply@cafe-network.invalid>"),
  /** The Central Access Point's free 24/7 number. The planning documents do not give it. */
  CAP_PHONE: optionalText,
  /** "off" in a real deployment: demo records are never loaded. */
  DEMO_DATA: flag(true),
  /** Fixes "now" (an ISO instant) for browser tests and demonstrations. */
  FIXED_NOW: optionalText,
  /** Map tile URL template; "none" draws the map without tiles. */
  MAP_TILE_URL: z.string().default("https://tile.openstreetmap.org/{z}/{x}/{y}.png"),
  MAP_TILE_ATTRIBUTION: z
    .string()
    .default('&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors'),
  /** Optional online postcode API (postcodes.io compatible) for postcodes the shipped tables lack. */
  POSTCODE_API_URL: optionalText,
  /** Multiplies rate limits, for tests that sign in many times; never set in a real deployment (the server warns). */
  RATE_LIMIT_FACTOR: z.coerce.number().positive().default(1),
  /** How often the email sender looks at the outbox, in milliseconds. */
  OUTBOX_POLL_MS: z.coerce.number().int().positive().default(5000),
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

export function isSqlite(url = getEnv().DATABASE_URL) {
  return url.startsWith("file:");
}

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
  };
}
export type PublicEnv = ReturnType<typeof publicEnv>;
