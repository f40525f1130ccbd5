/**
 * Prepares the database: creates the SQLite folder, applies committed migrations, loads the reference
 * data (footprints, practices, universities, tags) every time (safe to run again), and loads the demo
 * data only into an empty database and never when DEMO_DATA=off. Refuses to run on a setting the server
 * would refuse (app/platform/env.server.ts), naming it.
 * Run by `npm start` and `npm run dev`; run it alone with `npm run setup`.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";

process.env.DATABASE_URL ??= "file:./data/cafe-network.db";
const url = process.env.DATABASE_URL;

// The same settings the server checks, before anything is written: a mistyped DEMO_DATA (e.g.
// "disabled") must stop here, not load the demo accounts with their public password.
const { getEnv } = await import("../app/platform/env.server");
let demo: boolean;
try {
  demo = getEnv().DEMO_DATA;
} catch (error) {
  console.error(`Café Network cannot set up the database: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

if (url.startsWith("file:")) {
  const file = url.replace(/^file:/, "").split("?")[0] ?? "";
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
}

const require = createRequire(import.meta.url);
const prismaCli = require.resolve("prisma/build/index.js");
execFileSync(process.execPath, [prismaCli, "migrate", "deploy"], { stdio: ["ignore", "ignore", "inherit"] });
console.log("Database migrations applied.");

const { runSeed } = await import("../prisma/seed");
const summary = await runSeed({ demo });
console.log(summary);
