/**
 * Work the server process does in the background. Platform knows no module: each module that has
 * background work exports its jobs (`{ name, everyMs, firstAfterMs, run }`), and the app's entry
 * (app/entry.server.tsx) passes them all to startBackgroundJobs, which server.js calls once the server
 * listens. Every instance may run them: each job claims what it works on (see the outbox and the
 * stale-listing reminders), and each is safe to repeat.
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

/** Runs a job after its first delay, then every `everyMs`, never two runs at once, logging (not throwing) failures. */
function schedule(job: BackgroundJob) {
  let running = false;
  const run = () => {
    if (running) return;
    running = true;
    job
      .run()
      .catch((error: unknown) => console.error(`Background job "${job.name}" failed:`, error))
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
