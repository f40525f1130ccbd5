import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseSubmission, replyMessages, formReply } from "~/lib/forms";
import { formVenues, MAX_VENUES, serviceLookups, serviceSchema, venueSessions } from "./forms";
import { serviceTextSummary, SERVICE_SUMMARY_MAX } from "./summary";

const base = { name: "Money advice", description: "Help with debts.", access: "drop-in", isFree: "yes", supportTagIds: "tag-1" };

function parse(fields: Record<string, string | string[]>) {
  const data = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...base, ...fields })) for (const x of Array.isArray(v) ? v : [v]) data.append(k, x);
  return parseSubmission(data, serviceSchema);
}
const messages = (fields: Record<string, string | string[]>) => replyMessages(formReply(parse(fields)));

describe("the service form's venues", () => {
  it("reads several venues, each with its own hours or by appointment, and leaves out empty ones", () => {
    const s = parse({
      "venues[0].id": "loc-1",
      "venues[0].name": "St Mark's",
      "venues[0].addressLine1": "1 Road",
      "venues[0].town": "Leicester",
      "venues[0].postcode": "LE1 1HL",
      "venues[0].sessions[0].day": "2",
      "venues[0].sessions[0].start": "9:30",
      "venues[0].sessions[0].end": "12:00",
      "venues[1].name": "",
      "venues[2].name": "Library",
      "venues[2].addressLine1": "2 Road",
      "venues[2].town": "Oakham",
      "venues[2].postcode": "LE15 6AA",
      "venues[2].byAppointment": "yes",
      "venues[2].sessions[0].day": "3",
      "venues[2].sessions[0].start": "10:00",
      "venues[2].sessions[0].end": "11:00",
    });
    expect(s.status).toBe("success");
    if (s.status !== "success") return;
    const venues = formVenues(s.value);
    expect(venues.map((v) => [v.id, v.name])).toEqual([
      ["loc-1", "St Mark's"],
      [null, "Library"],
    ]);
    expect(venueSessions(venues[0]!)).toEqual([{ dayOfWeek: 2, startTime: "09:30", endTime: "12:00" }]);
    expect(venueSessions(venues[1]!)).toEqual([]);
    expect(serviceLookups(s.payload).venues.map((v) => v.postcode)).toEqual(["LE1 1HL", null, "LE15 6AA"]);
  });

  it("refuses more than the most venues", () => {
    const many = Object.fromEntries(Array.from({ length: MAX_VENUES + 1 }, (_, i) => [`venues[${i}].name`, `V${i}`]));
    expect(messages(many).venues).toMatch(/at most 10 venues/);
  });

  it("gives every message at once, next to each field", () => {
    expect(
      messages({
        supportTagIds: [],
        description: "",
        isFree: "no",
        "venues[0].name": "St Mark's",
        "venues[0].sessions[0].day": "7",
        "venues[0].sessions[0].start": "12:00",
        "venues[0].sessions[0].end": "10:00",
        "venues[0].sessions[1].day": "mon",
        "venues[0].sessions[1].start": "10:00",
        "venues[0].sessions[1].end": "11:00",
        "venues[1].name": "Hall",
        "venues[1].addressLine1": "1 Road",
        "venues[1].town": "Leicester",
        "venues[1].postcode": "LE1 1HL",
        "venues[1].sessions[0].day": "1",
        "venues[1].sessions[0].start": "10:00",
        "venues[1].sessions[0].end": "10:00",
      }),
    ).toEqual({
      supportTagIds: "Choose at least one thing it helps with",
      description: "Say what the service offers",
      costNote: "Say what it costs",
      "venues[0].addressLine1": expect.any(String),
      "venues[0].town": expect.any(String),
      "venues[0].postcode": expect.any(String),
      "venues[0].sessions[0].end": expect.stringMatching(/runs past midnight/),
      "venues[0].sessions[1].day": "Choose a day of the week",
      "venues[1].sessions[0].end": expect.stringMatching(/different from the start time/),
    });
  });

  it("accepts a session past midnight when the form says it runs past midnight", () => {
    const s = parse({
      areaLLR: "yes",
      "venues[0].name": "Night shelter",
      "venues[0].addressLine1": "1 Road",
      "venues[0].town": "Leicester",
      "venues[0].postcode": "LE1 1HL",
      "venues[0].sessions[0].day": "7",
      "venues[0].sessions[0].start": "22:00",
      "venues[0].sessions[0].end": "02:00",
      "venues[0].sessions[0].overnight": "yes",
    });
    expect(s.status).toBe("success");
  });

  it("needs a venue or an area, and hours need a venue", () => {
    expect(messages({ "venues[0].sessions[0].day": "1", "venues[0].sessions[0].start": "10:00", "venues[0].sessions[0].end": "11:00" })).toMatchObject({
      areaLLR: "Give a venue, or the areas the service covers",
      "venues[0].sessions[0].day": "Opening times need a venue",
    });
  });
});

describe("a service's text summary over several venues", () => {
  it("never passes 300 characters and always ends with the page's address", () => {
    const venue = fc.record({
      name: fc.string({ maxLength: 120 }),
      postcode: fc.constantFrom("LE1 1HL", "LE15 6AA"),
      byAppointment: fc.boolean(),
      sessions: fc.array(
        fc.record({ dayOfWeek: fc.integer({ min: 1, max: 7 }), startTime: fc.constantFrom("09:00", "22:00"), endTime: fc.constantFrom("12:00", "02:00") }),
        { maxLength: 3 },
      ),
    });
    fc.assert(
      fc.property(fc.array(venue, { maxLength: MAX_VENUES }), fc.string({ maxLength: 120 }), fc.boolean(), (locations, name, demo) => {
        const url = "https://cafes.example/partners/group";
        const text = serviceTextSummary({ name, organisation: "Group", access: "drop-in", locations, areas: ["LLR"], phone: "0116 496 0111", url, demo });
        return text.length <= SERVICE_SUMMARY_MAX && text.endsWith(url);
      }),
    );
  });
});
