import { describe, expect, it } from "vitest";
import { preparePolygon } from "./geometry";
import { areaIn, areaOfAuthority, type AreaOutlines } from "./llr-areas";

const square = (lng0: number, lat0: number, lng1: number, lat1: number) =>
  preparePolygon({ type: "Polygon", coordinates: [[[lng0, lat0], [lng1, lat0], [lng1, lat1], [lng0, lat1], [lng0, lat0]]] });

// LLR as two squares side by side: the city and Rutland; the county is everything else inside the outline.
const outlines: AreaOutlines = {
  llr: square(0, 0, 3, 1),
  areas: [
    { area: "Leicester", polygon: square(0, 0, 1, 1) },
    { area: "Leicestershire", polygon: square(1, 0, 2, 1) },
    { area: "Rutland", polygon: square(2, 0, 3, 1) },
  ],
};

describe("which part of LLR", () => {
  it("names the area a point is in", () => {
    expect(areaIn(outlines, 0.5, 0.5)).toBe("Leicester");
    expect(areaIn(outlines, 0.5, 1.5)).toBe("Leicestershire");
    expect(areaIn(outlines, 0.5, 2.5)).toBe("Rutland");
  });

  it("names none outside the LLR outline, even inside an area's own outline", () => {
    expect(areaIn(outlines, 1.5, 0.5)).toBeNull();
    expect(areaIn({ ...outlines, llr: square(0, 0, 2, 1) }, 0.5, 2.5)).toBeNull();
  });

  it("names none for a point inside the outline but in no area", () => {
    expect(areaIn({ ...outlines, areas: outlines.areas.slice(0, 1) }, 0.5, 2.5)).toBeNull();
  });

  it("knows the nine local authorities of LLR", () => {
    expect(areaOfAuthority("E06000016")).toBe("Leicester");
    expect(areaOfAuthority("E06000017")).toBe("Rutland");
    for (const code of ["E07000129", "E07000130", "E07000131", "E07000132", "E07000133", "E07000134", "E07000135"]) {
      expect(areaOfAuthority(code)).toBe("Leicestershire");
    }
    expect(areaOfAuthority("E07000172")).toBeNull(); // Broxtowe, Nottinghamshire
    expect(areaOfAuthority("")).toBeNull();
  });
});
