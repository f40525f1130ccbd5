import { describe, expect, it } from "vitest";
import { pageLocale } from "./page-locale.server";

function thrown(fn: () => unknown): Response {
  try {
    fn();
  } catch (error) {
    return error as Response;
  }
  throw new Error("expected pageLocale to throw");
}

const args = (path: string, lang?: string) => ({ request: new Request(`http://localhost${path}`), params: { lang } });

describe("pageLocale", () => {
  it("reads the language of the address, English without a prefix", () => {
    expect(pageLocale(args("/cafes/x"))).toBe("en");
    expect(pageLocale(args("/gu/cafes/x", "gu"))).toBe("gu");
  });

  it("moves a language typed in capitals to its address, keeping the rest and the query", () => {
    const moved = thrown(() => pageLocale(args("/GU/cafes/night-owl-cafe?q=LE1", "GU")));
    expect(moved.status).toBe(301);
    expect(moved.headers.get("Location")).toBe("/gu/cafes/night-owl-cafe?q=LE1");
    expect(thrown(() => pageLocale(args("/Ur", "Ur"))).headers.get("Location")).toBe("/ur");
    expect(thrown(() => pageLocale(args("/EN/privacy", "EN"))).headers.get("Location")).toBe("/privacy");
  });

  it("answers 404 for a code that is no language", () => {
    expect(thrown(() => pageLocale(args("/xx/cafes/x", "xx"))).status).toBe(404);
  });
});
