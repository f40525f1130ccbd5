import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  findPostcodeInText,
  isValidOutward,
  isValidPostcode,
  lookAlikeLetters,
  MAX_QUERY_LENGTH,
  normalisePostcode,
  parsePostcode,
  splitPostcodeAndText,
} from "./postcode";

describe("normalising full postcodes", () => {
  it.each([
    ["LE1 7RH", "LE1 7RH"],
    ["le17rh", "LE1 7RH"],
    ["Le1 7rH", "LE1 7RH"],
    ["  LE1   7RH  ", "LE1 7RH"],
    ["LE1 7RH.", "LE1 7RH"],
    ["LE1 7RH,", "LE1 7RH"],
    ["(LE1 7RH)", "LE1 7RH"],
    ["LE1-7RH", "LE1 7RH"],
    ["L E 1 7 R H", "LE1 7RH"],
    ["LE17RH\n", "LE1 7RH"],
    ["\tle1\u00a07rh", "LE1 7RH"],
    ["ＬＥ１ ７ＲＨ", "LE1 7RH"], // full-width characters from some phone keyboards
    ["LE11 3TU", "LE11 3TU"],
    ["le113tu", "LE11 3TU"],
    ["LE65 2LP", "LE65 2LP"],
    ["le652lp", "LE65 2LP"],
    ["PE9 2AA", "PE9 2AA"],
    ["B33 8TH", "B33 8TH"],
    ["M1 1AE", "M1 1AE"],
    ["W1A 0AX", "W1A 0AX"],
    ["ec1a1bb", "EC1A 1BB"],
    ["CR2 6XH", "CR2 6XH"],
    ["DN55 1PT", "DN55 1PT"],
    ["GIR 0AA", "GIR 0AA"],
  ])("%j → %s", (input, expected) => {
    expect(normalisePostcode(input)).toBe(expected);
    expect(parsePostcode(input)).toMatchObject({ kind: "full", corrected: false });
  });
});

describe("a full postcode for an address", () => {
  it("gives the postcode as stored, or null for anything that is not a full postcode", () => {
    expect(normalisePostcode("le1 1aa")).toBe("LE1 1AA");
    for (const input of ["LE1 7", "LE1", "LE", "Oakham", "", "   ", "LE1 7RH".padEnd(200, " x"), "QE1 1AA"]) {
      expect(normalisePostcode(input), input).toBeNull();
    }
  });

  it("gives only postcodes that pass the strict check, unchanged when given again", () => {
    const chars = fc.constantFrom(..."LE0123456789OIlRHTUNGBQ -".split(""));
    fc.assert(
      fc.property(fc.array(chars, { minLength: 5, maxLength: 9 }), (arr) => {
        const postcode = normalisePostcode(arr.join(""));
        if (postcode === null) return;
        expect(isValidPostcode(postcode)).toBe(true);
        expect(normalisePostcode(postcode)).toBe(postcode);
      }),
    );
  });
});

describe("repairing common typos", () => {
  it.each([
    ["LEI 7RH", "LE1 7RH"], // capital I for 1
    ["lel 7rh", "LE1 7RH"], // lower-case l for 1
    ["LEl7RH", "LE1 7RH"],
    ["LE1 7RH", "LE1 7RH"],
    ["LEII 3TU", "LE11 3TU"],
    ["LE1l 3TU", "LE11 3TU"],
    ["LEIO 1AA", "LE10 1AA"],
    ["LE1O 1AA", "LE10 1AA"], // letter O for 0
    ["LE1 OAA", "LE1 0AA"],
    ["LE2 OQS", "LE2 0QS"], // O where the inward digit goes
    ["le2oqs", "LE2 0QS"],
    ["LE5 2NL", "LE5 2NL"],
    ["LE5 2N1", "LE5 2NL"], // 1 where a letter goes
    ["1G1 1AA", "IG1 1AA"],
    ["0L1 1AA", "OL1 1AA"],
    ["LE65 2LP", "LE65 2LP"],
    ["LE6S 2LP", null], // S is not a repairable look-alike
  ])("%j → %s", (input, expected) => {
    expect(normalisePostcode(input)).toBe(expected);
  });

  it("marks a repaired postcode as corrected", () => {
    expect(parsePostcode("LEI 7RH")).toMatchObject({ kind: "full", postcode: "LE1 7RH", corrected: true });
    expect(parsePostcode("LE1 7RH")).toMatchObject({ corrected: false });
  });

  it("never repairs input without a single digit, so words stay words", () => {
    for (const word of ["Moira", "Wing", "Oakham", "LEIOL", "Ratby", "Blaby", "Oadby", "Lei"]) {
      expect(parsePostcode(word).kind, word).toBe("none");
    }
  });
});

describe("classifying", () => {
  it.each([
    ["LE1 7RH", "full"],
    ["LE1 7", "sector"],
    ["le1 7", "sector"],
    ["LE11 3", "sector"],
    ["LE1 7R", "sector"], // half-typed inward code
    ["LE1", "district"],
    ["le1", "district"],
    ["LE17", "district"], // no space: district LE17, not sector LE1 7
    ["LE 17", "district"],
    ["LE65", "district"],
    ["NG1", "district"],
    ["W1A", "district"],
    ["EC1A", "district"],
    ["LE", "none"],
    ["L", "none"],
    ["Market Harborough", "none"],
    ["Leicester", "none"],
    ["LE1 7RHX", "none"],
    ["LE1 777RH", "none"],
    ["LE1 7RHH", "none"],
    ["12345", "none"],
    ["!!!", "none"],
    ["", "none"],
  ])("%j is %s", (input, kind) => {
    expect(parsePostcode(input).kind).toBe(kind);
  });

  it("gives the parts of a full postcode", () => {
    expect(parsePostcode("le11 3tu")).toEqual({
      kind: "full",
      text: "LE11 3TU",
      postcode: "LE11 3TU",
      outward: "LE11",
      inward: "3TU",
      sector: "LE11 3",
      area: "LE",
      corrected: false,
    });
    expect(parsePostcode("LE1 7")).toEqual({ kind: "sector", text: "LE1 7", sector: "LE1 7", outward: "LE1", area: "LE", corrected: false });
    expect(parsePostcode("le65")).toEqual({ kind: "district", text: "LE65", outward: "LE65", area: "LE", corrected: false });
  });

  it("applies the positional letter rules", () => {
    expect(normalisePostcode("QE1 1AA")).toBeNull(); // Q never starts a postcode
    expect(normalisePostcode("VE1 1AA")).toBeNull();
    expect(normalisePostcode("XE1 1AA")).toBeNull();
    expect(normalisePostcode("AJ1 1AA")).toBeNull(); // J never second
    expect(normalisePostcode("LE1 7CH")).toBeNull(); // C never in the inward letters
    expect(normalisePostcode("LE1 7RK")).toBeNull(); // nor K
    expect(normalisePostcode("W1Z 0AX")).toBeNull(); // Z not allowed third in A9A
    expect(isValidPostcode("W1I 0AX")).toBe(false); // nor I (which the repair reads as 1: W11)
    expect(normalisePostcode("EC1C 1BB")).toBeNull(); // C not allowed fourth in AA9A
  });
});

describe("absurd input", () => {
  it("rejects empty and blank input as empty", () => {
    expect(parsePostcode("")).toEqual({ kind: "none", reason: "empty" });
    expect(parsePostcode("   \t ")).toEqual({ kind: "none", reason: "empty" });
    expect(parsePostcode(".,;")).toEqual({ kind: "none", reason: "empty" });
  });

  it("rejects over-long input without throwing", () => {
    expect(parsePostcode("L".repeat(MAX_QUERY_LENGTH + 1))).toEqual({ kind: "none", reason: "too-long" });
    expect(parsePostcode("LE1 7RH".padEnd(5000, " x"))).toEqual({ kind: "none", reason: "too-long" });
    expect(parsePostcode("x".repeat(1_000_000))).toEqual({ kind: "none", reason: "too-long" });
  });

  it("tolerates values that are not strings", () => {
    expect(parsePostcode(undefined as unknown as string).kind).toBe("none");
    expect(parsePostcode(42 as unknown as string).kind).toBe("none");
  });

  it("never throws, and anything it accepts passes the strict format", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), (s) => {
        const p = parsePostcode(s);
        if (p.kind === "full") expect(isValidPostcode(p.postcode)).toBe(true);
        if (p.kind === "sector" || p.kind === "district") expect(isValidOutward(p.outward)).toBe(true);
      }),
    );
  });

  it("prefers the reading that needs no repair: a sector as typed over a full postcode with letters read as digits", () => {
    expect(parsePostcode("LL51 1")).toMatchObject({ kind: "sector", text: "LL51 1", corrected: false });
    expect(parsePostcode("LL5I l")).toMatchObject({ kind: "sector", text: "LL51 1", corrected: true });
  });

  it("is idempotent on what it produces", () => {
    const chars = fc.constantFrom(..."LE0123456789OIlRHTU NGB ".split(""));
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 10 }), (arr) => {
        const p = parsePostcode(arr.join(""));
        if (p.kind !== "none") expect(parsePostcode(p.text)).toMatchObject({ kind: p.kind, text: p.text, corrected: false });
      }),
    );
  });
});

describe("strict checks", () => {
  it("accepts only normalised postcodes", () => {
    expect(isValidPostcode("LE1 7RH")).toBe(true);
    expect(isValidPostcode("le1 7rh")).toBe(false);
    expect(isValidPostcode("LE17RH")).toBe(false);
    expect(isValidPostcode("LEI 7RH")).toBe(false);
    expect(isValidOutward("LE65")).toBe(true);
    expect(isValidOutward("LE")).toBe(false);
  });
});

describe("finding a postcode inside an address", () => {
  it.each([
    ["Flat 2, 10 London Road, Leicester LE2 0QS", "LE2 0QS"],
    ["10 London Road le20qs", "LE2 0QS"],
    ["LE11 3TU Loughborough", "LE11 3TU"],
    ["Oakham", null],
    ["12 High Street", null],
  ])("%j → %s", (text, expected) => {
    expect(findPostcodeInText(text)).toBe(expected);
  });
});

describe("a postcode, sector or district with other words", () => {
  it.each([
    ["Leicester LE1", "district", "LE1", "Leicester"],
    ["LE15 Oakham", "district", "LE15", "Oakham"],
    ["Oakham, LE15 6LU", "full", "LE15 6LU", "Oakham"],
    ["oakham le156lu", "full", "LE15 6LU", "oakham"],
    ["Leicester LE1 7", "sector", "LE1 7", "Leicester"],
    ["Narborough Road LE3", "district", "LE3", "Narborough Road"],
    ["Market Harborough, LE16.", "district", "LE16", "Market Harborough"],
    ["0akham LE15", "district", "LE15", "0akham"],
  ])("%j → %s %s and %j", (input, kind, text, rest) => {
    expect(splitPostcodeAndText(input)).toMatchObject({ postcode: { kind, text }, text: rest });
  });

  it.each([
    "Leicester",
    "LE1",
    "LE1 7RH",
    "12 High Street", // not "I2H 1GH": no typo repair here
    "Flat 2, 10 London Road, Leicester LE2 0QS", // a house number: left to findPostcodeInText
    "12a High Street LE1",
    "LE1 777RH",
    "Leicester LEI", // a typo is not a district here
    "Market Harborough",
    "x".repeat(MAX_QUERY_LENGTH + 1) + " LE1",
  ])("%j → nothing", (input) => {
    expect(splitPostcodeAndText(input)).toBeNull();
  });
});

describe("digits typed for look-alike letters in names", () => {
  it("reads 0 as O and 1 as L or I inside words", () => {
    expect(lookAlikeLetters("0akham")).toEqual(["oakham"]);
    expect(lookAlikeLetters("0AKHAM")).toEqual(["OAKHAM"]);
    expect(lookAlikeLetters("Hinck1ey")).toEqual(["Hinckley", "Hinckiey"]);
    expect(lookAlikeLetters("Market Harb0r0ugh")).toEqual(["Market Harborough"]);
  });

  it("leaves numbers and text without such digits alone", () => {
    expect(lookAlikeLetters("12 High Street")).toEqual([]);
    expect(lookAlikeLetters("Oakham")).toEqual([]);
    expect(lookAlikeLetters("Flat 10, Oakham")).toEqual([]);
    expect(lookAlikeLetters("")).toEqual([]);
  });
});

