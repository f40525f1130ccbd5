import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { currentLocale, localePath, t } from "~/lib/i18n";
import { requestLocale, runWithLocale } from "./request-locale.server";

/**
 * The language of each request: requests in different languages handled at the same time each see their
 * own language in t(), localePath() and a render, across awaits, and never another request's.
 */
const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 1));

function SkipLink() {
  return createElement("a", { href: localePath("/") }, t("shell.skipLink"));
}

/** What one request's handler sees, step by step, with awaits between the steps. */
async function handle(steps: string[]): Promise<void> {
  steps.push(currentLocale());
  await tick();
  steps.push(t("shell.skipLink"));
  await tick();
  steps.push(renderToStaticMarkup(createElement(SkipLink)));
}

type Next = () => void;
function throughMiddleware(path: string, steps: string[]): Promise<void> {
  const req = { method: "GET", path, originalUrl: path } as never;
  const res = { vary: () => undefined, redirect: () => undefined } as never;
  return new Promise<void>((resolve, reject) => {
    const next: Next = () => void handle(steps).then(resolve, reject);
    requestLocale()(req, res, next);
  });
}

describe("the language of a request", () => {
  it("stays each request's own when a Polish and an Urdu request are handled at the same time", async () => {
    const polish: string[] = [];
    const urdu: string[] = [];
    const english: string[] = [];
    await Promise.all([throughMiddleware("/pl/cafes/x", polish), throughMiddleware("/ur/partners", urdu), throughMiddleware("/cafes/x", english)]);
    expect(polish).toEqual(["pl", "Przejdź do głównej treści", '<a href="/pl">Przejdź do głównej treści</a>']);
    expect(urdu).toEqual(["ur", "مرکزی مواد پر جائیں", '<a href="/ur">مرکزی مواد پر جائیں</a>']);
    expect(english).toEqual(["en", "Skip to main content", '<a href="/">Skip to main content</a>']);
  });

  it("is English outside any request, and runWithLocale interleaved keeps each its own", async () => {
    expect(currentLocale()).toBe("en");
    const seen: string[] = [];
    const run = (locale: "gu" | "ar") =>
      runWithLocale(locale, async () => {
        for (let i = 0; i < 3; i++) {
          await tick();
          seen.push(`${locale}:${currentLocale()}`);
        }
      });
    await Promise.all([run("gu"), run("ar")]);
    expect(seen.filter((s) => s.startsWith("gu:"))).toEqual(["gu:gu", "gu:gu", "gu:gu"]);
    expect(seen.filter((s) => s.startsWith("ar:"))).toEqual(["ar:ar", "ar:ar", "ar:ar"]);
    expect(currentLocale()).toBe("en");
  });
});
