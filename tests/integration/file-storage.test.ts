import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { DatabaseFileStorage, MAX_STORED_FILE_BYTES, type FileStorage } from "~/platform/file-storage.server";
import { prisma } from "~/platform/db.server";

/**
 * Uploaded files kept in the database, read back byte for byte by any instance.
 * @database-behaviour: binary columns (BLOB on SQLite, BYTEA on PostgreSQL); runs on both (vitest.config.ts).
 */
const storage: FileStorage = new DatabaseFileStorage();
const key = () => `test/${Math.random().toString(36).slice(2)}`;

describe("files kept in the database", () => {
  it("gives back exactly the bytes stored, including every byte value and zeros", async () => {
    const k = key();
    const bytes = new Uint8Array([0, 1, 2, 127, 128, 254, 255, 0, 0, ...randomBytes(4096)]);
    await storage.put(k, bytes, "application/pdf");
    const back = await storage.get(k);
    expect(back?.bytes).toBeInstanceOf(Uint8Array);
    expect(back?.mediaType).toBe("application/pdf");
    expect(Buffer.from(back!.bytes).equals(Buffer.from(bytes))).toBe(true);
    expect(await new DatabaseFileStorage().describe(k)).toMatchObject({ mediaType: "application/pdf", size: bytes.byteLength });
  });

  it("stores a view into a larger buffer as just the viewed bytes", async () => {
    const k = key();
    const whole = new Uint8Array([9, 9, 1, 2, 3, 9, 9]);
    await storage.put(k, whole.subarray(2, 5), "text/plain");
    expect([...(await storage.get(k))!.bytes]).toEqual([1, 2, 3]);
  });

  it("replaces a file stored again under the same key, and forgets a removed one", async () => {
    const k = key();
    await storage.put(k, new Uint8Array([1, 2, 3]), "text/plain");
    await storage.put(k, new Uint8Array([4, 5]), "image/png");
    expect([...(await storage.get(k))!.bytes]).toEqual([4, 5]);
    expect(await new DatabaseFileStorage().describe(k)).toMatchObject({ mediaType: "image/png", size: 2 });
    await storage.remove(k);
    expect(await storage.get(k)).toBeNull();
    await storage.remove(k); // removing twice is not an error
    expect(await prisma.storedFile.count({ where: { key: k } })).toBe(0);
  });

  it("answers null for a key never stored, stores an empty file, and refuses one over the size limit", async () => {
    expect(await storage.get(key())).toBeNull();
    const empty = key();
    await storage.put(empty, new Uint8Array(0), "text/plain");
    expect((await storage.get(empty))?.bytes.byteLength).toBe(0);
    await expect(storage.put(key(), new Uint8Array(MAX_STORED_FILE_BYTES + 1), "application/pdf")).rejects.toThrow(RangeError);
  });

  it("keeps a file written by two uploads at once whole: one of them, never a mixture", async () => {
    const k = key();
    const a = new Uint8Array(64 * 1024).fill(1);
    const b = new Uint8Array(64 * 1024).fill(2);
    await Promise.all([storage.put(k, a, "application/pdf"), storage.put(k, b, "application/pdf")]);
    const back = (await storage.get(k))!.bytes;
    expect(back.byteLength).toBe(64 * 1024);
    expect(new Set(back).size).toBe(1);
  });
});
