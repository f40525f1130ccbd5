import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { joinSentences, LocationLines } from "./ServiceCard";

describe("a partner service's place", () => {
  it("puts the address and the opening hours on lines of their own", () => {
    const html = renderToStaticMarkup(
      <LocationLines
        location={{
          id: "l",
          name: "Wigston Library",
          address: ["Bull Head Street", "Wigston"],
          postcode: "LE18 4AB",
          lat: 52.58,
          lng: -1.1,
          byAppointment: false,
          schedule: { sessions: [{ dayOfWeek: 7, startTime: "10:00", endTime: "11:30" }], exceptions: [] },
        }}
      />,
    );
    const lines = [...html.matchAll(/<div class="partner-line">(.*?)<\/div>/g)].map((m) => m[1]);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/LE18 4AB$/);
    expect(lines[1]).toMatch(/^Sun/);
  });
});

describe("who a partner service is for", () => {
  it("adds a full stop between parts, but not after the group's own", () => {
    expect(joinSentences(["Anyone worried about money.", "Carers", "Ages 18 and over"])).toBe("Anyone worried about money. Carers. Ages 18 and over");
    expect(joinSentences(["Anyone worried about money", "", null, "Carers"])).toBe("Anyone worried about money. Carers");
    expect(joinSentences(["Is it for you?", "Carers"])).toBe("Is it for you? Carers");
  });
});
