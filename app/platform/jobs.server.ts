import { hostname } from "node:os";
import { randomBytes } from "node:crypto";
import { prisma } from "./db.server";
import { errorLine, isDatabaseUnreachable } from "./error-line.server";

/**
 * Work the server process does in the background. Platform knows no module: each module that has
 * background work exports its jobs (`{ name, everyMs, firstAfterMs, run }`), and the app's entry
 * (app/entry.server.tsx) passes them all to startBackgroundJobs, which server.js calls once the server
 * listens.
 *
 * ## Several instances
 *
 * Every instance schedules every job, but each turn of a job runs on one instance only: before a run the
 * instance claims the job's row in JobLease with a conditional update (`claimedUntil <= now` → now + the
 * job's period), which only one instance's update can match, on SQLite as on PostgreSQL. The others skip
 * that turn. If the instance that claimed a turn dies, the next turn is claimed by another when the lease
 * runs out. Inside a run each job still claims what it works on (the outbox's rows, each café reminded),
 * so even two runs at once (a lease that ran out during a very long run) never send one email twice.
 * Leases use the real clock, never FIXED_NOW.
 */
export type BackgroundJob = {
  name: string;
  everyMs: number;
  /** The first run, after the server starts (default: everyMs) */
  firstAfterMs?: number;
  run: () => Promise<unknown>;
};

let started = false;
const timers: NodeJS.Timeout[] = [];

export const HOURLY_MS = 60 * 60_000;
/**
 * Hourly work runs first a minute after the server starts, so that a server restarted more often than
 * hourly still does it.
 */
export const FIRST_HOURLY_RUN_AFTER_MS = 60_000;

/** This process, as JobLease.claimedBy shows it. */
export const INSTANCE_ID = `${hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`;

/**
 * Claims the next turn of the job `name` for this instance for `leaseMs`: true when this instance got it,
 * false when another instance holds it. One conditional update (or the row's first insert, whose primary
 * key only one instance can win).
 */
export async function claimJobTurn(name: string, leaseMs: number, instance: string = INSTANCE_ID): Promise<boolean> {
  const at = new Date();
  const until = new Date(at.getTime() + leaseMs);
  const { count } = await prisma.jobLease.updateMany({
    where: { name, claimedUntil: { lte: at } },
    data: { claimedBy: instance, claimedUntil: until },
  });
  if (count === 1) return true;
  if (await prisma.jobLease.findUnique({ where: { name }, select: { name: true } })) return false;
  try {
    await prisma.jobLease.create({ data: { name, claimedBy: instance, claimedUntil: until } });
    return true;
  } catch {
    return false; // another instance inserted it first
  }
}

/**
 * How long a claimed turn is held: a little less than the period, so that the same instance's next
 * turn (or another's) finds it free, and at least a second.
 */
export function leaseFor(job: Pick<BackgroundJob, "everyMs">): number {
  return Math.max(1000, Math.floor(job.everyMs * 0.9));
}

/** Runs one turn of a job if this instance can claim it. */
export async function runTurn(job: BackgroundJob, instance: string = INSTANCE_ID): Promise<boolean> {
  if (!(await claimJobTurn(job.name, leaseFor(job), instance))) return false;
  await job.run();
  return true;
}

/** Runs a job after its first delay, then every `everyMs`, never two runs at once, logging (not throwing) failures. */
function schedule(job: BackgroundJob) {
  let running = false;
  const run = () => {
    if (running) return;
    running = true;
    runTurn(job)
      .catch((error: unknown) =>
        isDatabaseUnreachable(error)
          ? console.error(`Background job "${job.name}" failed: the database cannot be reached (${errorLine(error)})`)
          : console.error(`Background job "${job.name}" failed:`, error),
      )
      .finally(() => {
        running = false;
      });
  };
  const first = setTimeout(() => {
    run();
    const timer = setInterval(run, job.everyMs);
    timer.unref();
    timers.push(timer);
  }, job.firstAfterMs ?? job.everyMs);
  first.unref();
  timers.push(first);
}

/** Starts the jobs (once per process; later calls do nothing until stopBackgroundJobs). */
export function startBackgroundJobs(jobs: readonly BackgroundJob[]) {
  if (started) return;
  started = true;
  for (const job of jobs) schedule(job);
}

/** For tests: stops the timers. */
export function stopBackgroundJobs() {
  for (const timer of timers.splice(0)) clearTimeout(timer);
  started = false;
}
