/**
 * The booking figures of `npm run bench` (figures, not a test): against a server of its own on the LLR
 * database, with "now" pinned to midday today and two extra sessions added to a demo café this afternoon:
 *  - bookings per second against one café with free places (autocannon, BENCH_CONNECTIONS connections);
 *  - a race of 200 concurrent HTTP requests for the last place: how many succeeded (must be exactly 1),
 *    the slowest answer, and the rows the database holds for that session (must be 1).
 */
import autocannon from "autocannon";
import { fromLondon, londonDate } from "../../app/lib/london-time";
import { createPrismaClient } from "../../app/platform/database-client.server";

export type BookingFigures = { bookingsPerSec: number; p99: number; booked: number; race: { requests: number; succeeded: number; rows: number; slowestMs: number } };

type Start = (database: string, env: Record<string, string>) => Promise<{ url: string; stop(): Promise<void> }>;

const DEMO_PASSWORD = "cafe-network-demo";

export async function benchBookings(database: string, startServer: Start, seconds: number, connections: number, log: (m: string) => void): Promise<BookingFigures> {
  const today = londonDate(new Date());
  const prisma = createPrismaClient(/^postgres(ql)?:/.test(database) ? database : `file:${database}`);
  const cafe = await prisma.cafe.findUniqueOrThrow({ where: { slug: "beaumont-leys-living-room-cafe" } });
  const extra = { cafeId: cafe.id, kind: "extra", startDate: today, endDate: today, startTime: "13:00", endTime: "17:00", reason: "Benchmark" };
  const many = await prisma.scheduleException.create({ data: { ...extra, capPlaces: 1_000_000 } });
  const last = await prisma.scheduleException.create({ data: { ...extra, startTime: "13:30", capPlaces: 1 } });

  const server = await startServer(database, { FIXED_NOW: fromLondon(today, "12:00").toISOString() });
  try {
    const signIn = await fetch(`${server.url}/sign-in`, {
      method: "POST",
      redirect: "manual",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: server.url },
      body: new URLSearchParams({ email: "cap@example.org", password: DEMO_PASSWORD }).toString(),
    });
    const cookie = (signIn.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    if (!cookie) throw new Error(`The CAP could not sign in (${signIn.status})`);
    const form = (exceptionId: string, i: number) =>
      new URLSearchParams({ option: `${cafe.id}|${today}|exception:${exceptionId}`, callerName: `B${i}`, callbackNumber: "", needs: "", consent: "on" }).toString();
    const headers = { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookie, Origin: server.url };

    log(`bookings against one café with free places (${seconds}s, ${connections} connections)…`);
    // method, headers and body are autocannon options the shared type file (./autocannon.d.ts) does not list.
    const options = { url: `${server.url}/cap/book`, method: "POST", connections, duration: seconds, headers, body: form(many.id, 0) };
    const result = await autocannon(options as Parameters<typeof autocannon>[0]);
    const booked = await prisma.booking.count({ where: { slotKey: `exception:${many.id}` } });

    log("race: 200 concurrent requests for the last place…");
    const times: number[] = [];
    const statuses = await Promise.all(
      Array.from({ length: 200 }, async (_, i) => {
        const t0 = performance.now();
        const r = await fetch(`${server.url}/cap/book`, { method: "POST", redirect: "manual", headers, body: form(last.id, i) });
        await r.arrayBuffer();
        times.push(performance.now() - t0);
        return r.status;
      }),
    );
    const rows = await prisma.booking.count({ where: { slotKey: `exception:${last.id}`, place: { not: null } } });
    return {
      bookingsPerSec: booked / seconds,
      p99: result.latency.p99,
      booked,
      race: { requests: statuses.length, succeeded: statuses.filter((s) => s === 302).length, rows, slowestMs: Math.max(...times) },
    };
  } finally {
    await server.stop();
    await prisma.$disconnect();
  }
}
