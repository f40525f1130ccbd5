import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REFUSED_ADDRESS, requestGuard } from "~/platform/request-guard.server";

/**
 * The request guard in front of the open API, over HTTP in this process: the guard as server.js mounts it,
 * then a stand-in for the app that says which address it was asked for (the refused address answers 404,
 * as the app's catch-all does, which the guard turns into the refusal's status). Cross-origin reads and
 * CORS preflights of /api/oruk, OPTIONS refused everywhere else, and the API's base address answering
 * people and programs apart.
 */
let server: Server;
let base = "";

beforeAll(async () => {
  const app = express();
  app.use(requestGuard());
  app.use((req, res) => {
    if (req.originalUrl === REFUSED_ADDRESS) res.status(404).send("refused");
    else res.json({ method: req.method, url: req.originalUrl });
  });
  // The first free port of this suite's range (3420-3439).
  for (let port = 3420; port < 3440 && !server; port++) {
    server = await new Promise<Server>((resolve) => {
      const s = app.listen(port, "127.0.0.1", () => resolve(s));
      s.on("error", () => resolve(undefined as unknown as Server));
    });
  }
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

describe("a CORS preflight", () => {
  it("for the API is answered 204 with any origin, its methods, the headers asked for and how long to keep it", async () => {
    for (const path of ["/api/oruk/services?page=2", "/api/oruk/", "/api/oruk"]) {
      const answer = await fetch(base + path, {
        method: "OPTIONS",
        headers: { Origin: "https://directory.example", "Access-Control-Request-Method": "GET", "Access-Control-Request-Headers": "x-client, accept" },
      });
      expect(answer.status).toBe(204);
      expect(answer.headers.get("access-control-allow-origin")).toBe("*");
      expect(answer.headers.get("access-control-allow-methods")).toBe("GET, HEAD, OPTIONS");
      expect(answer.headers.get("access-control-allow-headers")).toBe("x-client, accept");
      expect(Number(answer.headers.get("access-control-max-age"))).toBeGreaterThan(0);
      expect(await answer.text()).toBe("");
    }
  });

  it("anywhere else is refused 405 as before", async () => {
    for (const path of ["/", "/partners", "/api/orukish", "/sign-in"]) {
      const answer = await fetch(base + path, { method: "OPTIONS", headers: { Origin: "https://directory.example", "Access-Control-Request-Method": "POST" } });
      expect(answer.status).toBe(405);
      expect(answer.headers.get("allow")).toBe("GET, HEAD, POST");
      expect(answer.headers.get("access-control-allow-origin")).toBeNull();
    }
  });
});

describe("the API's base address", () => {
  const asked = async (path: string, accept?: string) => {
    const answer = await fetch(base + path, { headers: { Origin: "https://directory.example", ...(accept ? { Accept: accept } : {}) } });
    expect(answer.status).toBe(200);
    return ((await answer.json()) as { url: string }).url;
  };

  it("is the page for people when a browser opens /api/oruk", async () => {
    expect(await asked("/api/oruk", BROWSER)).toBe("/api/oruk");
  });

  it("is the JSON metadata for programs, and for anyone at /api/oruk/, keeping the query", async () => {
    expect(await asked("/api/oruk", "application/json")).toBe("/api/oruk/metadata.json");
    expect(await asked("/api/oruk", "*/*")).toBe("/api/oruk/metadata.json");
    expect(await asked("/api/oruk")).toBe("/api/oruk/metadata.json");
    expect(await asked("/api/oruk/", BROWSER)).toBe("/api/oruk/metadata.json");
    expect(await asked("/api/oruk/?x=1", "application/json")).toBe("/api/oruk/metadata.json?x=1");
    expect(await asked("/api/oruk/services", BROWSER)).toBe("/api/oruk/services");
  });
});
