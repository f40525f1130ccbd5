import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { en } from "./catalogue";
import { isPublicKey } from "./public";

/**
 * Every message a public page can show is in the public set (and so translated): the catalogue keys
 * written in the public route modules and in every module they import, followed through the app (the
 * *.server.ts modules too: their words reach the page as codes; a domain module's barrel is not followed, its
 * public files are listed). A key built at run time (`tag.${slug}`)
 * counts by its prefix: every key with that prefix must be public.
 */
const root = path.resolve(__dirname, "../..");
const PUBLIC_ROUTES = [
  "routes/_index.tsx",
  "routes/areas._index.tsx",
  "routes/areas.$code.tsx",
  "routes/cafes.$slug.tsx",
  "routes/cafes.$slug_.print.tsx",
  "routes/cafes.$slug_.summary[.]txt.tsx",
  "routes/partners._index.tsx",
  "routes/partners.$slug.tsx",
  "routes/partners.services.$slug.print.tsx",
  "routes/urgent-help.tsx",
  "routes/accessibility.tsx",
  "routes/privacy.tsx",
  "routes/about-data.tsx",
  "routes/$.tsx",
  "root.tsx",
  // The public side of the domain modules whose words public pages show (imported through barrels)
  "modules/finder/finder-text.ts",
  "modules/finder/finder-params.ts",
  "modules/finder/finder-query.ts",
  "modules/finder/finder-page.ts",
  "modules/finder/finder-page.server.ts",
  "modules/finder/areas.server.ts",
  "modules/cafe/public-cafe.server.ts",
  "modules/cafe/public-cafe-text.ts",
  "modules/partners/page.server.ts",
  "modules/partners/public.server.ts",
  "modules/partners/query.ts",
];
/** Shared by every page, but their words are the staff pages' (the header's signed-in links, forms' staff errors). */
const NOT_PUBLIC_TEXT = [/^components\/(auth|manage|admin|grants|coverage|bookings)\//, /^routes\/(manage|admin|organisation|grants)/];

function resolve(from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith("~/")) base = path.join(root, spec.slice(2));
  else if (spec.startsWith(".")) base = path.resolve(path.dirname(from), spec);
  else return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")]) {
    if (existsSync(candidate) && /\.tsx?$/.test(candidate)) return candidate;
  }
  return null;
}

function modulesOfPublicPages(): string[] {
  const seen = new Set<string>();
  const queue = PUBLIC_ROUTES.map((r) => path.join(root, r));
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    const relative = path.relative(root, file);
    if (relative.startsWith("lib/i18n/")) continue; // the catalogue itself
    if (NOT_PUBLIC_TEXT.some((re) => re.test(relative))) continue;
    seen.add(file);
    // A domain module's barrel holds the staff side too: its own files are followed only when a page
    // imports them by name, or they are the public side listed below.
    if (/^modules\/[^/]+\/index(\.server)?\.ts$/.test(relative)) continue;
    const source = readFileSync(file, "utf8");
    for (const m of source.matchAll(/(?:from|import)\s*\(?\s*["']([^"']+)["']/g)) {
      const next = resolve(file, m[1]!);
      if (next) queue.push(next);
    }
  }
  return [...seen];
}

describe("the public pages' messages", () => {
  const files = modulesOfPublicPages();

  it("follows the imports of the public pages", () => {
    const names = files.map((f) => path.relative(root, f));
    expect(names).toEqual(expect.arrayContaining(["routes/partners.$slug.tsx", "components/partners/ServiceCard.tsx", "components/finder/Notices.tsx"]));
  });

  it("are all in the public set", () => {
    const outside: string[] = [];
    const keys = Object.keys(en);
    for (const file of files) {
      const source = readFileSync(file, "utf8");
      const where = path.relative(root, file);
      for (const m of source.matchAll(/["'`]([a-zA-Z]+(?:\.[A-Za-z0-9_-]+)+)["'`]/g)) {
        if (m[1]! in en && !isPublicKey(m[1]!)) outside.push(`${m[1]} (${where})`);
      }
      for (const m of source.matchAll(/`([a-zA-Z]+(?:\.[A-Za-z0-9_-]+)*\.)\$\{/g)) {
        for (const key of keys.filter((k) => k.startsWith(m[1]!) && !isPublicKey(k))) outside.push(`${key} (${where}, built from ${m[1]}…)`);
      }
    }
    expect([...new Set(outside)]).toEqual([]);
  });
});
