/**
 * A synthetic national-scale database for the benchmark (tests/bench/run.ts): the reference data and demo
 * data of a normal setup, plus made-up footprints and cafés spread over Great Britain, to 10,000 cafés in
 * 1,250 footprints altogether. Leicester, Leicestershire and Rutland keep their real footprints and demo
 * cafés, so a search from an LLR postcode finds the same nearest cafés, among 10,000.
 *
 * Every synthetic record is marked as demo data (isDemo) and named "Synthetic …". The positions are the
 * postcode districts' centroids from prisma/data/outcodes.csv (outside the LE area), with a little scatter;
 * sessions, offers, tags, exceptions, hours-checked dates, grant applications (about one for every four
 * footprints) and CAP bookings of the last 30 days are drawn from a seeded random generator, so
 * the dataset is the same on every run.
 *
 *   npx tsx scripts/generate-national-dataset.ts --out tests/.tmp/bench/national.db [--cafes 10000] [--footprints 1250]
 *   npx tsx scripts/generate-national-dataset.ts --url postgresql://…/bench_national   (an existing, empty database)
 *
 * The output file is replaced. FIXED_NOW, if set, dates the demo data and exceptions (as the seed does).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { createPrismaClient } from "../app/platform/database-client.server";

function argument(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

const out = path.resolve(argument("out", "tests/.tmp/bench/national.db"));
const targetCafes = Number(argument("cafes", "10000"));
const targetFootprints = Number(argument("footprints", "1250"));

/** mulberry32: a small seeded generator, so every run builds the same data. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = random(20261125);
const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
const chance = (p: number) => rand() < p;
const pad = (n: number, width = 5) => String(n).padStart(width, "0");
const time = (minutes: number) => `${pad(Math.floor(minutes / 60) % 24, 2)}:${pad(minutes % 60, 2)}`;

function londonToday(now: Date): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}
function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

async function main() {
  const started = Date.now();
  const given = argument("url", "");
  if (!given) {
    mkdirSync(path.dirname(out), { recursive: true });
    for (const suffix of ["", "-journal", "-wal", "-shm"]) rmSync(out + suffix, { force: true });
  }
  const url = given || `file:${out}`;

  // Migrations, reference data and demo data, exactly as `npm run setup` does.
  execFileSync(process.execPath, [path.resolve("node_modules/tsx/dist/cli.mjs"), "scripts/setup.ts"], {
    env: { ...process.env, DATABASE_URL: url, DEMO_DATA: "on", SESSION_SECRET: process.env.SESSION_SECRET ?? "bench-session-secret-at-least-32-characters" },
    stdio: ["ignore", "ignore", "inherit"],
  });

  const prisma = createPrismaClient(url);
  const now = process.env.FIXED_NOW ? new Date(process.env.FIXED_NOW) : new Date();
  const today = londonToday(Number.isNaN(now.getTime()) ? new Date() : now);
  try {
    const [existingFootprints, existingCafes] = await Promise.all([prisma.footprint.count(), prisma.cafe.count()]);
    const newFootprints = Math.max(0, targetFootprints - existingFootprints);
    const newCafes = Math.max(0, targetCafes - existingCafes);

    const tags = await prisma.tag.findMany({ select: { id: true, kind: true, slug: true } });
    const byKind = (kind: string) => tags.filter((t) => t.kind === kind);
    const languages = byKind("language");
    const english = languages.find((t) => t.slug === "english")!;
    const otherLanguages = languages.filter((t) => t !== english);
    const audiences = byKind("audience");
    const access = byKind("access");

    // Places outside the LE area: the postcode districts of Great Britain.
    const districts = readFileSync("prisma/data/outcodes.csv", "utf8")
      .split(/\r?\n/)
      .slice(1)
      .map((line) => line.split(","))
      .filter((f) => f.length >= 3 && !/^LE\d/.test(f[0]!) && Number.isFinite(Number(f[1])) && Number.isFinite(Number(f[2])))
      .map((f) => ({ outcode: f[0]!, lat: Number(f[1]), lng: Number(f[2]) }));

    // Organisations: one for every ten footprints.
    const organisations = Array.from({ length: Math.max(1, Math.ceil(newFootprints / 10)) }, (_, i) => ({
      id: `synthetic-org-${pad(i)}`,
      slug: `synthetic-organisation-${pad(i)}`,
      name: `Synthetic Peer Support Group ${i + 1}`,
      isDemo: true,
    }));
    await prisma.organisation.createMany({ data: organisations });

    const footprints = Array.from({ length: newFootprints }, (_, i) => {
      const place = districts[Math.floor((i * districts.length) / Math.max(1, newFootprints))]!;
      return {
        id: `synthetic-fp-${pad(i)}`,
        code: `X${pad(i)}`,
        slug: `synthetic-footprint-${pad(i)}`,
        kind: "pcn",
        name: `Synthetic ${place.outcode} Network`,
        area: "Synthetic",
        centroidLat: place.lat,
        centroidLng: place.lng,
        inPlan2021: false,
      };
    });
    for (let i = 0; i < footprints.length; i += 500) await prisma.footprint.createMany({ data: footprints.slice(i, i + 500) });

    type Row = Record<string, unknown>;
    const cafes: Row[] = [];
    const cafeTags: Row[] = [];
    const offers: Row[] = [];
    const offerTags: Row[] = [];
    const sessions: Row[] = [];
    const exceptions: Row[] = [];
    for (let i = 0; i < newCafes; i++) {
      const footprint = footprints[i % Math.max(1, footprints.length)]!;
      const id = `synthetic-cafe-${pad(i)}`;
      const lat = footprint.centroidLat + (rand() - 0.5) * 0.06;
      const lng = footprint.centroidLng + (rand() - 0.5) * 0.09;
      const status = chance(0.9) ? "open" : pick(["paused", "closed", "planned", "setting-up"]);
      cafes.push({
        id,
        slug: `synthetic-cafe-${pad(i)}`,
        name: `Synthetic Café ${i + 1}`,
        organisationId: organisations[Math.floor((i % footprints.length) / 10) % organisations.length]!.id,
        footprintId: footprint.id,
        status,
        description: "A made-up café for the benchmark.",
        venueName: `Community Rooms ${i + 1}`,
        addressLine1: `${1 + (i % 200)} High Street`,
        town: `Synthetic ${footprint.name.split(" ")[1]}`,
        postcode: `${footprint.name.split(" ")[1]} 1AA`,
        lat,
        lng,
        phone: `0116 496 ${pad(i % 10000, 4)}`,
        hoursVerifiedAt: new Date(now.getTime() - Math.floor(rand() * 120) * 86_400_000),
        isDemo: true,
      });
      cafeTags.push({ cafeId: id, tagId: english.id });
      for (const tag of otherLanguages) if (chance(0.12)) cafeTags.push({ cafeId: id, tagId: tag.id });
      for (const tag of access) if (chance(0.5)) cafeTags.push({ cafeId: id, tagId: tag.id });

      let offerId: string | null = null;
      if (chance(0.35)) {
        offerId = `${id}-offer`;
        const audience = pick(audiences);
        offers.push({ id: offerId, cafeId: id, title: `Session for ${audience.slug}`, description: "" });
        offerTags.push({ offerId, tagId: audience.id });
        if (chance(0.5)) offerTags.push({ offerId, tagId: pick(otherLanguages).id });
      }
      const days = new Set<number>();
      const count = 1 + Math.floor(rand() * 3);
      while (days.size < count) days.add(1 + Math.floor(rand() * 7));
      let n = 0;
      for (const day of days) {
        const start = pick([10 * 60, 12 * 60, 13 * 60, 17 * 60, 17 * 60 + 30, 18 * 60, 19 * 60, 20 * 60]);
        const length = pick([180, 180, 240, 360]);
        sessions.push({
          id: `${id}-s${n}`,
          cafeId: id,
          dayOfWeek: day,
          startTime: time(start),
          endTime: time(start + length),
          offerId: n === 0 ? offerId : null,
        });
        n++;
      }
      if (chance(0.05)) {
        const date = addDays(today, Math.floor(rand() * 21));
        exceptions.push({ id: `${id}-x`, cafeId: id, kind: "closed", startDate: date, endDate: date, reason: "Closed for staff training" });
      }
    }

    // The grant pipeline and the CAP's bookings, in proportion: about one application for every four
    // footprints (at every stage), and a few bookings of the last 30 days at one café in three.
    const round = await prisma.grantRound.create({
      data: { slug: "synthetic-round", title: "Synthetic grant round", kind: "neighbourhood", budgetPence: 100_000_000, maxAwardPence: 1_000_000, status: "open", isDemo: true },
    });
    const applications: Row[] = [];
    footprints.forEach((footprint, i) => {
      if (!chance(0.25)) return;
      const status = pick(["draft", "submitted", "at-panel", "awarded", "accepted", "declined", "more-information"]);
      const awarded = status === "awarded" || status === "accepted";
      applications.push({
        id: `synthetic-app-${pad(i)}`,
        reference: `SYN-${pad(i)}`,
        roundId: round.id,
        organisationId: organisations[Math.floor(i / 10) % organisations.length]!.id,
        status,
        cafeName: `Synthetic proposed café ${i + 1}`,
        footprintId: footprint.id,
        requestedPence: 500_000,
        expectedLaunchDate: awarded ? addDays(today, 30 + Math.floor(rand() * 240)) : null,
        isDemo: true,
      });
    });
    const bookings: Row[] = [];
    cafes.forEach((cafe, i) => {
      if (cafe.status !== "open" || !chance(1 / 3)) return;
      const count = 1 + Math.floor(rand() * 4);
      for (let k = 0; k < count; k++) {
        const date = addDays(today, -1 - Math.floor(rand() * 30));
        const startsAt = new Date(`${date}T10:00:00Z`);
        bookings.push({
          reference: `Z${(i * 8 + k).toString(36).toUpperCase().padStart(5, "0")}`,
          cafeId: cafe.id,
          sessionDate: date,
          slotKey: "weekly:synthetic",
          startsAt,
          endsAt: new Date(startsAt.getTime() + 3 * 3_600_000),
          place: k + 1,
          status: pick(["arrived", "arrived", "did-not-attend", "cancelled", "booked"]),
          callerName: "S",
          consent: true,
        });
      }
    });

    const insert = async (name: string, rows: Row[], run: (batch: Row[]) => Promise<unknown>) => {
      for (let i = 0; i < rows.length; i += 1000) await run(rows.slice(i, i + 1000));
      return `${rows.length} ${name}`;
    };
    const counts = [
      await insert("cafés", cafes, (b) => prisma.cafe.createMany({ data: b as never })),
      await insert("café tags", cafeTags, (b) => prisma.cafeTag.createMany({ data: b as never })),
      await insert("offers", offers, (b) => prisma.offer.createMany({ data: b as never })),
      await insert("offer tags", offerTags, (b) => prisma.offerTag.createMany({ data: b as never })),
      await insert("weekly sessions", sessions, (b) => prisma.weeklySession.createMany({ data: b as never })),
      await insert("exceptions", exceptions, (b) => prisma.scheduleException.createMany({ data: b as never })),
      await insert("grant applications", applications, (b) => prisma.grantApplication.createMany({ data: b as never })),
      await insert("CAP bookings", bookings, (b) => prisma.booking.createMany({ data: b as never })),
    ];
    // PostgreSQL plans queries from table statistics, which its autovacuum gathers some time after a bulk
    // load: gather them now, as a running deployment has them (without, some reads were half as fast again).
    if (/^postgres(ql)?:\/\//i.test(url)) await prisma.$executeRawUnsafe("ANALYZE");
    const [footprintTotal, cafeTotal, listed] = await Promise.all([
      prisma.footprint.count(),
      prisma.cafe.count(),
      prisma.cafe.count({ where: { status: "open" } }),
    ]);
    console.log(
      `National dataset at ${given ? given.replace(/\/\/[^@/]*@/, "//") : path.relative(process.cwd(), out)}: ${footprintTotal} footprints, ${cafeTotal} cafés (${listed} open); ` +
        `added ${newFootprints} footprints, ${organisations.length} organisations, ${counts.join(", ")} in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
    );
  } finally {
    await prisma.$disconnect();
  }
}

await main();
