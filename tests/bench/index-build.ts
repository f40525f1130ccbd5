/**
 * The finder's index of listed cafés rebuilt in this process, as after a change to the public data (part of
 * `npm run bench -- finder`, on the national dataset; or on its own:
 * `DATABASE_URL=file:tests/.tmp/bench/national.db npx tsx tests/bench/index-build.ts`): the wall and CPU time
 * of a rebuild (median of a few, after one to warm up), and the longest the event loop was held meanwhile
 * (a timer that should fire every 10 ms): how long a request can wait behind a rebuild. Target ≤ 250 ms.
 * Prints one JSON line.
 */
import { listedCafeIndex, resetListedCafeIndex } from "~/modules/cafe/listed-index.server";
import { prisma } from "~/platform/db.server";
import { measured, median } from "./held";

const RUNS = Number(process.env.BENCH_INDEX_BUILD_RUNS ?? 5);

async function once(): Promise<{ wallMs: number; cpuMs: number; heldMs: number; cafes: number }> {
  resetListedCafeIndex();
  const { result: index, wallMs, cpuMs, heldMs } = await measured(() => listedCafeIndex());
  return { wallMs, cpuMs, heldMs, cafes: index.cafes.length };
}

await once();
const runs = [];
for (let i = 0; i < RUNS; i++) runs.push(await once());
console.log(
  JSON.stringify({
    cafes: runs[0]!.cafes,
    wallMs: Math.round(median(runs.map((r) => r.wallMs))),
    cpuMs: Math.round(median(runs.map((r) => r.cpuMs))),
    heldMs: Math.round(Math.max(...runs.map((r) => r.heldMs))),
    runs: RUNS,
  }),
);
await prisma.$disconnect();
