import { prisma } from "./db.server";

/**
 * Where uploaded files (grant applications' documents) are kept, by key, behind one small interface so
 * that another store (an S3-compatible object store) could replace it without changing its callers. Keys
 * are opaque ("grants/<random>"), never a file's own name; nothing here is served directly: routes read a
 * file only after their own permission check. Every implementation behaves alike: put replaces a file with
 * the same key, get gives null for a key never stored (or removed), remove of a missing key does nothing.
 */
export interface FileStorage {
  put(key: string, bytes: Uint8Array, mediaType: string): Promise<void>;
  /** The bytes and the media type given when stored, or null when there is no such file. */
  get(key: string): Promise<{ bytes: Uint8Array; mediaType: string } | null>;
  remove(key: string): Promise<void>;
}

/** The largest file this storage takes: PostgreSQL and SQLite both keep far more, but a row is read whole. */
export const MAX_STORED_FILE_BYTES = 20 * 1024 * 1024;

/**
 * Files in the app's own database (table StoredFile), so every instance behind a load balancer reads the
 * same files and one backup (`npm run backup` or pg_dump) holds them with the records that point at them.
 * See docs/decisions/010-uploaded-files-in-the-database.md.
 */
export class DatabaseFileStorage implements FileStorage {
  async put(key: string, bytes: Uint8Array, mediaType: string): Promise<void> {
    if (bytes.byteLength > MAX_STORED_FILE_BYTES) throw new RangeError(`A stored file may be at most ${MAX_STORED_FILE_BYTES} bytes`);
    // Prisma takes Uint8Array<ArrayBuffer>: copy a view of a larger or shared buffer into its own.
    const data = new Uint8Array(bytes);
    await prisma.storedFile.upsert({
      where: { key },
      create: { key, bytes: data, mediaType, size: data.byteLength },
      update: { bytes: data, mediaType, size: data.byteLength, createdAt: new Date() },
    });
  }

  async get(key: string): Promise<{ bytes: Uint8Array; mediaType: string } | null> {
    const row = await prisma.storedFile.findUnique({ where: { key }, select: { bytes: true, mediaType: true } });
    return row ? { bytes: new Uint8Array(row.bytes), mediaType: row.mediaType } : null;
  }

  /** The media type and size without reading the bytes, or null. */
  async describe(key: string): Promise<{ mediaType: string; size: number; createdAt: Date } | null> {
    return prisma.storedFile.findUnique({ where: { key }, select: { mediaType: true, size: true, createdAt: true } });
  }

  async remove(key: string): Promise<void> {
    await prisma.storedFile.deleteMany({ where: { key } });
  }
}

let storage: FileStorage | null = null;

/** The app's file storage: the database, on SQLite and PostgreSQL alike. */
export function fileStorage(): FileStorage {
  storage ??= new DatabaseFileStorage();
  return storage;
}
