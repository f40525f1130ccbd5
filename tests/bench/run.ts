/**
 * The finder's benchmark (`npm run bench`): figures, not a test. Prints requests/s and latency at 50
 * connections against the production build, and the finder page's weight.
 *
 * 1. Builds the app for production (skip with BENCH_SKIP_BUILD=1).
 * 2. Prepares two databases under tests/.tmp/bench/: the normal setup with the demo data (LLR scale), and
 *    a synthetic national-scale one (10,000 cafés, 1,250 footprints; scripts/generate-national-dataset.ts).
 * 3. For each scenario, starts `node server.js` (NODE_ENV=production, so the public page cache is mounted)
 *    on its own port and runs autocannon for BENCH_DURATION seconds (default 12) after a short warm-up:
 *    a. a static file from the same server (/favicon.svg), the reference;
 *    b. one postcode search repeated (hot);
 *    c. a mix of 1,000 distinct LLR postcodes (cold), with the response cache on (PUBLIC_CACHE_SECONDS=30,
 *       the default) and off (0: every request rendered, the honest cost of a search);
 *    d. with the cache off, the pages of the cafés those searches list, and a plain page (/privacy);
 *    e. the same mix over the national-scale database, cache on and off, and the finder's index rebuilt
 *       in-process on it (./index-build.ts): the longest the event loop is held (target ≤ 250 ms).
 * 4. Measures the finder page (results for a postcode) as a browser gets it before the map: the HTML and
 *    every stylesheet and script it references, gzipped by the server (the map's chunk and Leaflet's
 *    stylesheet load only after the page has hydrated and are not counted).
 * 5. "sustained": 60 s (BENCH_SUSTAINED_SECONDS) at a steady 200 requests/s (BENCH_SUSTAINED_RATE) over a
 *    mix of public searches (LLR postcodes, towns, with and without filters) and café pages, cache on as
 *    in production: errors and non-2xx answers, latency p50/p99/max, and the server's resident memory
 *    (RSS) at the start (after one pass over the mix), middle and end; memory is flat when the end is
 *    within 20% of the middle.
 * 6. "bookings" (./bookings.ts): CAP bookings per second against one café, and 200 concurrent requests
 *    over HTTP for the last place (exactly one must succeed).
 * 7. "coverage" (./coverage.ts): the time to build the coverage dashboard and its CSV, uncached, at LLR
 *    scale and national scale (target ≤ 500 ms).
 *
 * Databases: `--db sqlite` (the default), `--db postgresql` (fresh databases cafe_bench_llr_<run> and
 * cafe_bench_national_<run>, this run's own, dropped at the end, on BENCH_POSTGRES_URL, TEST_POSTGRES_URL or 127.0.0.1:5432: the finder scenarios,
 * the national dataset, the booking race and the coverage dashboard; the sustained load stays SQLite's), or `--db both`, which
 * prints the finder's figures of both side by side from the same run. Each table gives every scenario's
 * slowest request, and every failed request is listed with its cause.
 *
 * Scenarios are chosen by name: `npm run bench` runs all, `npm run bench -- finder` the finder's
 * (steps 3–4), `npm run bench -- sustained` the sustained load alone, `npm run bench -- bookings` the
 * bookings alone, `npm run bench -- coverage` the coverage dashboard alone.
 *
 * "Now" is the real clock unless BENCH_FIXED_NOW is set, so minute boundaries (after which cached pages
 * are rendered again) happen as in production. Other settings: BENCH_CONNECTIONS (50).
 * Results are also written to tests/.tmp/bench/results.json (results-sustained.json for the sustained load).
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { createClient } from "@libsql/client";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { get as httpGet } from "node:http";
import { createServer } from "node:net";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import autocannon from "autocannon";
import pg from "pg";
import { benchBookings, type BookingFigures } from "./bookings";
import { benchCoverage, reportTarget, type BuildFigures } from "./coverage";

const ROOT = process.cwd();
const DIR = path.resolve("tests/.tmp/bench");
const DURATION = Number(process.env.BENCH_DURATION ?? 12);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const WARMUP_SECONDS = 3;
const HOT_QUERY = "/?q=LE1+6RL";
const started = Date.now();

function log(message: string) {
  console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)}s] ${message}`);
}

function tsx(script: string, args: string[], env: Record<string, string>) {
  execFileSync(process.execPath, [path.resolve("node_modules/tsx/dist/cli.mjs"), script, ...args], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "ignore", "inherit"],
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const address = srv.address();
      const port = typeof address === "object" && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

type Server = { url: string; pid: number; stop(): Promise<void> };

const isPostgresqlUrl = (database: string) => /^postgres(ql)?:\/\//.test(database);
const BENCH_POSTGRES_URL = process.env.BENCH_POSTGRES_URL || process.env.TEST_POSTGRES_URL || "postgresql://postgres@127.0.0.1:5432/postgres";

/** This run's own suffix for PostgreSQL database names, so two runs at once never share a database. */
const RUN_ID = `${process.pid}_${Date.now().toString(36)}`;
/** The PostgreSQL databases this run created, dropped at the end (also on failure or Ctrl-C). */
const createdDatabases = new Set<string>();

/** A fresh, empty PostgreSQL database of this run's own (`<base>_<run>`), as a URL. */
async function freshPostgresDatabase(base: string): Promise<string> {
  const name = `${base}_${RUN_ID}`;
  const client = new pg.Client({ connectionString: BENCH_POSTGRES_URL });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${name}`);
    createdDatabases.add(name);
  } finally {
    await client.end();
  }
  const url = new URL(BENCH_POSTGRES_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Drops the PostgreSQL databases this run created. */
async function dropCreatedDatabases() {
  if (createdDatabases.size === 0) return;
  const client = new pg.Client({ connectionString: BENCH_POSTGRES_URL });
  try {
    await client.connect();
    for (const name of createdDatabases) {
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      createdDatabases.delete(name);
    }
  } catch (error) {
    console.error(`Could not drop the benchmark's databases (${[...createdDatabases].join(", ")}): ${String(error)}`);
  } finally {
    await client.end().catch(() => {});
  }
}

async function startServer(database: string, env: Record<string, string>): Promise<Server> {
  const port = await freePort();
  const fixedNow = process.env.BENCH_FIXED_NOW;
  const child: ChildProcess = spawn(process.execPath, ["server.js"], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      HOST: "127.0.0.1",
      DATABASE_URL: isPostgresqlUrl(database) ? database : `file:${database}`,
      SESSION_SECRET: "bench-session-secret-at-least-32-characters",
      APP_URL: `http://127.0.0.1:${port}`,
      MAP_TILE_URL: "none",
      FIXED_NOW: fixedNow ?? "",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (output += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The server exited early:\n${output}`);
    try {
      if ((await fetch(`${url}/healthcheck`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`The server did not start within 30 s:\n${output}`);
    await new Promise((r) => setTimeout(r, 150));
  }
  return {
    url,
    pid: child.pid!,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
      child.kill("SIGTERM");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
    },
  };
}

/** LLR postcodes from the shipped table, spread over the whole list; the first `count` after `skip`. */
function llrPostcodes(count: number, skip = 0): string[] {
  const llr = new Set(["E06000016", "E06000017", "E07000129", "E07000130", "E07000131", "E07000132", "E07000133", "E07000134", "E07000135"]);
  const all = readFileSync("prisma/data/llr-postcodes.csv", "utf8")
    .split(/\r?\n/)
    .slice(1)
    .map((l) => l.split(","))
    .filter((f) => f.length >= 4 && llr.has(f[3]!))
    .map((f) => f[0]!)
    .filter((pc) => pc !== "LE1 6RL");
  const step = Math.floor(all.length / (count + skip + 1));
  return Array.from({ length: count }, (_, i) => all[(i + skip) * step + 3]!);
}

const searchPath = (postcode: string) => `/?q=${encodeURIComponent(postcode).replace(/%20/g, "+")}`;

/** The café pages linked from the results of some searches. */
async function cafePaths(base: string, searches: string[]): Promise<string[]> {
  const found = new Set<string>();
  for (const search of searches) {
    const html = await (await fetch(base + search)).text();
    for (const m of html.matchAll(/href="(\/cafes\/[a-z0-9-]+)"/g)) found.add(m[1]!);
  }
  return [...found].sort();
}

/** What autocannon returns without a callback: an event emitter that is also the promise of its result. */
type LoadInstance = PromiseLike<Awaited<ReturnType<typeof autocannon>>> & {
  on(event: "response", listener: (client: unknown, status: number) => void): void;
  on(event: "reqError", listener: (error: Error & { code?: string }) => void): void;
};

type Figures = {
  reqPerSec: number;
  p99: number;
  mean: number;
  /** The slowest request, ms */
  max: number;
  requests: number;
  non2xx: number;
  errors: number;
  /** Each failed request's cause ("HTTP 503", "request timed out", "ECONNRESET"…) and how many */
  failures: Record<string, number>;
};

async function load(url: string, paths: string[] | null, seconds: number): Promise<Figures> {
  let next = 0;
  const failures: Record<string, number> = {};
  const failed = (cause: string) => (failures[cause] = (failures[cause] ?? 0) + 1);
  const instance = autocannon({
    url,
    connections: CONNECTIONS,
    duration: seconds,
    timeout: 10,
    ...(paths
      ? {
          requests: [
            {
              method: "GET",
              setupRequest: (request: { path: string }) => {
                request.path = paths[next++ % paths.length]!;
                return request;
              },
            },
          ],
        }
      : {}),
  }) as unknown as LoadInstance; // without a callback: both
  instance.on("response", (_client: unknown, status: number) => {
    if (status < 200 || status >= 300) failed(`HTTP ${status}`);
  });
  instance.on("reqError", (error: Error & { code?: string }) => failed(error.code ?? error.message));
  const result = await instance;
  return {
    reqPerSec: result.requests.average,
    p99: result.latency.p99,
    mean: result.latency.average,
    max: result.latency.max,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    failures,
  };
}

/** "3 × HTTP 503, 2 × request timed out", or "none". */
function failureText(failures: Record<string, number>): string {
  const entries = Object.entries(failures).sort((a, b) => b[1] - a[1]);
  return entries.length ? entries.map(([cause, n]) => `${n} × ${cause}`).join(", ") : "none";
}

/** Bytes of a response as sent with gzip allowed (compressed when the server compresses it). */
function gzippedBytes(url: string): Promise<{ bytes: number; body: string; encoding: string }> {
  return new Promise((resolve, reject) => {
    httpGet(url, { headers: { "Accept-Encoding": "gzip" } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => {
        const raw = Buffer.concat(chunks);
        const encoding = String(res.headers["content-encoding"] ?? "identity");
        let body = raw;
        if (encoding === "gzip") body = gunzipSync(raw);
        resolve({ bytes: raw.length, body: body.toString("utf8"), encoding });
      });
      res.on("error", reject);
    }).on("error", reject);
  });
}

async function pageWeight(base: string, pagePath: string) {
  const page = await gzippedBytes(base + pagePath);
  const assets = new Set<string>();
  for (const m of page.body.matchAll(/<link[^>]+href="(\/build\/[^"]+)"/g)) assets.add(m[1]!);
  for (const m of page.body.matchAll(/<script[^>]+src="(\/build\/[^"]+)"/g)) assets.add(m[1]!);
  for (const m of page.body.matchAll(/import\s*(?:[^"']*?from\s*)?["'](\/build\/[^"']+)["']/g)) assets.add(m[1]!);
  let css = 0;
  let js = 0;
  const sizes: { asset: string; bytes: number }[] = [];
  for (const asset of assets) {
    const { bytes } = await gzippedBytes(base + asset);
    sizes.push({ asset, bytes });
    if (asset.endsWith(".css")) css += bytes;
    else js += bytes;
  }
  sizes.sort((a, b) => b.bytes - a.bytes);
  return { html: page.bytes, css, js, total: page.bytes + css + js, files: assets.size, largest: sizes.slice(0, 5) };
}

// -------------------------------------------------------------------------------------------------------------

const kb = (n: number) => (n / 1024).toFixed(1);

const SCENARIOS = ["finder", "sustained", "bookings", "coverage"] as const;
type Scenario = (typeof SCENARIOS)[number];

type Db = "sqlite" | "postgresql";

/** `--db sqlite` (the default), `--db postgresql`, or `--db both` (side by side, from the same run). */
function chosenDatabases(args: string[]): { dbs: Db[]; rest: string[] } {
  const at = args.indexOf("--db");
  if (at === -1) return { dbs: ["sqlite"], rest: args };
  const value = args[at + 1] ?? "";
  const rest = args.filter((_, i) => i !== at && i !== at + 1);
  if (value === "both") return { dbs: ["sqlite", "postgresql"], rest };
  if (value === "sqlite" || value === "postgresql") return { dbs: [value], rest };
  throw new Error(`--db ${value}: choose sqlite, postgresql or both`);
}

function chosenScenarios(args: string[]): Scenario[] {
  if (args.length === 0) return [...SCENARIOS];
  const unknown = args.filter((a) => !(SCENARIOS as readonly string[]).includes(a));
  if (unknown.length) throw new Error(`Unknown scenario ${unknown.join(", ")}: choose from ${SCENARIOS.join(", ")}`);
  return SCENARIOS.filter((s) => args.includes(s));
}

const dataEnv: Record<string, string> = process.env.BENCH_FIXED_NOW ? { FIXED_NOW: process.env.BENCH_FIXED_NOW } : {};

/** The national database of each database, once generated in this run (`nationalDatabase`). */
const nationalDbs: Partial<Record<Db, string>> = {};

const USAGE = `Usage: npm run bench -- [scenario…] [--db sqlite|postgresql|both]

Scenarios (all when none is named): ${SCENARIOS.join(", ")}
  finder     public searches and café pages at LLR and national scale (50 connections)
  sustained  60 s at a steady rate, with the server's memory
  bookings   CAP bookings per second and the race for the last place
  coverage   the coverage dashboard and its CSV, uncached, at LLR and national scale (wall and CPU time)
--db       sqlite (the default), postgresql (BENCH_POSTGRES_URL, TEST_POSTGRES_URL or 127.0.0.1:5432;
           each run creates its own databases and drops them at the end), or both side by side
Settings: BENCH_SKIP_BUILD=1, BENCH_DURATION, BENCH_CONNECTIONS, BENCH_FIXED_NOW, BENCH_COVERAGE_RUNS,
BENCH_SUSTAINED_SECONDS, BENCH_SUSTAINED_RATE. Results: tests/.tmp/bench/results*.json`;

async function main() {
  if (process.argv.includes("--help") || process.argv.includes("-h")) {
    console.log(USAGE);
    return;
  }
  const { dbs, rest } = chosenDatabases(process.argv.slice(2));
  const scenarios = chosenScenarios(rest);
  mkdirSync(DIR, { recursive: true });
  if (process.env.BENCH_SKIP_BUILD !== "1") {
    log("building for production…");
    execFileSync("npm", ["run", "build", "--silent"], { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, NODE_ENV: "production" } });
  }

  const finderRows: Partial<Record<Db, FinderRows>> = {};
  for (const db of dbs) {
    let llrDb: string;
    if (db === "sqlite") {
      llrDb = path.join(DIR, "llr.db");
      for (const suffix of ["", "-journal", "-wal", "-shm"]) rmSync(llrDb + suffix, { force: true });
    } else {
      llrDb = await freshPostgresDatabase("cafe_bench_llr");
    }
    log(`preparing the LLR database on ${db} (reference and demo data)…`);
    tsx("scripts/setup.ts", [], { DATABASE_URL: isPostgresqlUrl(llrDb) ? llrDb : `file:${llrDb}`, DEMO_DATA: "on", SESSION_SECRET: "bench-session-secret-at-least-32-characters", ...dataEnv });
    if (scenarios.includes("finder")) finderRows[db] = await finder(llrDb, db);
    if (scenarios.includes("sustained")) {
      if (db === "sqlite") await sustained(llrDb);
      else log("sustained: SQLite only (skipped on PostgreSQL)");
    }
    if (scenarios.includes("bookings")) await bookings(llrDb, db);
    if (scenarios.includes("coverage")) await coverage(llrDb, db);
  }
  if (finderRows.sqlite && finderRows.postgresql) sideBySide(finderRows.sqlite, finderRows.postgresql);
  log("done");
}

type FinderRows = { name: string; figures: Figures }[];

/** The finder's scenarios on SQLite and PostgreSQL from the same run, side by side. */
function sideBySide(sqlite: FinderRows, postgresql: FinderRows) {
  console.log("");
  console.log("SQLite and PostgreSQL side by side (same run): req/s, mean ms, slowest ms, failed");
  for (const row of sqlite) {
    const other = postgresql.find((r) => r.name === row.name)?.figures;
    const cell = (f: Figures | undefined) => (f ? `${f.reqPerSec.toFixed(0).padStart(5)} ${f.mean.toFixed(0).padStart(6)} ${String(f.max).padStart(6)} ${String(f.non2xx + f.errors).padStart(4)}` : "—");
    console.log(`  ${row.name.padEnd(40)} SQLite ${cell(row.figures)}   PostgreSQL ${cell(other)}`);
  }
}

/** The synthetic national database on `db`, generated the first time a scenario asks for it in a run. */
async function nationalDatabase(db: Db): Promise<string> {
  let nationalDb = nationalDbs[db];
  if (!nationalDb) {
    log(`generating the national-scale database on ${db} (10,000 cafés, 1,250 footprints)…`);
    if (db === "sqlite") {
      nationalDb = path.join(DIR, "national.db");
      tsx("scripts/generate-national-dataset.ts", ["--out", nationalDb], dataEnv);
    } else {
      nationalDb = await freshPostgresDatabase("cafe_bench_national");
      tsx("scripts/generate-national-dataset.ts", ["--url", nationalDb], dataEnv);
    }
    nationalDbs[db] = nationalDb;
  }
  return nationalDb;
}

async function finder(llrDb: string, db: Db = "sqlite"): Promise<FinderRows> {
  const nationalDb = await nationalDatabase(db);
  const mix = llrPostcodes(1000).map(searchPath);
  const warm = llrPostcodes(200, 1000).map(searchPath);
  const rows: { name: string; figures: Figures }[] = [];

  const withServer = async (database: string, env: Record<string, string>, run: (s: Server) => Promise<void>) => {
    const server = await startServer(database, env);
    try {
      // Warm up: JIT, the search index, the geocoding tables; with other postcodes than the measured mix.
      await load(server.url, ["/favicon.svg", ...warm], WARMUP_SECONDS);
      await run(server);
    } finally {
      await server.stop();
    }
  };

  let weight: Awaited<ReturnType<typeof pageWeight>> | undefined;
  let home: Awaited<ReturnType<typeof pageWeight>> | undefined;

  await withServer(llrDb, {}, async (server) => {
    log(`static file (${DURATION}s)…`);
    rows.push({ name: "static file /favicon.svg", figures: await load(`${server.url}/favicon.svg`, null, DURATION) });
    log(`hot: one postcode search repeated (${DURATION}s)…`);
    rows.push({ name: "hot: one postcode repeated", figures: await load(`${server.url}${HOT_QUERY}`, null, DURATION) });
    log(`cold: 1,000 LLR postcodes, cache on (${DURATION}s)…`);
    rows.push({ name: "cold: 1,000 LLR postcodes (cache on)", figures: await load(server.url, mix, DURATION) });
    weight = await pageWeight(server.url, HOT_QUERY);
    home = await pageWeight(server.url, "/");
  });
  await withServer(llrDb, { PUBLIC_CACHE_SECONDS: "0" }, async (server) => {
    log(`cold: 1,000 LLR postcodes, cache off (${DURATION}s)…`);
    rows.push({ name: "cold: 1,000 LLR postcodes (cache off)", figures: await load(server.url, mix, DURATION) });
    const cafes = await cafePaths(server.url, mix.slice(0, 100));
    log(`café pages, cache off (${cafes.length} cafés, ${DURATION}s)…`);
    rows.push({ name: "café pages (cache off)", figures: await load(server.url, cafes, DURATION) });
    log(`a plain page, /privacy (${DURATION}s)…`);
    rows.push({ name: "plain page /privacy", figures: await load(`${server.url}/privacy`, null, DURATION) });
  });
  await withServer(nationalDb, {}, async (server) => {
    log(`national: 1,000 LLR postcodes over 10,000 cafés, cache on (${DURATION}s)…`);
    rows.push({ name: "national cold (cache on)", figures: await load(server.url, mix, DURATION) });
  });
  await withServer(nationalDb, { PUBLIC_CACHE_SECONDS: "0" }, async (server) => {
    log(`national: 1,000 LLR postcodes over 10,000 cafés, cache off (${DURATION}s)…`);
    rows.push({ name: "national cold (cache off)", figures: await load(server.url, mix, DURATION) });
  });

  log("national: the finder's index rebuilt in-process, for the longest hold of the event loop…");
  const rebuild = JSON.parse(
    execFileSync(process.execPath, [path.resolve("node_modules/tsx/dist/cli.mjs"), "tests/bench/index-build.ts"], {
      env: { ...process.env, DATABASE_URL: isPostgresqlUrl(nationalDb) ? nationalDb : `file:${nationalDb}`, SESSION_SECRET: "bench-session-secret-at-least-32-characters", ...dataEnv },
      stdio: ["ignore", "pipe", "inherit"],
    })
      .toString()
      .trim()
      .split("\n")
      .at(-1)!,
  ) as { cafes: number; wallMs: number; cpuMs: number; heldMs: number; runs: number };

  // ------------------------------------------------------------------------------------------------- report
  const staticRate = rows[0]!.figures.reqPerSec;
  const byName = (name: string) => rows.find((r) => r.name.startsWith(name))!.figures;
  const line = (cells: string[], widths: number[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  const widths = [40, 10, 9, 9, 9, 10, 8, 8];
  console.log("");
  console.log(`Café Network finder benchmark on ${db === "sqlite" ? "SQLite" : "PostgreSQL"} — ${CONNECTIONS} connections, ${DURATION} s per scenario, ${process.env.BENCH_FIXED_NOW ? `FIXED_NOW=${process.env.BENCH_FIXED_NOW}` : "real clock"}`);
  console.log(line(["scenario", "req/s", "p99 ms", "mean ms", "max ms", "× static", "requests", "failed"], widths));
  console.log("-".repeat(widths.reduce((a, b) => a + b + 2, 0)));
  for (const { name, figures } of rows) {
    console.log(
      line(
        [
          name,
          figures.reqPerSec.toFixed(0),
          String(figures.p99),
          figures.mean.toFixed(1),
          String(figures.max),
          `${((figures.reqPerSec / staticRate) * 100).toFixed(0)}%`,
          String(figures.requests),
          String(figures.non2xx + figures.errors),
        ],
        widths,
      ),
    );
  }
  const failing = rows.filter((r) => Object.keys(r.figures.failures).length > 0);
  console.log("");
  console.log(`Failed requests: ${failing.length === 0 ? "none" : ""}`);
  for (const { name, figures } of failing) console.log(`  ${name}: ${failureText(figures.failures)}`);
  const slowest = rows.slice(1).reduce((a, b) => (b.figures.max > a.figures.max ? b : a));
  console.log(`Slowest request: ${slowest.figures.max} ms (${slowest.name})`);
  const hot = byName("hot").reqPerSec / staticRate;
  const coldOn = byName("cold: 1,000 LLR postcodes (cache on)");
  const coldOff = byName("cold: 1,000 LLR postcodes (cache off)");
  const natOn = byName("national cold (cache on)");
  const natOff = byName("national cold (cache off)");
  const check = (ok: boolean) => (ok ? "met" : "NOT met");
  console.log("");
  console.log("Targets");
  console.log(`  hot search ≥ 50% of the static file:            ${(hot * 100).toFixed(0)}% — ${check(hot >= 0.5)}`);
  console.log(`  cold mix ≥ 25% of the static file (cache on):   ${((coldOn.reqPerSec / staticRate) * 100).toFixed(0)}% — ${check(coldOn.reqPerSec / staticRate >= 0.25)}`);
  console.log(`     (every request rendered, cache off:          ${((coldOff.reqPerSec / staticRate) * 100).toFixed(0)}%)`);
  const ratio = natOn.requests > 0 && coldOn.requests > 0 ? natOn.mean / coldOn.mean : NaN;
  console.log(
    `  national cold time ≤ 2× LLR cold (cache on):    ${Number.isNaN(ratio) ? "no request answered in time — NOT met" : `${ratio.toFixed(2)}× mean latency — ${check(ratio <= 2)}`}`,
  );
  console.log(`     (cache off:                                  ${(natOff.mean / coldOff.mean).toFixed(2)}× mean latency)`);
  console.log(
    `  index rebuild holds requests ≤ 250 ms (national): longest ${rebuild.heldMs} ms — ${check(rebuild.heldMs <= 250)}  (${rebuild.cafes} cafés, ${rebuild.wallMs} ms wall, ${rebuild.cpuMs} ms CPU, median of ${rebuild.runs})`,
  );
  if (weight && home) {
    console.log(
      `  finder page before the map ≤ 150 KB gzipped:    ${kb(weight.total)} KB (HTML ${kb(weight.html)} + CSS ${kb(weight.css)} + JS ${kb(weight.js)}, ${weight.files} files) — ${check(weight.total <= 150 * 1024)}`,
    );
    console.log(`     (the home page without a search:             ${kb(home.total)} KB; HTML ${kb(home.html)})`);
    console.log(`     largest files: ${weight.largest.map((f) => `${path.basename(f.asset)} ${kb(f.bytes)} KB`).join(", ")}`);
  }
  writeFileSync(
    path.join(DIR, db === "sqlite" ? "results.json" : "results-postgresql.json"),
    JSON.stringify({ at: new Date().toISOString(), database: db, connections: CONNECTIONS, duration: DURATION, rows, indexRebuild: rebuild, pageWeight: weight, homeWeight: home }, null, 2),
  );
  return rows;
}

// ------------------------------------------------------------------------------------------------- sustained

const SUSTAINED_SECONDS = Number(process.env.BENCH_SUSTAINED_SECONDS ?? 60);
const SUSTAINED_RATE = Number(process.env.BENCH_SUSTAINED_RATE ?? 200);
const TOWNS = ["Leicester", "Loughborough", "Hinckley", "Melton Mowbray", "Oakham", "Market Harborough", "Coalville", "Lutterworth", "Wigston", "Oadby", "Uppingham", "Shepshed", "Syston", "Ashby-de-la-Zouch"];

/** The server's resident memory in MB (Linux /proc). */
function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return kb / 1024;
}

/** Filters as people use them: the tag slugs of each list, "open now" and days. */
async function filterQueries(database: string): Promise<string[]> {
  const db = createClient({ url: `file:${database}` });
  try {
    const rows = (await db.execute(`SELECT kind, slug FROM "Tag" WHERE retiredAt IS NULL ORDER BY kind, slug`)).rows;
    const param = { language: "lang", audience: "for", access: "access" } as Record<string, string>;
    const tags = rows.map((r) => `${param[String(r.kind)] ?? "lang"}=${encodeURIComponent(String(r.slug))}`);
    const when = ["when=now", "when=evening", "when=1", "when=3", "when=6"];
    return [...tags, ...when, ...tags.slice(0, 5).map((t, i) => `${t}&${when[i % when.length]}`)];
  } finally {
    db.close();
  }
}

/** A deterministic shuffle, so two runs send the same mix in the same order. */
function shuffled<T>(items: T[], seed = 20261207): T[] {
  const out = [...items];
  let state = seed;
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

async function sustained(llrDb: string) {
  const server = await startServer(llrDb, {});
  try {
    const postcodes = llrPostcodes(800, 1200).map(searchPath);
    const towns = TOWNS.map((town) => `/?q=${encodeURIComponent(town).replace(/%20/g, "+")}`);
    const filters = await filterQueries(llrDb);
    const filtered = postcodes.slice(0, 300).map((p, i) => `${p}&${filters[i % filters.length]}`);
    const townFiltered = towns.map((p, i) => `${p}&${filters[(i * 7) % filters.length]}`);
    const cafes = await cafePaths(server.url, postcodes.slice(0, 60));
    const cafePages = cafes.flatMap((c) => [c, c, c]); // café pages are about a fifth of the mix
    const mix = shuffled([...postcodes, ...towns, ...towns, ...filtered, ...townFiltered, ...cafePages]);
    log(`sustained: warming up, then ${SUSTAINED_SECONDS}s at ${SUSTAINED_RATE} requests/s over ${mix.length} addresses (${cafes.length} café pages)…`);
    // Warm up: every address of the mix once (the response cache and the geocoding tables filled), so
    // memory measured from here on shows growth under load, not the caches filling.
    for (let i = 0; i < mix.length; i += 8) await Promise.all(mix.slice(i, i + 8).map(async (p) => (await fetch(server.url + p)).arrayBuffer()));

    const samples: { at: number; mb: number }[] = [];
    const t0 = Date.now();
    const sample = () => samples.push({ at: (Date.now() - t0) / 1000, mb: rssMb(server.pid) });
    sample();
    const timer = setInterval(sample, 5_000);
    let next = 0;
    const result = await autocannon({
      url: server.url,
      connections: 20,
      overallRate: SUSTAINED_RATE,
      duration: SUSTAINED_SECONDS,
      timeout: 10,
      requests: [{ method: "GET", setupRequest: (request: { path: string }) => ((request.path = mix[next++ % mix.length]!), request) }],
    });
    clearInterval(timer);
    sample();
    const start = samples[0]!.mb;
    const end = samples.at(-1)!.mb;
    const middle = samples.reduce((best, s) => (Math.abs(s.at - SUSTAINED_SECONDS / 2) < Math.abs(best.at - SUSTAINED_SECONDS / 2) ? s : best)).mb;
    const peak = Math.max(...samples.map((s) => s.mb));
    const flat = Math.abs(end - middle) <= 0.2 * middle;
    const figures = {
      seconds: SUSTAINED_SECONDS,
      targetRate: SUSTAINED_RATE,
      requests: result.requests.total,
      achievedRate: result.requests.total / (result.duration || SUSTAINED_SECONDS),
      ok2xx: result["2xx"],
      non2xx: result.non2xx,
      errors: result.errors,
      timeouts: result.timeouts,
      latencyMs: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max, mean: result.latency.average },
      rssMb: { start, middle, end, peak, samples },
      memoryFlat: flat,
    };
    const mb = (n: number) => `${n.toFixed(0)} MB`;
    console.log("");
    console.log(`Sustained load — ${SUSTAINED_SECONDS} s at ${SUSTAINED_RATE} requests/s, ${mix.length} addresses (searches by postcode and town, with and without filters; café pages), cache on`);
    console.log(`  requests:  ${figures.requests} (${figures.achievedRate.toFixed(1)}/s), 2xx ${figures.ok2xx}, non-2xx ${figures.non2xx}, errors ${figures.errors}, timeouts ${figures.timeouts}`);
    console.log(`  latency:   p50 ${figures.latencyMs.p50} ms, p99 ${figures.latencyMs.p99} ms, max ${figures.latencyMs.max} ms (mean ${figures.latencyMs.mean.toFixed(1)} ms)`);
    console.log(`  memory:    RSS ${mb(start)} at the start, ${mb(middle)} in the middle, ${mb(end)} at the end (peak ${mb(peak)})`);
    const held = figures.achievedRate >= 0.95 * SUSTAINED_RATE;
    console.log(`  targets:   no errors or non-2xx — ${figures.non2xx + figures.errors + figures.timeouts === 0 ? "met" : "NOT met"}; flat memory (end within 20% of the middle) — ${flat ? "met" : "NOT met"}`);
    console.log(`             the rate held (≥ 95% of ${SUSTAINED_RATE}/s) — ${held ? "met" : "NOT met: the server (or this machine) could not keep up"}`);
    writeFileSync(path.join(DIR, "results-sustained.json"), JSON.stringify({ at: new Date().toISOString(), ...figures }, null, 2));
  } finally {
    await server.stop();
  }
}

async function coverage(llrDb: string, db: Db) {
  const nationalDb = await nationalDatabase(db);
  const label = db === "sqlite" ? "" : " (PostgreSQL)";
  const figures = await benchCoverage(
    [
      { name: `LLR${label}`, path: llrDb },
      { name: `national${label}`, path: nationalDb },
    ],
    startServer,
    log,
    (database) => {
      const out = execFileSync(process.execPath, [path.resolve("node_modules/tsx/dist/cli.mjs"), "tests/bench/coverage-build.ts"], {
        env: { ...process.env, DATABASE_URL: isPostgresqlUrl(database) ? database : `file:${database}`, SESSION_SECRET: "bench-session-secret-at-least-32-characters", ...dataEnv },
        stdio: ["ignore", "pipe", "inherit"],
      });
      return JSON.parse(out.toString().trim().split("\n").at(-1)!) as BuildFigures;
    },
  );
  reportTarget(figures);
  writeFileSync(path.join(DIR, db === "sqlite" ? "results-coverage.json" : "results-coverage-postgresql.json"), JSON.stringify({ at: new Date().toISOString(), database: db, figures }, null, 2));
}

async function bookings(llrDb: string, db: Db = "sqlite") {
  const figures = await benchBookings(llrDb, startServer, DURATION, Math.min(CONNECTIONS, 10), log);
  reportBookings(figures, db);
  writeFileSync(path.join(DIR, db === "sqlite" ? "results-bookings.json" : "results-bookings-postgresql.json"), JSON.stringify({ at: new Date().toISOString(), database: db, ...figures }, null, 2));
}

function reportBookings(b: BookingFigures, db: Db) {
  console.log("");
  console.log(`CAP bookings (${db === "sqlite" ? "SQLite" : "PostgreSQL"})`);
  console.log(`  bookings per second against one café:   ${b.bookingsPerSec.toFixed(0)} (${b.booked} booked, p99 ${b.p99} ms)`);
  console.log(`  200 concurrent requests for the last place: ${b.race.succeeded} succeeded, ${b.race.rows} row held — ${b.race.succeeded === 1 && b.race.rows === 1 ? "exactly one, as it must be" : "NOT exactly one"}`);
  console.log(`  slowest answer in the race:             ${b.race.slowestMs.toFixed(0)} ms`);
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: dropping this run's benchmark databases…`);
    void dropCreatedDatabases().finally(() => process.exit(130));
  });
}
try {
  await main();
} finally {
  await dropCreatedDatabases();
}
