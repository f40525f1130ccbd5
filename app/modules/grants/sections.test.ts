import { describe, expect, it } from "vitest";
import { parseSubmission } from "~/lib/forms";
import {
  applicationProblems,
  budgetProblems,
  budgetTotal,
  parsePounds,
  poundsText,
  SECTION_SCHEMAS,
  sectionFormValues,
  sectionProblems,
  type SubmitContext,
} from "./sections";

const context: SubmitContext = {
  roundKind: "neighbourhood",
  maxAwardPence: 1_500_000,
  eligibleFootprintIds: ["fp-city"],
  eligibleSiteIds: [],
  footprintId: "fp-city",
  attachmentKinds: ["safeguarding-policy", "accounts", "constitution"],
};

function form(entries: Record<string, string>) {
  const data = new FormData();
  for (const [k, v] of Object.entries(entries)) data.append(k, v);
  return data;
}

describe("amounts in pounds", () => {
  it("read as typed, with or without £, commas and pence", () => {
    expect(parsePounds("1250")).toBe(125_000);
    expect(parsePounds("£1,250.5")).toBe(125_050);
    expect(parsePounds("0.99")).toBe(99);
    expect(parsePounds("12.345")).toBeNull();
    expect(parsePounds("-5")).toBeNull();
    expect(parsePounds("1e3")).toBeNull();
    expect(poundsText(125_050)).toBe("1250.50");
    expect(poundsText(125_000)).toBe("1250");
  });
});

describe("the budget", () => {
  const lines = [
    { category: "staff" as const, description: "Peer workers", amount: 800_000 },
    { category: "venue" as const, description: "", amount: 200_000 },
  ];

  it("adds up its lines", () => {
    expect(budgetTotal(lines)).toBe(1_000_000);
    expect(budgetTotal([])).toBe(0);
  });

  it("is complete when the lines add up to the amount requested, within the round's maximum", () => {
    expect(budgetProblems({ lines, amountRequested: 1_000_000 }, 1_500_000)).toEqual([]);
  });

  it("says so when the lines do not add up to the amount requested", () => {
    const problems = budgetProblems({ lines, amountRequested: 1_000_100 }, 1_500_000);
    expect(problems.map((p) => p.field)).toEqual(["amountRequested"]);
    expect(problems[0]!.message).toContain("linesDoNotAddUp");
  });

  it("refuses more than the round's maximum award", () => {
    const problems = budgetProblems({ lines: [{ category: "staff", description: "", amount: 1_600_000 }], amountRequested: 1_600_000 }, 1_500_000);
    expect(problems.map((p) => p.message.split("|")[0])).toEqual(["grants.section.error.overMaximum"]);
  });

  it("needs a category and an amount on every line", () => {
    const problems = budgetProblems({ lines: [{ category: "", description: "Tea", amount: null }], amountRequested: 0 }, 1_500_000);
    expect(problems.map((p) => p.field)).toEqual(expect.arrayContaining(["lines[0].category", "lines[0].amount"]));
  });

  it("is read from the form with any number of lines, empty rows dropped", () => {
    const parsed = parseSubmission(
      form({
        "lines[0].category": "staff",
        "lines[0].description": "Peer workers",
        "lines[0].amount": "£8,000",
        "lines[1].category": "",
        "lines[1].description": "",
        "lines[1].amount": "",
        "lines[2].category": "training",
        "lines[2].description": "",
        "lines[2].amount": "2000",
        amountRequested: "10000",
      }),
      SECTION_SCHEMAS.budget,
    );
    expect(parsed.status).toBe("success");
    const value = parsed.status === "success" ? parsed.value : null;
    expect(value?.lines.map((l) => l.amount)).toEqual([800_000, 200_000]);
    expect(value?.amountRequested).toBe(1_000_000);
    expect(budgetProblems(value!, 1_500_000)).toEqual([]);
    expect(sectionFormValues("budget", value)).toMatchObject({ amountRequested: "10000", lines: [{ amount: "8000" }, { amount: "2000" }] });
  });

  it("refuses an amount it cannot read, next to the field", () => {
    const parsed = parseSubmission(form({ "lines[0].category": "staff", "lines[0].amount": "lots", amountRequested: "" }), SECTION_SCHEMAS.budget);
    expect(parsed.status).not.toBe("success");
    expect(Object.keys(parsed.status === "success" ? {} : (parsed.error ?? {}))).toContain("lines[0].amount");
  });
});

describe("a section saved as a draft", () => {
  it("may be half done, and says what it still needs before submitting", () => {
    const parsed = parseSubmission(form({ communities: "South Asian elders in Belgrave", culturalOffer: "" }), SECTION_SCHEMAS.communities);
    expect(parsed.status).toBe("success");
    const problems = sectionProblems("communities", parsed.status === "success" ? parsed.value : null, context);
    expect(problems.map((p) => p.field)).toEqual(["culturalOffer"]);
  });

  it("keeps the café's area rule: the postcode's footprint must be one the round funds", () => {
    const cafe = { cafeName: "Belgrave Tea Room", venueName: "Hall", addressLine1: "1 Road", town: "Leicester", postcode: "LE4 5AA", coverageSiteId: "" };
    expect(sectionProblems("cafe", cafe, context)).toEqual([]);
    expect(sectionProblems("cafe", cafe, { ...context, footprintId: "fp-melton" }).map((p) => p.message)).toEqual(["grants.section.error.footprintNotEligible"]);
    expect(sectionProblems("cafe", cafe, { ...context, footprintId: null }).map((p) => p.message)).toEqual(["grants.section.error.postcodeNotFound"]);
  });

  it("asks for a university the round funds in a university round", () => {
    const cafe = { cafeName: "Campus Café", venueName: "Union", addressLine1: "University Road", town: "Leicester", postcode: "LE1 7RH", coverageSiteId: "site-uol" };
    const uni = { ...context, roundKind: "university", eligibleSiteIds: ["site-dmu"] };
    expect(sectionProblems("cafe", cafe, uni).map((p) => p.field)).toEqual(["coverageSiteId"]);
    expect(sectionProblems("cafe", cafe, { ...uni, eligibleSiteIds: ["site-uol"] })).toEqual([]);
  });

  it("needs the documents its section asks for", () => {
    const safeguarding = { leadName: "Asha Patel", leadRole: "Trustee", arrangements: "" };
    expect(sectionProblems("safeguarding", safeguarding, { ...context, attachmentKinds: [] }).map((p) => p.field)).toEqual(["attachment-safeguarding-policy"]);
  });

  it("checks session times: the end after the start", () => {
    const problems = sectionProblems("sessions", { sessions: [{ day: 2, start: "18:00", end: "17:00", note: "" }], sessionsNote: "" }, context);
    expect(problems.map((p) => p.message)).toEqual(["grants.section.error.endBeforeStart"]);
  });

  it("an empty application lists something to do in every section", () => {
    const problems = applicationProblems({}, { ...context, attachmentKinds: [] });
    expect(new Set(problems.map((p) => p.section)).size).toBe(10);
  });
});
