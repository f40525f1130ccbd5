import { fileURLToPath } from "node:url";
import { readCsv } from "../reference/files";
import { footprintRecords } from "../reference/footprints";
import { coverageSiteRecords } from "../reference/coverage-sites";
import { distanceKm } from "../reference/geo";
import { TAGS } from "../reference/tags";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./accounts";
import { DAY_NAMES, addDays, isoDay, londonDateTime } from "./calendar";
import { DEMO_ORGANISATIONS, DEMO_UNVERIFIED_ORGANISATIONS } from "./organisations";
import { demoPlan, type PlannedCafe } from "./plan";
import { stateAt, type StateAt } from "./schedule";

/**
 * docs/demo-data.md, generated from the demo definitions so it cannot drift from them
 * (`npx tsx prisma/demo/write-docs.ts` rewrites it; a test checks it is up to date).
 */

export const DEMO_DOCS_PATH = fileURLToPath(new URL("../../docs/demo-data.md", import.meta.url));

/** The instant the browser tests pin "now" to: Wednesday 25 November 2026, 18:30 in London (GMT). */
export const E2E_INSTANT = "2026-11-25T18:30:00Z";

function lePosition(outcode: string): { lat: number; lng: number } {
  const row = readCsv("outcodes.csv").find((r) => r.outcode === outcode);
  if (!row) throw new Error(`No outcode ${outcode}`);
  return { lat: Number(row.lat), lng: Number(row.lng) };
}

function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\n/g, " ");
}

function table(header: string[], rows: string[][]): string {
  return [`| ${header.join(" | ")} |`, `| ${header.map(() => "---").join(" | ")} |`, ...rows.map((r) => `| ${r.map(cell).join(" | ")} |`)].join("\n");
}

function longDate(date: string): string {
  const d = new Date(`${date}T12:00:00Z`);
  return d.toLocaleDateString("en-GB", { weekday: "short", day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
}

export function cafeStateAt(cafe: PlannedCafe, instant: Date): StateAt | null {
  if (cafe.status !== "open") return null;
  const { date, time } = londonDateTime(instant);
  return stateAt({ sessions: cafe.sessions, exceptions: cafe.exceptions }, date, time);
}

function describeState(state: StateAt | null, cafe: PlannedCafe, today: string): string {
  if (!state) return `not open (${cafe.status})`;
  if (state.open) return `**open** until ${state.until}`;
  if (!state.next) return "closed; no session in the next week";
  if (state.next.date === today) return `closed; opens ${state.next.time} today`;
  if (state.next.date === addDays(today, 1)) return `closed; opens ${state.next.time} tomorrow`;
  return `closed; opens ${DAY_NAMES[isoDay(state.next.date)]} ${state.next.time}`;
}

export function renderDemoDocs(instantIso = E2E_INSTANT): string {
  const instant = new Date(instantIso);
  const plan = demoPlan(instant);
  const { date: today, time } = londonDateTime(instant);
  const footprints = new Map(footprintRecords().map((f) => [f.code, f]));
  const sites = new Map(coverageSiteRecords().map((s) => [s.slug, s.name]));
  const tags = new Map(TAGS.map((t) => [t.slug, t]));
  const le1 = lePosition("LE1");
  const managers = new Map<string, string[]>();
  for (const a of DEMO_ACCOUNTS) for (const slug of a.cafes ?? []) managers.set(slug, [...(managers.get(slug) ?? []), a.email]);
  const members = new Map<string, string[]>();
  for (const a of DEMO_ACCOUNTS) if (a.organisation) members.set(a.organisation, [...(members.get(a.organisation) ?? []), a.email]);
  const states = new Map(plan.cafes.map((c) => [c.slug, cafeStateAt(c, instant)]));
  const km = (c: PlannedCafe) => distanceKm(le1, c);
  const when = `${longDate(today)}, ${time} London time`;

  const sessionText = (c: PlannedCafe) =>
    c.sessions
      .map((s) => {
        const offer = c.offers?.find((o) => o.key === s.offer);
        const notes = [
          offer?.title,
          s.capPlaces !== null ? `CAP places ${s.capPlaces}` : null,
          s.validFrom ? `${s.validFrom} to ${s.validUntil}` : null,
        ].filter(Boolean);
        return `${DAY_NAMES[s.dayOfWeek]} ${s.startTime}–${s.endTime}${notes.length ? ` (${notes.join("; ")})` : ""}`;
      })
      .join("<br>");
  const tagText = (c: PlannedCafe, kind: string) =>
    c.tags
      .filter((s) => tags.get(s)?.kind === kind)
      .map((s) => `\`${s}\``)
      .join(" ");
  const offerText = (c: PlannedCafe) => (c.offers ?? []).map((o) => `${o.title} (${o.tags.map((t) => `\`${t}\``).join(" ")})`).join("<br>");

  const cafeRows = plan.cafes.map((c) => [
    `\`${c.slug}\``,
    c.name,
    c.organisation,
    `${footprints.get(c.footprint)?.name ?? c.footprint} (${c.footprint})${c.university ? `; ${sites.get(c.university)}` : ""}`,
    `${c.postcode}, ${c.town}`,
    km(c).toFixed(1),
    c.status,
    sessionText(c),
    offerText(c) || "—",
    tagText(c, "language"),
    tagText(c, "access"),
    String(c.verifiedDaysAgo),
    (managers.get(c.slug) ?? []).join(", ") || "—",
    describeState(states.get(c.slug) ?? null, c, today),
  ]);

  const list = (cafes: PlannedCafe[], extra: (c: PlannedCafe) => string) =>
    cafes.length ? cafes.map((c) => `- \`${c.slug}\` — ${c.name}, ${c.postcode} (${km(c).toFixed(1)} km from LE1): ${extra(c)}`).join("\n") : "- none";
  const openNow = plan.cafes.filter((c) => states.get(c.slug)?.open);
  const laterToday = plan.cafes.filter((c) => {
    const s = states.get(c.slug);
    return s && !s.open && s.next?.date === today;
  });
  const tomorrow = plan.cafes.filter((c) => {
    const s = states.get(c.slug);
    return s && !s.open && s.next?.date === addDays(today, 1);
  });
  const stateText = (c: PlannedCafe) => describeState(states.get(c.slug) ?? null, c, today).replace(/\*\*/g, "");
  const offersAt = (c: PlannedCafe) => {
    const running = c.sessions.filter((s) => s.dayOfWeek === isoDay(today) && s.offer && s.startTime <= time && time < s.endTime);
    const titles = running.map((s) => c.offers?.find((o) => o.key === s.offer)?.title).filter(Boolean);
    return titles.length ? `; offer running: ${titles.join(", ")}` : "";
  };

  const exceptionRows = plan.cafes.flatMap((c) =>
    c.exceptions.map((e) => [
      `\`${c.slug}\``,
      `\`${e.kind}\``,
      e.startDate === e.endDate ? e.startDate : `${e.startDate} to ${e.endDate}`,
      e.startTime ? `${e.startTime}–${e.endTime}` : "—",
      e.reason,
    ]),
  );

  const active = [...footprints.values()].filter((f) => !f.closedOn || f.closedOn >= today);
  const withOpen = new Set(plan.cafes.filter((c) => c.status === "open").map((c) => c.footprint));
  const withAny = new Set(plan.cafes.filter((c) => c.status !== "closed").map((c) => c.footprint));
  const stale = plan.cafes.filter((c) => c.verifiedDaysAgo >= 60).sort((a, b) => b.verifiedDaysAgo - a.verifiedDaysAgo);

  return `<!-- Generated by \`npx tsx prisma/demo/write-docs.ts\` from prisma/demo/. Do not edit by hand: a test checks it is up to date. -->

# Demo data

The demonstration data lets people try Café Network and gives tests something realistic to work with.
It is invented: no organisation, café, venue or person in it is real, and nothing in it could be mistaken
for a real service. Every demo organisation and café has \`isDemo = true\`, and public pages show a notice
while any demo record exists. Every demo organisation but \`${DEMO_UNVERIFIED_ORGANISATIONS.join("`, `")}\` is verified when the
demo loads, so the open data (\`/api/oruk\`) includes their cafés, marked as demonstration records.

## When it is loaded

\`prisma/seed.ts\` (run by \`npm run setup\`, \`npm start\` and the test harness) always loads the reference
data (footprints, practices, universities, tags). It loads the demo data only when

- \`DEMO_DATA\` is \`on\` (or \`1\`, \`true\`, \`yes\`), or it is unset and the deployment does not look real (no
  \`https://\` \`APP_URL\`, no \`SESSION_SECRET\`, the embedded SQLite file — a fresh clone's \`npm start\`;
  \`app/platform/env.server.ts\`, \`demoDataDecision\`), and
- the database has **no café, organisation, account or invitation** (so never next to real records, and never twice).

Everything dated is worked out from "now" (\`FIXED_NOW\` if set, else the clock): when the hours were last
confirmed, the winter season of seasonal sessions, the schedule exceptions and the bank-holiday answers.
This page shows the data as loaded with \`FIXED_NOW=${instantIso}\`, the instant the browser tests pin:
**${when}**.

Positions come from each café's real postcode (Code-Point Open, \`prisma/data/llr-postcodes.csv\`); each
café lies inside the approximate boundary of its footprint. Phone numbers are in Ofcom's drama ranges
(0116 496 0xxx, 01632 960xxx, 07700 900xxx); web and email addresses use \`.example\`.

## Accounts

Every demo account has the password \`${DEMO_PASSWORD}\`. Where demo accounts that still have it exist on a
deployment that looks real, \`npm run setup\` and the server's start print a loud warning
(\`app/startup-checks.server.ts\`).

${table(
  ["Email", "Name", "Role", "Scope"],
  DEMO_ACCOUNTS.map((a) => [
    a.email,
    a.name,
    a.role,
    a.organisation ? `member of \`${a.organisation}\`` : a.cafes ? `manages ${a.cafes.map((s) => `\`${s}\``).join(" and ")}` : "—",
  ]),
)}

## Organisations

${table(
  ["Slug", "Name", "Cafés", "Demo members"],
  DEMO_ORGANISATIONS.map((o) => [
    `\`${o.slug}\``,
    o.name,
    plan.cafes
      .filter((c) => c.organisation === o.slug)
      .map((c) => `\`${c.slug}\``)
      .join(" "),
    (members.get(o.slug) ?? []).join(", ") || "—",
  ]),
)}

## At ${when}

Open now (${openNow.length}):

${list(openNow, (c) => `${stateText(c)}${offersAt(c)}; languages ${tagText(c, "language")}`)}

Closed now, opening later today (${laterToday.length}):

${list(laterToday, stateText)}

Closed now, opening tomorrow (${tomorrow.length}):

${list(tomorrow, stateText)}

Not listed as open at all (status other than \`open\`; a \`closed\` café never appears in search):

${list(
  plan.cafes.filter((c) => c.status !== "open"),
  (c) => c.status,
)}

## Cafés

"km" is the distance from the centre of the LE1 postcode district. "Verified" is how many days before
"now" the hours were last confirmed (60 or more: reminder due; 90 or more: shown as not confirmed
recently). "CAP places" is set on some sessions; the others use the café's default (2 unless stated).

${table(
  ["Slug", "Name", "Organisation", "Footprint", "Postcode", "km", "Status", "Weekly sessions", "Offers (tags)", "Languages", "Access", "Verified", "Managed by", `At ${time}`],
  cafeRows,
)}

Cafés with a non-default CAP places default: ${plan.cafes
    .filter((c) => c.capPlacesDefault !== undefined)
    .map((c) => `\`${c.slug}\` (${c.capPlacesDefault})`)
    .join(", ")}.

Hours not confirmed recently: ${stale.map((c) => `\`${c.slug}\` (${c.verifiedDaysAgo} days)`).join(", ")}.

The cafés' own translations (written by each café's team, shown on the public pages in that language and
marked as the café's own): ${plan.cafes
    .filter((c) => c.translations?.length || c.offers?.some((o) => o.translations?.length))
    .map((c) => {
      const description = (c.translations ?? []).map((tr) => tr.locale);
      const offers = (c.offers ?? []).filter((o) => o.translations?.length).map((o) => `${o.title} (${o.translations!.map((tr) => tr.locale).join(", ")})`);
      return `\`${c.slug}\`: description (${description.join(", ")}); ${offers.join("; ")}`;
    })
    .join(". ")}.

## Schedule exceptions (dates as at ${longDate(today)})

${table(["Café", "Kind", "Dates", "Times", "Reason"], exceptionRows)}

## Coverage

${withOpen.size} of the ${active.length} footprints active on ${today} have an open café; ${withAny.size} have a café that is not closed.
Footprints without an open café: ${active
    .filter((f) => !withOpen.has(f.code))
    .map((f) => `${f.name} (${f.code})${withAny.has(f.code) ? ", café not open" : ""}`)
    .join("; ")}.
Universities with a café: ${[...new Set(plan.cafes.filter((c) => c.university).map((c) => sites.get(c.university!)))].join(", ")};
without: ${[...sites.entries()]
    .filter(([slug]) => !plan.cafes.some((c) => c.university === slug))
    .map(([, name]) => name)
    .join(", ")}.

## Tags (reference data, all databases)

${table(
  ["Kind", "Slug", "Label"],
  TAGS.map((t) => [t.kind, `\`${t.slug}\``, t.label]),
)}
`;
}
