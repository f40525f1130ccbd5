import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { getEnv } from "./env.server";

/**
 * Where uploaded files live, behind one small interface so another store (an object store) can replace
 * the local disk later. Keys are opaque ("grants/<random>"), never a file's own name; nothing here is
 * served directly: routes read a file only after their own permission check.
 */
export interface FileStorage {
  put(key: string, bytes: Uint8Array, mediaType: string): Promise<void>;
  /** The bytes, or null when there is no such file. */
  get(key: string): Promise<{ bytes: Uint8Array; mediaType: string } | null>;
  remove(key: string): Promise<void>;
}

const SAFE_KEY = /^[a-z0-9-]+(\/[a-zA-Z0-9_-]+)+$/;

/** Files on the local disk under UPLOADS_DIR (default data/uploads), each with a sidecar recording its media type. */
export class LocalDiskStorage implements FileStorage {
  constructor(private readonly root: string) {}

  private pathOf(key: string): string {
    if (!SAFE_KEY.test(key)) throw new Error(`Not a storage key: ${key}`);
    return path.join(this.root, ...key.split("/"));
  }

  async put(key: string, bytes: Uint8Array, mediaType: string) {
    const file = this.pathOf(key);
    await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
    await writeFile(file, bytes, { mode: 0o600, flag: "wx" });
    await writeFile(`${file}.type`, mediaType, { mode: 0o600 });
  }

  async get(key: string) {
    const file = this.pathOf(key);
    try {
      const [bytes, mediaType] = await Promise.all([readFile(file), readFile(`${file}.type`, "utf8")]);
      return { bytes: new Uint8Array(bytes), mediaType };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw error;
    }
  }

  async remove(key: string) {
    const file = this.pathOf(key);
    await rm(file, { force: true });
    await rm(`${file}.type`, { force: true });
  }
}

let storage: FileStorage | null = null;

/** The app's file storage (local disk today). */
export function fileStorage(): FileStorage {
  storage ??= new LocalDiskStorage(path.resolve(getEnv().UPLOADS_DIR));
  return storage;
}

/** Tests may point the storage elsewhere. */
export function setFileStorage(next: FileStorage | null) {
  storage = next;
}
