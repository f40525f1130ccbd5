// @database-behaviour: large reads built into one JSON array by the database itself (json_group_array / json_agg), with bound values.
import { describe, expect, it } from "vitest";
import { prisma } from "~/platform/db.server";
import { dateTime, jsonRows } from "~/platform/json-rows.server";

describe("reading many rows as one JSON array", () => {
  it("gives each café's text, nulls and date-times as Prisma reads them", async () => {
    const rows = await jsonRows<[string, string, string | null, string | null, string]>(
      `SELECT "id", "status", "footprintId", ${dateTime(`"hoursVerifiedAt"`)} AS "verified", ${dateTime(`"createdAt"`)} AS "created" FROM "Cafe"`,
      [],
      ["id", "status", "footprintId", "verified", "created"],
    );
    const cafes = await prisma.cafe.findMany({ select: { id: true, status: true, footprintId: true, hoursVerifiedAt: true, createdAt: true } });
    expect(cafes.length).toBeGreaterThan(10);
    const read = new Map(rows.map(([id, status, footprintId, verified, created]) => [id, { status, footprintId, verified: verified && new Date(verified).getTime(), created: new Date(created).getTime() }]));
    expect(read.size).toBe(cafes.length);
    for (const c of cafes) {
      expect(read.get(c.id)).toEqual({ status: c.status, footprintId: c.footprintId, verified: c.hoursVerifiedAt && c.hoursVerifiedAt.getTime(), created: c.createdAt.getTime() });
    }
  });

  it("gives whole numbers, counts and yes/no columns as numbers and booleans", async () => {
    const rows = await jsonRows<[string, number | null, boolean | number]>(`SELECT "id", "listSize", "listSizeVerified" FROM "Footprint"`, [], ["id", "listSize", "listSizeVerified"]);
    const footprints = await prisma.footprint.findMany({ select: { id: true, listSize: true, listSizeVerified: true } });
    expect(new Map(rows.map(([id, listSize, verified]) => [id, { listSize, listSizeVerified: Boolean(verified) }]))).toEqual(
      new Map(footprints.map((f) => [f.id, { listSize: f.listSize, listSizeVerified: f.listSizeVerified }])),
    );
    const counted = await jsonRows<[number]>(`SELECT COUNT(*) AS "n" FROM "Cafe" WHERE "status" = ?`, ["open"], ["n"]);
    expect(counted).toEqual([[expect.any(Number)]]);
    expect(counted[0]?.[0]).toBe(await prisma.cafe.count({ where: { status: "open" } }));
  });

  it("binds each value to its own place, in order, and reads nothing as an empty list", async () => {
    const cafe = await prisma.cafe.findFirstOrThrow({ where: { footprintId: { not: null } }, select: { id: true, footprintId: true } });
    const found = await jsonRows<[string]>(`SELECT "id" FROM "Cafe" WHERE "footprintId" = ? AND "id" = ?`, [cafe.footprintId, cafe.id], ["id"]);
    expect(found).toEqual([[cafe.id]]);
    expect(await jsonRows(`SELECT "id" FROM "Cafe" WHERE "footprintId" = ? AND "id" = ?`, [cafe.id, cafe.footprintId], ["id"])).toEqual([]);
    // A value is bound, never read as SQL.
    expect(await jsonRows(`SELECT "id" FROM "Cafe" WHERE "name" = ?`, [`x' OR '1'='1`], ["id"])).toEqual([]);
  });
});
