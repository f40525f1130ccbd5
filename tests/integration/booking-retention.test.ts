import { execFileSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { bookingCounts, bookPlace, eraseExpiredCallerDetails } from "~/modules/bookings/index.server";
import { prisma } from "~/platform/db.server";
import { makeOrganisationWithCafe, makeUser as makeAccount } from "./auth.helpers";

// Sessions on Wednesday 25 November 2026, 2pm–5pm (GMT).
const AT = new Date("2026-11-25T12:00:00Z");

async function actor(role: "cap-staff" | "commissioner") {
  const user = await makeAccount([{ role }]);
  return { id: user.id, roles: await prisma.roleAssignment.findMany({ where: { userId: user.id }, select: { role: true, cafeId: true, organisationId: true } }) };
}

async function bookedCafe(callers: string[]) {
  const cap = await actor("cap-staff");
  const { cafe } = await makeOrganisationWithCafe("retention");
  await prisma.cafe.update({ where: { id: cafe.id }, data: { status: "open" } });
  const session = await prisma.scheduleException.create({
    data: { cafeId: cafe.id, kind: "extra", startDate: "2026-11-25", endDate: "2026-11-25", startTime: "14:00", endTime: "17:00", capPlaces: callers.length },
  });
  for (const callerName of callers) {
    const outcome = await bookPlace(
      cap,
      { option: { cafeId: cafe.id, date: "2026-11-25", slot: `exception:${session.id}` }, callerName, callbackNumber: "07700 900123", needs: "Quiet", consent: true },
      AT,
    );
    expect(outcome.ok).toBe(true);
  }
  return cafe;
}

describe("erasing callers' details after the retention period", () => {
  it("erases names, numbers and needs 30 days after the session, keeps the counts, and is idempotent", async () => {
    const cafe = await bookedCafe(["Ann", "Bo"]);
    const first = await prisma.booking.findFirstOrThrow({ where: { cafeId: cafe.id } });
    await prisma.booking.update({ where: { id: first.id }, data: { status: "arrived" } });

    // 29 days after: nothing yet.
    await eraseExpiredCallerDetails(new Date("2026-12-24T16:00:00Z"), 30);
    expect(await prisma.booking.count({ where: { cafeId: cafe.id, callerName: { not: null } } })).toBe(2);

    const at = new Date("2026-12-25T18:00:00Z");
    const run = await eraseExpiredCallerDetails(at, 30);
    expect(run.erased).toBeGreaterThanOrEqual(2);
    const rows = await prisma.booking.findMany({ where: { cafeId: cafe.id } });
    expect(rows).toHaveLength(2);
    for (const r of rows) {
      expect(r).toMatchObject({ callerName: null, callbackNumber: null, needs: null, detailsErasedAt: at });
    }
    // Again: nothing more to do, and nothing touched.
    expect((await eraseExpiredCallerDetails(new Date("2026-12-26T18:00:00Z"), 30)).erased).toBe(0);
    expect((await prisma.booking.findFirstOrThrow({ where: { id: first.id } })).detailsErasedAt).toEqual(at);

    const commissioner = await actor("commissioner");
    const counts = (await bookingCounts(commissioner, "2026-11-25", "2026-11-25"))!.filter((c) => c.cafeId === cafe.id);
    expect(counts.map((c) => [c.status, c.count]).sort()).toEqual([
      ["arrived", 1],
      ["booked", 1],
    ]);
    expect(JSON.stringify(counts)).not.toMatch(/Ann|Bo"|07700|Quiet/);
    const manager = await makeAccount([{ role: "cafe-manager", cafeId: cafe.id }]);
    expect(await bookingCounts({ id: manager.id, roles: [{ role: "cafe-manager", cafeId: cafe.id, organisationId: null }] }, "2026-11-25", "2026-11-25")).toBeNull();
  });

  it("npm run purge does the same from the command line", async () => {
    const cafe = await bookedCafe(["Cy"]);
    const output = execFileSync(process.execPath, [path.resolve("node_modules/tsx/dist/cli.mjs"), "scripts/purge.ts"], {
      env: { ...process.env, FIXED_NOW: "2027-01-31T00:00:00Z", BOOKING_RETENTION_DAYS: "30" },
      encoding: "utf8",
    });
    expect(output).toMatch(/Callers' details erased from \d+ bookings? whose session ended more than 30 days ago/);
    expect(await prisma.booking.findFirstOrThrow({ where: { cafeId: cafe.id } })).toMatchObject({ callerName: null, callbackNumber: null, needs: null });
    const again = execFileSync(process.execPath, [path.resolve("node_modules/tsx/dist/cli.mjs"), "scripts/purge.ts"], {
      env: { ...process.env, FIXED_NOW: "2027-01-31T00:00:00Z" },
      encoding: "utf8",
    });
    expect(again).toMatch(/erased from 0 bookings/);
  });
});
