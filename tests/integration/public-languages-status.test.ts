import { describe, expect, it } from "vitest";
import { listedCafesAt } from "~/modules/cafe/index.server";
import { openingStatusView } from "~/modules/schedule";
import { runWithLocale } from "~/platform/request-locale.server";

/**
 * The opening state of each listed café is worked out once a minute for every reader; its words are the
 * reader's language: a list in English never shows the words an Arabic reader's list was given.
 */
describe("a listed café's opening status in each reader's language", () => {
  it("words the same minute's state in each language, whoever asked first", async () => {
    const at = new Date("2026-11-25T18:30:00Z");
    const listed = await listedCafesAt(at);
    const cafe = listed.index.cafes[0]!;
    const arabic = await runWithLocale("ar", async () => listed.statusOf(cafe));
    const polish = await runWithLocale("pl", async () => listed.statusOf(cafe));
    const english = await runWithLocale("en", async () => listed.statusOf(cafe));
    expect(english).toEqual(runWithLocale("en", () => openingStatusView(listed.stateOf(cafe))));
    expect(polish).toEqual(runWithLocale("pl", () => openingStatusView(listed.stateOf(cafe))));
    expect(arabic).toEqual(runWithLocale("ar", () => openingStatusView(listed.stateOf(cafe))));
    expect(english.label).not.toBe(arabic.label);
    expect(polish.label).not.toBe(english.label);
  });
});
