import { copyFileSync } from "node:fs";
import path from "node:path";
import { inject } from "vitest";
import { configurePropertyRuns } from "./property-runs";

/**
 * Runs before each test file: gives the file its own copy of the run's database, so tests use a real
 * SQLite file and never see another file's changes. Must run before anything imports the Prisma client.
 */
const base = inject("baseDatabase");
const file = path.join(inject("runDirectory"), `test-${process.pid}-${Math.random().toString(36).slice(2)}.db`);
copyFileSync(base, file);
process.env.DATABASE_URL = `file:${file}`;
process.env.SESSION_SECRET ??= "test-session-secret-at-least-32-characters";
process.env.NODE_ENV = "test";
process.env.FIXED_NOW ??= "";

configurePropertyRuns();
