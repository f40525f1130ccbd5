import { copyFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { inject } from "vitest";

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

// Property tests are reproducible: a fixed seed unless FC_SEED is given (FC_SEED=random explores).
const seed = process.env.FC_SEED;
// Each property runs FC_RUNS cases (default 200); raise it to search harder, e.g. FC_RUNS=4000.
fc.configureGlobal({ numRuns: Number(process.env.FC_RUNS ?? 200), ...(seed === "random" ? {} : { seed: seed ? Number(seed) : 20261123 }) });
