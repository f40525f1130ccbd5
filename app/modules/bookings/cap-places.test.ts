import { describe, expect, it } from "vitest";
import { capPlacesFor } from "./cap-places";

describe("places the Central Access Point may book in a session", () => {
  it("uses the session's own number when the café team set one", () => {
    expect(capPlacesFor({ capPlaces: 3 }, 2)).toBe(3);
  });
  it("uses the café's default when the session has none", () => {
    expect(capPlacesFor({ capPlaces: null }, 2)).toBe(2);
    expect(capPlacesFor({ capPlaces: undefined }, 4)).toBe(4);
  });
  it("treats 0 as no places, even when the café's default has places", () => {
    expect(capPlacesFor({ capPlaces: 0 }, 2)).toBe(0);
  });
  it("never offers a negative number of places", () => {
    expect(capPlacesFor({ capPlaces: -1 }, 2)).toBe(0);
  });
});
