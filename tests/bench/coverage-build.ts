/**
 * The coverage dashboard built in this process, without HTTP (part of `npm run bench -- coverage`, or on its
 * own: `DATABASE_URL=file:tests/.tmp/bench/national.db npx tsx tests/bench/coverage-build.ts`): for the
 * whole page and for the CSV's rows, the wall time and the CPU time of the process (process.cpuUsage, which
 * the machine's other load affects less than the wall clock), the median of a few builds after one to warm
 * up, and the longest time the event loop was held while building (a timer that should fire every 10 ms).
 * Prints one JSON line.
 */
import { coverageDashboard } from "~/modules/coverage/index.server";
import { now, todayInLondon } from "~/platform/clock.server";
import { prisma } from "~/platform/db.server";
import { measured, median } from "./held";

const RUNS = Number(process.env.BENCH_COVERAGE_BUILD_RUNS ?? 5);

type Build = { wallMs: number; cpuMs: number; heldMs: number };

async function once(rowsOnly: boolean): Promise<Build> {
  const { wallMs, cpuMs, heldMs } = await measured(() => coverageDashboard(todayInLondon(now()), now(), { rowsOnly }));
  return { wallMs, cpuMs, heldMs };
}

async function measure(rowsOnly: boolean) {
  await once(rowsOnly);
  const runs: Build[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await once(rowsOnly));
  return {
    wallMs: Math.round(median(runs.map((r) => r.wallMs))),
    cpuMs: Math.round(median(runs.map((r) => r.cpuMs))),
    heldMs: Math.round(Math.max(...runs.map((r) => r.heldMs))),
  };
}

const page = await measure(false);
const csv = await measure(true);
console.log(JSON.stringify({ page, csv, runs: RUNS }));
await prisma.$disconnect();
