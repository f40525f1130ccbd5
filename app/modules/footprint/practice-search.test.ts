import { describe, expect, it } from "vitest";
import { practiceKeys, practiceQuery, rankPractices, scorePractice, type SearchablePractice } from "./practice-search";

type Row = SearchablePractice & { active: boolean };

const practice = (code: string, name: string, town: string | null, postcode: string | null, lat = 52.63, lng = -1.13, active = true): Row => ({
  code,
  name,
  postcode,
  lat,
  lng,
  active,
  ...practiceKeys(name, town),
});

const practices: Row[] = [
  practice("C82001", "The Surgery", "Leicester", "LE2 1AA"),
  practice("C82002", "The Surgery @ Aylestone", "Leicester", "LE2 8AA"),
  practice("C82003", "Willowbrook Medical Centre (JG Astles)", "Leicester", "LE5 1AA"),
  practice("C82004", "The Hedges Medical Centre (SA Bailey)", "Leicester", "LE4 0AA"),
  practice("C82010", "Oakham Medical Practice", "Oakham", "LE15 6NT", 52.67, -0.73),
  practice("C82011", "Empingham Medical Centre", "Oakham", "LE15 8PT", 52.666, -0.6),
  practice("C82012", "The Uppingham Surgery", "Uppingham", "LE15 9EY", 52.59, -0.72),
  practice("C82013", "Castle Mead Medical Centre", "Hinckley", "LE10 1AA", 52.54, -1.37),
  practice("C82014", "Charnwood Medical Group", "Loughborough", "LE11 1AA", 52.77, -1.2),
  practice("C82015", "The Charnwood Practice", "Leicester", "LE4 1AA"),
  practice("C82016", "Charnwood Surgery", "Loughborough", "LE11 2AA", 52.77, -1.21),
  practice("C82017", "St Peter's Medical Centre (Mansingh & Mehra)", "Leicester", "LE2 0AA"),
  practice("C82020", "Spectrum Health", "Leicester", "LE3 1AA", 52.63, -1.13, false),
];

const search = (text: string, options: Parameters<typeof rankPractices<Row>>[2] = {}) => {
  const q = practiceQuery(text);
  return q ? rankPractices(practices, q, { include: (p) => p.active, ...options }).map((p) => p.name) : [];
};

describe("what a practice is searched by", () => {
  it("keeps the name's words without a leading 'the', the name without spaces, and the town", () => {
    expect(practiceKeys("The Hedges Medical Centre (SA Bailey)", "Leicester")).toEqual({
      words: ["hedges", "medical", "centre", "sa", "bailey"],
      joined: "hedges medical centre sa bailey",
      compact: "hedgesmedicalcentresabailey",
      townKey: "leicester",
    });
    expect(practiceKeys("St Peter's Medical Centre", null)).toMatchObject({ words: ["st", "peters", "medical", "centre"], townKey: "" });
  });
});

describe("reading a search", () => {
  it("spells out abbreviations, drops a leading 'the' and keeps the distinctive words", () => {
    expect(practiceQuery("The Castle Med Ctr")).toMatchObject({ words: ["castle", "medical", "centre"], needed: ["castle"], compact: "castlemedicalcentre" });
    expect(practiceQuery("surgery")).toMatchObject({ words: ["surgery"], needed: ["surgery"] });
    expect(practiceQuery("the")).toMatchObject({ words: ["the"] });
  });

  it("reads a postcode, sector or district as one", () => {
    expect(practiceQuery("LE15 6NT")?.postcodeMatches?.("LE15 6NT")).toBe(true);
    expect(practiceQuery("LE15 6NT")?.postcodeMatches?.("LE15 6NU")).toBe(false);
    expect(practiceQuery("LE15 6")?.postcodeMatches?.("LE15 6NU")).toBe(true);
    expect(practiceQuery("LE15")?.postcodeMatches?.("LE15 9EY")).toBe(true);
    expect(practiceQuery("LE1")?.postcodeMatches?.("LE15 9EY")).toBe(false);
    expect(practiceQuery("willowbrook")?.postcodeMatches).toBeNull();
  });

  it("refuses what cannot match", () => {
    for (const text of ["", "x", "%", " - ", "a".repeat(201)]) expect(practiceQuery(text), text).toBeNull();
    expect(practiceQuery(undefined as unknown as string)).toBeNull();
  });
});

describe("scoring a practice", () => {
  const score = (text: string, name: string, town: string | null = null, postcode: string | null = null) =>
    scorePractice({ ...practiceKeys(name, town), postcode }, practiceQuery(text)!);

  it("ranks the whole name, its start, every word, the distinctive words, part of the name, town or postcode, then a typo", () => {
    expect(score("the surgery", "The Surgery")).toBe(0);
    expect(score("surgery", "The Surgery @ Aylestone")).toBe(1);
    expect(score("hedges centre", "The Hedges Medical Centre")).toBe(2);
    expect(score("hedges surgery", "The Hedges Medical Centre")).toBe(3);
    expect(score("brook", "Willowbrook Medical Centre")).toBe(4);
    expect(score("oakham", "Empingham Medical Centre", "Oakham")).toBe(5);
    expect(score("LE15 8PT", "Empingham Medical Centre", "Oakham", "LE15 8PT")).toBe(5);
    expect(score("willowbrok", "Willowbrook Medical Centre")).toBe(6);
    expect(score("zzzzzzzz", "Willowbrook Medical Centre")).toBeNull();
  });

  it("forgives a typo in a word of four letters or more, not in a shorter one", () => {
    expect(score("hedgs", "The Hedges Medical Centre")).toBe(6);
    expect(score("hex", "The Hedges Medical Centre")).toBeNull();
  });
});

describe("ranking practices", () => {
  it("finds a practice by a fragment of its name, whatever the case", () => {
    expect(search("WILLOWBROOK")).toEqual(["Willowbrook Medical Centre (JG Astles)"]);
    expect(search("the hedges")[0]).toBe("The Hedges Medical Centre (SA Bailey)");
    expect(search("saint peter's")[0]).toBe("St Peter's Medical Centre (Mansingh & Mehra)");
    expect(search("castle med ctr")).toContain("Castle Mead Medical Centre");
    expect(search("uppingham doctors")[0]).toBe("The Uppingham Surgery");
  });

  it("puts the exact name and name prefixes first, then by name", () => {
    expect(search("surgery").slice(0, 2)).toEqual(["The Surgery", "The Surgery @ Aylestone"]);
    expect(search("charnwood")).toEqual(["Charnwood Medical Group", "Charnwood Surgery", "The Charnwood Practice"]);
  });

  it("finds practices by town and postcode after name matches", () => {
    expect(search("Oakham")).toEqual(["Oakham Medical Practice", "Empingham Medical Centre"]);
    expect(search("LE15 6NT")).toEqual(["Oakham Medical Practice"]);
    expect(search("LE15")).toHaveLength(3);
  });

  it("orders equal matches by distance when asked", () => {
    expect(search("medical centre", { near: { lat: 52.666, lng: -0.6 } })[0]).toBe("Empingham Medical Centre");
    expect(search("medical centre")[0]).toBe("Castle Mead Medical Centre");
  });

  it("leaves out what the caller excludes, and lists each practice code once", () => {
    expect(search("spectrum")).toEqual([]);
    expect(search("spectrum", { include: () => true })).toEqual(["Spectrum Health"]);
    const moved = [practice("C82030", "Groby Road Medical Centre", "Leicester", null), practice("C82030", "Groby Road Medical Centre", "Leicester", null)];
    expect(rankPractices(moved, practiceQuery("groby road")!)).toHaveLength(1);
  });

  it("respects the limit: 10 by default, at least 1, at most 50", () => {
    const many = Array.from({ length: 60 }, (_, i) => practice(`P${i}`, `Medical Centre ${String(i).padStart(2, "0")}`, null, null));
    const q = practiceQuery("medical")!;
    expect(rankPractices(many, q)).toHaveLength(10);
    expect(rankPractices(many, q, { limit: 3 })).toHaveLength(3);
    expect(rankPractices(many, q, { limit: 0 })).toHaveLength(10);
    expect(rankPractices(many, q, { limit: -5 })).toHaveLength(1);
    expect(rankPractices(many, q, { limit: 500 })).toHaveLength(50);
  });
});
