import { describe, expect, it } from "vitest";
import { csvFields, parseCsv } from "./csv";

describe("reading CSV", () => {
  it("splits a line on commas, keeping empty fields", () => {
    expect(csvFields("LE1 7RH,52.62192,-1.12381,E06000016")).toEqual(["LE1 7RH", "52.62192", "-1.12381", "E06000016"]);
    expect(csvFields("Stamford,neighbouring town,,")).toEqual(["Stamford", "neighbouring town", "", ""]);
  });

  it("honours double quotes, with a doubled quote inside as one", () => {
    expect(csvFields('Loughborough University,"Code-Point Open 2014 (postcode: main campus, Epinal Way)",LE11 3TU')).toEqual([
      "Loughborough University",
      "Code-Point Open 2014 (postcode: main campus, Epinal Way)",
      "LE11 3TU",
    ]);
    expect(csvFields('"The ""Old"" Surgery",x')).toEqual(['The "Old" Surgery', "x"]);
  });

  it("reads rows under a header, by column name, ignoring blank lines and CRLF", () => {
    const table = parseCsv("outcode,lat,lng\r\nLE1,52.63,-1.13\r\n\r\nNG1,52.95,-1.15\r\n", "outcodes.csv");
    expect(table.rows).toEqual([
      ["LE1", "52.63", "-1.13"],
      ["NG1", "52.95", "-1.15"],
    ]);
    expect(table.column("lng")).toBe(2);
    expect(() => table.column("postcode")).toThrow('outcodes.csv: column "postcode" missing');
  });

  it("reads an empty file as no rows", () => {
    expect(parseCsv("").rows).toEqual([]);
  });
});
