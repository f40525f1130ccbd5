import { describe, expect, it } from "vitest";
import { MAX_PATH_LENGTH, MAX_PATH_SEGMENTS, refusalFor, withoutOldDataParameter, type GuardedRequest } from "./request-guard.server";

const APP_URL = "https://cafes.example.org";

function request(method: string, path: string, headers: Record<string, string> = {}, protocol = "http"): GuardedRequest {
  return { method, path, headers: { host: "cafes.example.org", ...headers }, protocol };
}

describe("the checks before the app", () => {
  it("lets the site's own requests through", () => {
    expect(refusalFor(request("GET", "/manage/cafes/c1/sessions/s1"), APP_URL)).toBeNull();
    expect(refusalFor(request("HEAD", "/"), APP_URL)).toBeNull();
    expect(refusalFor(request("POST", "/sign-in.data", { origin: APP_URL, "sec-fetch-site": "same-origin" }), APP_URL)).toBeNull();
    expect(refusalFor(request("POST", "/sign-in", { "sec-fetch-site": "none" }), APP_URL)).toBeNull();
    expect(refusalFor(request("POST", "/sign-in"), APP_URL)).toBeNull();
  });

  it("refuses an address too long or too deep to be a page", () => {
    expect(refusalFor(request("GET", "/a".repeat(7000)), APP_URL)).toBe("too-long");
    expect(refusalFor(request("GET", `/${"x".repeat(MAX_PATH_LENGTH)}`), APP_URL)).toBe("too-long");
    expect(refusalFor(request("GET", `/${"x".repeat(MAX_PATH_LENGTH - 1)}`), APP_URL)).toBeNull();
    expect(refusalFor(request("GET", "/a".repeat(MAX_PATH_SEGMENTS + 1)), APP_URL)).toBe("too-long");
    expect(refusalFor(request("GET", "/a".repeat(MAX_PATH_SEGMENTS)), APP_URL)).toBeNull();
    expect(refusalFor(request("GET", "/".repeat(MAX_PATH_SEGMENTS + 1)), APP_URL)).toBe("too-long");
  });

  it.each(["TRACE", "PUT", "PATCH", "DELETE", "OPTIONS", "CONNECT", "PROPFIND"])("refuses the method %s", (method) => {
    expect(refusalFor(request(method, "/", { origin: APP_URL }), APP_URL)).toBe("method");
  });

  it("lets OPTIONS through for the open API only (its CORS preflight), nowhere else", () => {
    const preflight = { origin: "https://other.example", "access-control-request-method": "GET" };
    expect(refusalFor(request("OPTIONS", "/api/oruk/services", preflight), APP_URL)).toBeNull();
    expect(refusalFor(request("OPTIONS", "/api/oruk", preflight), APP_URL)).toBeNull();
    expect(refusalFor(request("OPTIONS", "/api/oruk/", preflight), APP_URL)).toBeNull();
    for (const path of ["/", "/sign-in", "/api/orukx", "/api", "/partners"]) expect(refusalFor(request("OPTIONS", path, preflight), APP_URL)).toBe("method");
    expect(refusalFor(request("PUT", "/api/oruk/services", preflight), APP_URL)).toBe("method");
    expect(refusalFor(request("OPTIONS", "/api/oruk/%ZZ", preflight), APP_URL)).toBe("undecodable");
  });

  it.each([
    ["another site", { origin: "https://evil.example" }],
    ["null", { origin: "null" }],
    ["a malformed origin", { origin: "http://[" }],
    ["another scheme", { origin: "http://cafes.example.org" }],
    ["another port", { origin: "https://cafes.example.org:8443" }],
    ["a sibling site", { origin: "https://evil.cafes.example.org" }],
    ["cross-site", { "sec-fetch-site": "cross-site" }],
    ["same-site", { origin: APP_URL, "sec-fetch-site": "same-site" }],
    ["an unknown fetch site", { origin: APP_URL, "sec-fetch-site": "elsewhere" }],
  ])("refuses a form from %s", (_name, headers) => {
    expect(refusalFor(request("POST", "/sign-in", headers), APP_URL)).toBe("cross-site-form");
    expect(refusalFor(request("POST", "/sign-in.data", headers), APP_URL)).toBe("cross-site-form");
    // Reading a page is not a change: links from other sites work.
    expect(refusalFor(request("GET", "/", headers), APP_URL)).toBeNull();
  });

  it("without APP_URL, takes the host the request was sent to as the site's origin", () => {
    const local = { host: "localhost:3000" };
    expect(refusalFor(request("POST", "/sign-in", { ...local, origin: "http://localhost:3000" }), undefined)).toBeNull();
    expect(refusalFor(request("POST", "/sign-in", { ...local, origin: "http://127.0.0.1:3000" }), undefined)).toBe("cross-site-form");
    expect(refusalFor(request("POST", "/sign-in", { ...local, origin: "https://evil.example" }), undefined)).toBe("cross-site-form");
    const proxied = { host: "127.0.0.1:3000", "x-forwarded-host": "cafes.example.org" };
    expect(refusalFor(request("POST", "/sign-in", { ...proxied, origin: "https://cafes.example.org" }, "https"), undefined)).toBeNull();
    expect(refusalFor(request("POST", "/sign-in", { origin: "https://cafes.example.org" }), undefined)).toBeNull();
    expect(refusalFor({ method: "POST", path: "/sign-in", headers: { origin: "https://x.example" }, protocol: "http" }, undefined)).toBe("cross-site-form");
  });

  it("refuses an address whose escapes do not decode", () => {
    expect(refusalFor(request("GET", "/%ZZ"), APP_URL)).toBe("undecodable");
    expect(refusalFor(request("GET", "/cafes/%E2%98%83"), APP_URL)).toBeNull();
  });
});

describe("old-style data requests", () => {
  it("are requests for the page itself: the _data parameter goes, the rest of the address stays", () => {
    expect(withoutOldDataParameter("/cap/bookings/ABC123?_data=routes%2Fcap.bookings.%24reference")).toBe("/cap/bookings/ABC123");
    expect(withoutOldDataParameter("/?q=LE1&_data=routes%2F_index&when=now")).toBe("/?q=LE1&when=now");
    expect(withoutOldDataParameter("/?q=my_data")).toBe("/?q=my_data");
    expect(withoutOldDataParameter("/sign-in")).toBe("/sign-in");
  });
});
