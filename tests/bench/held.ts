/**
 * Runs `work` in this process and measures it: wall and CPU time (process.cpuUsage, which the machine's other
 * load affects less than the wall clock), and the longest the event loop was held meanwhile (a timer that
 * should fire every 10 ms): how long a request could have waited behind the work.
 */
export async function measured<T>(work: () => Promise<T>): Promise<{ result: T; wallMs: number; cpuMs: number; heldMs: number }> {
  let last = performance.now();
  let held = 0;
  const timer = setInterval(() => {
    const t = performance.now();
    held = Math.max(held, t - last - 10);
    last = t;
  }, 10);
  const cpu = process.cpuUsage();
  const started = performance.now();
  try {
    const result = await work();
    const wallMs = performance.now() - started;
    const used = process.cpuUsage(cpu);
    held = Math.max(held, performance.now() - last - 10);
    return { result, wallMs, cpuMs: (used.user + used.system) / 1000, heldMs: Math.max(0, held) };
  } finally {
    clearInterval(timer);
  }
}

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
