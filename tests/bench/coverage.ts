/**
 * The coverage dashboard's figures in `npm run bench -- coverage` (figures, not a test): the time to build
 * /coverage (the whole page) and /coverage/table.csv, signed in as the demo commissioner, at LLR scale and
 * on the synthetic national dataset (1,250 footprints, 10,000 cafés, with grant applications and CAP
 * bookings in proportion). Nothing is cached: every request reads the database and works out every café's
 * coming week again. Requests are made one at a time, after two to warm up; the target is ≤ 500 ms at
 * national scale.
 */
export type CoverageFigures = { name: string; page: Timing; csv: Timing; pageBytes: number; csvBytes: number; healthcheckMaxMs: number; healthcheckFailures: string[]; build: BuildFigures };
/** The dashboard built in-process (./coverage-build.ts): median wall and CPU ms, and the longest the event loop was held */
export type BuildFigures = { page: { wallMs: number; cpuMs: number; heldMs: number }; csv: { wallMs: number; cpuMs: number; heldMs: number }; runs: number };
type Timing = { median: number; p90: number; max: number; runs: number };

type Start = (database: string, env: Record<string, string>) => Promise<{ url: string; stop(): Promise<void> }>;

const RUNS = Number(process.env.BENCH_COVERAGE_RUNS ?? 15);

function timing(ms: number[]): Timing {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { median: at(0.5), p90: at(0.9), max: sorted.at(-1)!, runs: sorted.length };
}

async function signIn(url: string): Promise<string> {
  const response = await fetch(`${url}/sign-in`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: url },
    body: new URLSearchParams({ email: "commissioner@example.org", password: "cafe-network-demo" }).toString(),
  });
  const cookie = (response.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  if (!cookie) throw new Error(`The commissioner could not sign in (${response.status})`);
  return cookie;
}

async function timed(url: string, cookie: string): Promise<{ ms: number; bytes: number }> {
  const started = performance.now();
  const response = await fetch(url, { headers: { Cookie: cookie } });
  const body = await response.arrayBuffer();
  const ms = performance.now() - started;
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
  return { ms, bytes: body.byteLength };
}

/**
 * Each database's figures, printed as soon as they are measured (LLR first, then national): over HTTP, then
 * the same build in a process of its own (`build`) for its CPU time.
 */
export async function benchCoverage(
  databases: { name: string; path: string }[],
  startServer: Start,
  log: (m: string) => void,
  build: (database: string) => BuildFigures,
): Promise<CoverageFigures[]> {
  const out: CoverageFigures[] = [];
  for (const db of databases) {
    const server = await startServer(db.path, {});
    try {
      const cookie = await signIn(server.url);
      const measure = async (address: string) => {
        for (let i = 0; i < 2; i++) await timed(`${server.url}${address}`, cookie);
        const runs: { ms: number; bytes: number }[] = [];
        for (let i = 0; i < RUNS; i++) runs.push(await timed(`${server.url}${address}`, cookie));
        return { timing: timing(runs.map((r) => r.ms)), bytes: runs[0]!.bytes };
      };
      log(`coverage, ${db.name}: /coverage and its CSV, ${RUNS} requests each…`);
      // Meanwhile, /healthcheck every 50 ms: how long another request waits behind the dashboard's work.
      let polling = true;
      let healthMax = 0;
      const healthFailures: string[] = [];
      const poll = (async () => {
        while (polling) {
          const started = performance.now();
          try {
            await (await fetch(`${server.url}/healthcheck`)).arrayBuffer();
          } catch (error) {
            healthFailures.push(String((error as { cause?: unknown }).cause ?? error));
          }
          healthMax = Math.max(healthMax, performance.now() - started);
          await new Promise((r) => setTimeout(r, 50));
        }
      })();
      const page = await measure("/coverage");
      const csv = await measure("/coverage/table.csv");
      polling = false;
      await poll;
      await server.stop();
      log(`coverage, ${db.name}: building in-process for CPU time…`);
      const figures = { name: db.name, page: page.timing, csv: csv.timing, pageBytes: page.bytes, csvBytes: csv.bytes, healthcheckMaxMs: Math.round(healthMax), healthcheckFailures: healthFailures, build: build(db.path) };
      out.push(figures);
      reportCoverage(figures, out.length === 1);
    } finally {
      await server.stop();
    }
  }
  return out;
}

export function reportCoverage(f: CoverageFigures, first: boolean) {
  if (first) {
    console.log("");
    console.log("Coverage dashboard (uncached, one request at a time)");
  }
  const line = (label: string, t: Timing, bytes: number) =>
    `  ${f.name.padEnd(22)} ${label.padEnd(20)} median ${t.median.toFixed(0)} ms, p90 ${t.p90.toFixed(0)} ms, max ${t.max.toFixed(0)} ms (${t.runs} runs, ${(bytes / 1024).toFixed(0)} KiB)`;
  console.log(line("/coverage", f.page, f.pageBytes));
  console.log(line("/coverage/table.csv", f.csv, f.csvBytes));
  const failed = f.healthcheckFailures.length ? `, ${f.healthcheckFailures.length} failed (${[...new Set(f.healthcheckFailures)].join("; ")})` : "";
  console.log(`  ${f.name.padEnd(22)} /healthcheck meanwhile: slowest ${f.healthcheckMaxMs} ms${failed}`);
  const b = f.build;
  console.log(
    `  ${f.name.padEnd(22)} built in-process     page ${b.page.wallMs} ms wall, ${b.page.cpuMs} ms CPU; CSV ${b.csv.wallMs} ms wall, ${b.csv.cpuMs} ms CPU; event loop held at most ${Math.max(b.page.heldMs, b.csv.heldMs)} ms (median of ${b.runs})`,
  );
}

export function reportTarget(figures: CoverageFigures[]) {
  const national = figures.find((f) => f.name.startsWith("national"));
  if (national) {
    const met = national.page.median <= 500 && national.csv.median <= 500;
    console.log(`  target ≤ 500 ms at national scale (median): ${met ? "met" : "NOT met"}`);
  }
}
