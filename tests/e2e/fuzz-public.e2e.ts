import { createClient } from "@libsql/client";
import { beforeAll, it } from "vitest";
import { t } from "~/lib/i18n";
import { publicGet } from "../support/fuzz-addresses";
import { assertProperty } from "../support/fuzz";
import { describeE2E, e2e, hasBrowser } from "./support/browser";

/**
 * The public addresses of tests/integration/fuzz-public.test.ts sent to the production server, where the
 * page is rendered too: never a server error, and every HTML page (found, not found or refused) is a whole
 * page of the site with the crisis numbers. Seeded; FUZZ_RUNS sets the number (default 30, ×2 here).
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 30) * 2;
let slugs: string[] = [];
let areaCodes: string[] = [];

beforeAll(async () => {
  if (!hasBrowser) return;
  const db = createClient({ url: `file:${e2e.baseDatabase}` });
  try {
    slugs = (await db.execute(`SELECT slug FROM "Cafe" ORDER BY slug`)).rows.map((r) => String(r.slug));
    areaCodes = (await db.execute(`SELECT code, slug FROM "Footprint" ORDER BY code LIMIT 10`)).rows.flatMap((r) => [String(r.code), String(r.slug)]);
  } finally {
    db.close();
  }
});

describeE2E("every public address, fuzzed, on the production server", () => {
  it("answers a page, never a server error", async () => {
    await assertProperty(
      publicGet(slugs, areaCodes),
      async ({ path }) => {
        const response = await fetch(e2e.baseUrl + path, { redirect: "manual" });
        if (response.status >= 500) return `${path}: answered ${response.status}`;
        const type = response.headers.get("content-type") ?? "";
        if (type.startsWith("text/html")) {
          const page = await response.text();
          if (!page.includes(t("shell.crisis.label")) || !page.includes("</html>")) return `${path}: ${response.status} is not a whole page of the site`;
        } else {
          await response.arrayBuffer();
        }
        return null;
      },
      RUNS,
    );
  }, 120_000);
});
