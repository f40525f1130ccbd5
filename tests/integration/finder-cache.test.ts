import { randomBytes } from "node:crypto";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { resetEnvCache } from "~/platform/env.server";
import { cachedPageCount, clearPageCache, invalidatePublicData, publicPageCache } from "~/platform/public-cache.server";
import { applySecurityHeaders } from "~/platform/security-headers.server";

/**
 * The public page cache as server.js mounts it: a real Express app with the same nonce middleware, and a
 * stand-in for the Remix handler that renders the nonce into the page (as <Scripts> does) and counts renders.
 */
let server: Server;
let base = "";
let renders = 0;
let nextStatus = 200;
let setCookie = false;

function at(instant: string, seconds = "30") {
  process.env.FIXED_NOW = instant;
  process.env.PUBLIC_CACHE_SECONDS = seconds;
  resetEnvCache();
}

beforeAll(async () => {
  const app = express();
  app.use((_req, res, next) => {
    res.locals.cspNonce = randomBytes(16).toString("base64");
    next();
  });
  app.use(publicPageCache());
  app.use((req, res) => {
    renders += 1;
    const nonce = res.locals.cspNonce as string;
    const headers = new Headers();
    applySecurityHeaders(headers, nonce);
    res.status(nextStatus);
    res.setHeader("Content-Security-Policy", headers.get("Content-Security-Policy")!);
    if (setCookie) res.setHeader("Set-Cookie", "cafe_session=abc; Path=/");
    if (req.path === "/cafes/big") {
      res.setHeader("Content-Type", "text/html; charset=utf-8");
      for (let i = 0; i < 300; i++) res.write(`<p nonce="${nonce}">${"x".repeat(10_000)}</p>`);
      res.end("</body>");
      return;
    }
    if (req.path === "/areas/sized") {
      // About the size of a page of results, with non-ASCII text in it.
      res.setHeader("Content-Type", "text/html; charset=utf-8");
      res.end(`<script nonce="${nonce}"></script>${"Café ’ ".repeat(5600)}${String(req.query.n)}`);
      return;
    }
    if (req.path.startsWith("/api/oruk")) {
      // The Open Referral UK API: JSON, readable from any website
      res.setHeader("Content-Type", "application/json; charset=utf-8");
      res.setHeader("Access-Control-Allow-Origin", "*");
      res.end(JSON.stringify({ render: renders }));
      return;
    }
    if (req.path.endsWith(".data")) {
      // The data the browser asks for while navigating (single fetch)
      res.setHeader("Content-Type", "text/x-script");
      res.end(`[{"render":${renders}}]`);
      return;
    }
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    // Written in pieces, as Remix streams a document.
    res.write(`<!DOCTYPE html><html><head><script nonce="${nonce}">1</script></head>`);
    res.write(`<body><p>render ${renders}</p><script type="application/ld+json" nonce="${nonce}">{}</script>`);
    res.end(`<script nonce="${nonce}" type="module">2</script></body></html>`);
  });
  await new Promise<void>((resolve) => {
    server = app.listen(0, "127.0.0.1", () => resolve());
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  at("", "30");
});

beforeEach(() => {
  at("2026-11-25T18:30:10Z");
  clearPageCache();
  renders = 0;
  nextStatus = 200;
  setCookie = false;
});

const nonceOf = (text: string) => [...text.matchAll(/nonce="([^"]+)"/g)].map((m) => m[1]);

async function get(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(base + path, { headers });
  return { response, body: await response.text(), state: response.headers.get("X-Public-Cache") };
}

describe("the public page cache", () => {
  it("keeps the Open Referral UK API's answers for the minute, with their CORS header", async () => {
    const first = await get("/api/oruk/services?page=2");
    const second = await get("/api/oruk/services?page=2");
    expect([first.state, second.state]).toEqual(["miss", "hit"]);
    expect(second.body).toBe(first.body);
    expect(second.response.headers.get("Access-Control-Allow-Origin")).toBe("*");
    expect(second.response.headers.get("Content-Type")).toMatch(/^application\/json/);
    expect((await get("/api/oruk/services?page=3")).state).toBe("miss");
    expect((await get("/api/oruk/services?page=2", { Cookie: "cafe_session=x" })).state).toBeNull();
  });

  it("serves a second anonymous GET from memory, with a fresh nonce in the body and the CSP", async () => {
    const first = await get("/?q=LE1");
    const second = await get("/?q=LE1");
    expect(first.state).toBe("miss");
    expect(second.state).toBe("hit");
    expect(renders).toBe(1);
    expect(second.body).toContain("render 1");

    const firstNonces = new Set(nonceOf(first.body));
    const secondNonces = new Set(nonceOf(second.body));
    expect(firstNonces.size).toBe(1);
    expect(secondNonces.size).toBe(1);
    const [n1] = [...firstNonces];
    const [n2] = [...secondNonces];
    expect(n2).not.toBe(n1);
    expect(second.body).not.toContain(n1!);
    expect(second.response.headers.get("Content-Security-Policy")).toContain(`'nonce-${n2}'`);
    expect(second.response.headers.get("Content-Security-Policy")).not.toContain(n1!);
    expect(first.response.headers.get("Content-Security-Policy")).toContain(`'nonce-${n1}'`);

    const third = await get("/?q=LE1");
    expect(nonceOf(third.body)[0]).not.toBe(n2);
  });

  it("keeps other addresses apart, and caches café pages, areas and Remix data requests", async () => {
    await get("/?q=LE1");
    expect((await get("/?q=LE2")).state).toBe("miss");
    await get("/cafes/lantern-womens-cafe");
    expect((await get("/cafes/lantern-womens-cafe")).state).toBe("hit");
    await get("/areas/U67590");
    expect((await get("/areas/U67590")).state).toBe("hit");
    const data1 = await get("/_root.data?q=LE1");
    const data2 = await get("/_root.data?q=LE1");
    expect(data2.state).toBe("hit");
    expect(data2.body).toBe(data1.body);
    expect(cachedPageCount()).toBe(5);
  });

  it("never caches a request with a cookie, a POST, other paths, errors or responses that set a cookie", async () => {
    await get("/?q=LE1", { Cookie: "cafe_session=x" });
    expect((await get("/?q=LE1", { Cookie: "cafe_session=x" })).state).toBeNull();
    await fetch(`${base}/?q=LE1`, { method: "POST" });
    expect((await get("/manage")).state).toBeNull();
    expect((await get("/urgent-help")).state).toBeNull();
    nextStatus = 404;
    await get("/cafes/none");
    expect((await get("/cafes/none")).state).toBe("miss");
    nextStatus = 200;
    setCookie = true;
    await get("/?q=cookie");
    expect((await get("/?q=cookie")).state).toBe("miss");
    expect(cachedPageCount()).toBe(0);
  });

  it("never serves a page across a London minute boundary", async () => {
    at("2026-11-25T18:30:59Z");
    await get("/?q=LE1");
    expect((await get("/?q=LE1")).state).toBe("hit");
    at("2026-11-25T18:31:00Z");
    const after = await get("/?q=LE1");
    expect(after.state).toBe("miss");
    expect(after.body).toContain("render 2");
  });

  it("keeps a page at most PUBLIC_CACHE_SECONDS, and not at all with 0", async () => {
    at("2026-11-25T18:30:10Z", "1");
    // The age limit is kept by the system clock (the app's clock may be pinned): move only that clock on.
    const start = Date.now();
    vi.useFakeTimers({ toFake: ["Date"], now: start });
    try {
      await get("/?q=LE1");
      vi.setSystemTime(start + 999);
      expect((await get("/?q=LE1")).state).toBe("hit");
      vi.setSystemTime(start + 1100);
      expect((await get("/?q=LE1")).state).toBe("miss");
    } finally {
      vi.useRealTimers();
    }

    at("2026-11-25T18:30:10Z", "0");
    await get("/?q=LE9");
    expect((await get("/?q=LE9")).state).toBeNull();
    expect(renders).toBe(4);
  });

  it("sends a public page in one piece, with its length; a very large one is streamed whole and not kept", async () => {
    const page = await get("/?q=LE1");
    expect(page.response.headers.get("Content-Length")).toBe(String(Buffer.byteLength(page.body)));
    const big = await get("/cafes/big");
    expect(big.body.length).toBe(300 * (10_000 + `<p nonce=""></p>`.length + nonceOf(big.body)[0]!.length) + "</body>".length);
    expect(big.response.headers.get("Content-Length")).toBeNull();
    expect((await get("/cafes/big")).state).toBe("miss");
  });

  it("holds a thousand result-sized pages at once (a cold mix of 1,000 postcodes comes round again)", async () => {
    const paths = Array.from({ length: 1000 }, (_, i) => `/areas/sized?n=${i}`);
    for (let i = 0; i < paths.length; i += 50) await Promise.all(paths.slice(i, i + 50).map((p) => get(p)));
    const again = await Promise.all(paths.slice(0, 100).map((p) => get(p)));
    expect(again.every((r) => r.state === "hit")).toBe(true);
    expect(again[7]!.body.endsWith("Café ’ 7")).toBe(true);
    expect(cachedPageCount()).toBe(1000);
  });

  it("forgets every page when the public data changes", async () => {
    await get("/?q=LE1");
    await get("/cafes/lantern-womens-cafe");
    expect(cachedPageCount()).toBe(2);
    invalidatePublicData();
    expect(cachedPageCount()).toBe(0);
    expect((await get("/?q=LE1")).state).toBe("miss");
  });
});
