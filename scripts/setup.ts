/**
 * Prepares the database: creates the SQLite file (readable by this user only, in write-ahead-log mode),
 * applies committed migrations, loads the reference data (footprints, practices, universities, tags) every time (safe to run
 * again), and loads the demo data only into an empty database, and only when wanted: DEMO_DATA=on, or
 * DEMO_DATA unset on a deployment that does not look real (no https APP_URL, no SESSION_SECRET, the SQLite
 * file), as on a fresh clone. Warns loudly when demo accounts exist where the deployment looks real.
 * Refuses to run on a setting the server would refuse (app/platform/env.server.ts), naming it.
 * Run by `npm start` and `npm run dev`; run it alone with `npm run setup`.
 */
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";

process.env.DATABASE_URL ??= "file:./data/cafe-network.db";
const url = process.env.DATABASE_URL;

// The same settings the server checks, before anything is written: a mistyped DEMO_DATA (e.g.
// "disabled") must stop here, not load the demo accounts with their public password.
const { demoDataDecision, getEnv } = await import("../app/platform/env.server");
let demo: ReturnType<typeof demoDataDecision>;
try {
  getEnv();
  demo = demoDataDecision();
} catch (error) {
  console.error(`Café Network cannot set up the database: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

const { secureDatabaseFile } = await import("../app/platform/database-file.server");
secureDatabaseFile();

const require = createRequire(import.meta.url);
const prismaCli = require.resolve("prisma/build/index.js");
try {
  execFileSync(process.execPath, [prismaCli, "migrate", "deploy"], { stdio: ["ignore", "ignore", "inherit"] });
} catch {
  // Prisma has already said why (the server cannot be reached, the database or the user does not exist).
  console.error("Café Network cannot set up the database: its migrations could not be applied (the reason is above). Check DATABASE_URL.");
  process.exit(1);
}
secureDatabaseFile();
console.log("Database migrations applied.");

const { runSeed } = await import("../prisma/seed");
const { prisma } = await import("../app/platform/db.server");
if (url.startsWith("file:")) {
  // Write-ahead logging: readers (`npm run backup`'s copy among them) and the writer never wait for each
  // other, so a backup taken while the app runs refuses none of its writes. Kept in the file once set.
  await prisma.$queryRawUnsafe("PRAGMA journal_mode = WAL");
}
const notLoadedReason = demo.load || demo.reason === "DEMO_DATA is off" ? undefined : "the deployment looks real (below)";
const summary = await runSeed(demo.load ? { prisma, demo: true } : { prisma, demo: false, notLoadedReason });
console.log(summary);

// Without demo data and before the first administrator: one line saying how to get in.
const admins = await prisma.roleAssignment.count({ where: { role: "admin" } });
const invited = await prisma.invitation.count({ where: { role: "admin", acceptedAt: null } });
if (!demo.load && admins === 0 && invited === 0) {
  console.log(
    `Demo data was not loaded: ${demo.reason}. Create the first administrator with ` +
      "`npm run create-admin -- <email address>`" +
      (demo.reason === "DEMO_DATA is off" ? "." : " (or set DEMO_DATA=on to load the demo accounts, whose password is public)."),
  );
}

const { demoAccountsWarning } = await import("../app/startup-checks.server");
const warning = await demoAccountsWarning();
if (warning) console.warn(`\nWARNING: ${warning}\n`);
await prisma.$disconnect();
secureDatabaseFile();
