import { describe, expect, it } from "vitest";
import { OPEN_API_METADATA_PATH, openApiRewrite, preflightHeaders, prefersHtml } from "./open-api.server";

const BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

describe("what a request for the API's base address accepts", () => {
  it("prefers HTML only when it says so more strongly than JSON", () => {
    expect(prefersHtml(BROWSER)).toBe(true);
    expect(prefersHtml("text/html")).toBe(true);
    expect(prefersHtml("text/*;q=0.9, application/json;q=0.5")).toBe(true);
    expect(prefersHtml(undefined)).toBe(false);
    expect(prefersHtml("")).toBe(false);
    expect(prefersHtml("*/*")).toBe(false);
    expect(prefersHtml("application/json")).toBe(false);
    expect(prefersHtml("application/json, text/html")).toBe(false);
    expect(prefersHtml("text/html;q=0.5, application/json")).toBe(false);
    expect(prefersHtml("text/html;q=0, */*")).toBe(false);
    expect(prefersHtml("text/html;q=abc")).toBe(false);
  });

  it("sends programs, and anyone asking for /api/oruk/, to the JSON metadata; a browser's /api/oruk to the page", () => {
    expect(openApiRewrite("GET", "/api/oruk", BROWSER)).toBeNull();
    expect(openApiRewrite("GET", "/api/oruk", "application/json")).toBe(OPEN_API_METADATA_PATH);
    expect(openApiRewrite("HEAD", "/api/oruk", undefined)).toBe(OPEN_API_METADATA_PATH);
    expect(openApiRewrite("GET", "/api/oruk/", BROWSER)).toBe(OPEN_API_METADATA_PATH);
    expect(openApiRewrite("GET", "/api/oruk/services", "*/*")).toBeNull();
    expect(openApiRewrite("POST", "/api/oruk", "*/*")).toBeNull();
    expect(openApiRewrite("GET", "/api/oruk.data", "*/*")).toBeNull();
  });
});

describe("a CORS preflight for the API", () => {
  it("allows any origin, the API's methods and the headers asked for, remembered for a day", () => {
    const headers = preflightHeaders({ origin: "https://other.example", "access-control-request-method": "GET", "access-control-request-headers": "x-client-id, content-type" });
    expect(headers).toMatchObject({
      "Access-Control-Allow-Origin": "*",
      "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
      "Access-Control-Allow-Headers": "x-client-id, content-type",
      "Access-Control-Max-Age": "86400",
      Allow: "GET, HEAD, OPTIONS",
    });
  });

  it("answers a sensible list when the headers asked for are none or unreadable", () => {
    expect(preflightHeaders({})["Access-Control-Allow-Headers"]).toMatch(/^Accept, /);
    expect(preflightHeaders({ "access-control-request-headers": "x-a\r\nSet-Cookie: y" })["Access-Control-Allow-Headers"]).toMatch(/^Accept, /);
    expect(preflightHeaders({ "access-control-request-headers": "a".repeat(2000) })["Access-Control-Allow-Headers"]).toMatch(/^Accept, /);
  });
});
