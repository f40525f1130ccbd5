import { createServer, request as httpRequest } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, expect, it } from "vitest";
import { describeE2E, e2e, expectNoAxeViolations, hasBrowser, newPage, setUpBrowser } from "./support/browser";
import { startAppServer, type AppServer } from "./support/server";

/**
 * The server's checks before the app (app/platform/request-guard.server.ts) and the caching and transport
 * headers, over HTTP against the production server: an address too long to be a page, a form sent from
 * another website, a method the site does not use, a redirect target with any character, personal pages
 * never cached, HSTS when the site is on https.
 */
let httpsServer: AppServer;

setUpBrowser();

beforeAll(async () => {
  if (!hasBrowser) return;
  httpsServer = await startAppServer({
    baseDatabase: e2e.baseDatabase,
    directory: e2e.runDirectory,
    env: { APP_URL: "https://cafes.example.org" },
  });
});

afterAll(async () => {
  await httpsServer?.stop();
});

type Answer = { status: number; headers: Record<string, string | string[] | undefined>; body: string; ms: number };

/** One request with exactly these headers (fetch adds its own, and refuses TRACE). */
function send(method: string, address: string, options: { headers?: Record<string, string>; body?: string; base?: string } = {}): Promise<Answer> {
  const url = new URL((options.base ?? e2e.baseUrl) + address);
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: url.hostname, port: url.port, method, path: address, headers: { ...options.headers, ...(options.body !== undefined ? { "Content-Length": Buffer.byteLength(options.body) } : {}) }, timeout: 30_000 },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (body += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body, ms: Date.now() - started }));
      },
    );
    req.on("timeout", () => req.destroy(new Error(`${method} ${address.slice(0, 40)}… timed out`)));
    req.on("error", reject);
    req.end(options.body);
  });
}

const FORM = { "Content-Type": "application/x-www-form-urlencoded" };

function signInForm(extra: Record<string, string> = {}) {
  return new URLSearchParams({ email: "admin@example.org", password: "cafe-network-demo", ...extra }).toString();
}

/** Every refusal is one of the site's pages, with the urgent-help numbers and link. */
function expectUrgentHelp(answer: Answer) {
  expect(answer.headers["content-type"]).toMatch(/^text\/html/);
  expect(answer.body).toContain('href="/urgent-help"');
  expect(answer.body).toContain("NHS 111");
}

async function signInCookie(): Promise<string> {
  const answer = await send("POST", "/sign-in", { headers: FORM, body: signInForm() });
  expect(answer.status).toBe(302);
  const cookie = [answer.headers["set-cookie"] ?? []].flat()[0]?.split(";")[0];
  if (!cookie) throw new Error("no session cookie");
  return cookie;
}

describeE2E("an address too long to be a page", () => {
  it("answers a 7,000-segment address at once with 414, while the server keeps answering others", async () => {
    const long = send("GET", "/a".repeat(7000));
    await new Promise((r) => setTimeout(r, 20));
    const health = send("GET", "/healthcheck");
    const [longAnswer, healthAnswer] = await Promise.all([long, health]);
    expect(longAnswer.status).toBe(414);
    expectUrgentHelp(longAnswer);
    expect(healthAnswer.status).toBe(200);
    // Generous bounds: the unguarded server took 8–18 seconds and held the healthcheck as long.
    expect(longAnswer.ms).toBeLessThan(3000);
    expect(healthAnswer.ms).toBeLessThan(3000);
  });

  it("refuses by length and by segment count, with the query string apart", async () => {
    expect((await send("GET", `/cafes/${"x".repeat(2100)}`)).status).toBe(414);
    expect((await send("GET", "/cafes" + "/x".repeat(40))).status).toBe(414);
    expect((await send("HEAD", "/a".repeat(100))).status).toBe(414);
    expect((await send("POST", "/a".repeat(100), { headers: FORM, body: "a=1" })).status).toBe(414);
    // Real addresses, however deep, and long query strings still work.
    expect((await send("GET", `/?q=${"LE1 1AA ".repeat(200).replace(/ /g, "+")}`)).status).toBe(200);
    expect((await send("GET", "/cafes/lantern-womens-cafe.data")).status).toBe(200);
    expect((await send("GET", "/a/b/c/d/e/f/g/h")).status).toBe(404);
  });
});

describeE2E("forms sent from another website", () => {
  const foreign = [
    ["another site's origin", { Origin: "https://evil.example" }],
    ["a null origin", { Origin: "null" }],
    ["a malformed origin", { Origin: "http://[" }],
    ["this address on another scheme", { Origin: e2e.baseUrl.replace(/^http:/, "https:") }],
    ["a cross-site fetch without an origin", { "Sec-Fetch-Site": "cross-site" }],
    ["a same-site fetch", { Origin: e2e.baseUrl, "Sec-Fetch-Site": "same-site" }],
  ] as const;

  it.each(foreign)("refuses a full-page sign-in with %s: 403, no session", async (_name, headers) => {
    const answer = await send("POST", "/sign-in", { headers: { ...FORM, ...headers }, body: signInForm() });
    expect(answer.status).toBe(403);
    expect(answer.headers["set-cookie"]).toBeUndefined();
    expectUrgentHelp(answer);
    expect(answer.body).toContain("This form came from another website");
  });

  it.each(foreign)("refuses a data sign-in (single fetch and ?_data=) with %s: 403, no session", async (_name, headers) => {
    for (const address of ["/sign-in.data", "/sign-in?_data=routes%2Fsign-in"]) {
      const answer = await send("POST", address, { headers: { ...FORM, ...headers }, body: signInForm() });
      expect(answer.status, address).toBe(403);
      expect(answer.headers["set-cookie"], address).toBeUndefined();
    }
  });

  it("refuses other form posts from another site too", async () => {
    const cookie = await signInCookie();
    const answer = await send("POST", "/sign-out", { headers: { ...FORM, Cookie: cookie, Origin: "https://evil.example" }, body: "" });
    expect(answer.status).toBe(403);
    const account = await send("GET", "/account", { headers: { Cookie: cookie } });
    expect(account.status).toBe(200);
  });

  it("accepts forms from this site, and from clients that send neither header", async () => {
    const sameOrigin = { Origin: e2e.baseUrl, "Sec-Fetch-Site": "same-origin" };
    const page = await send("POST", "/sign-in", { headers: { ...FORM, ...sameOrigin }, body: signInForm() });
    expect(page.status).toBe(302);
    expect(page.headers["set-cookie"]).toBeDefined();
    const data = await send("POST", "/sign-in.data", { headers: { ...FORM, ...sameOrigin }, body: signInForm() });
    expect(data.status).toBeLessThan(400);
    expect(data.headers["set-cookie"]).toBeDefined();
    const typed = await send("POST", "/sign-in", { headers: { ...FORM, Origin: e2e.baseUrl, "Sec-Fetch-Site": "none" }, body: signInForm() });
    expect(typed.status).toBe(302);
    const bare = await send("POST", "/sign-in", { headers: FORM, body: signInForm() });
    expect(bare.status).toBe(302);
  });

  it("accepts only the configured address's origin when APP_URL is set", async () => {
    const own = await send("POST", "/sign-in", { base: httpsServer.url, headers: { ...FORM, Origin: "https://cafes.example.org", Host: "cafes.example.org" }, body: signInForm({ password: "wrong" }) });
    expect(own.status).toBe(400);
    const other = await send("POST", "/sign-in", { base: httpsServer.url, headers: { ...FORM, Origin: httpsServer.url }, body: signInForm() });
    expect(other.status).toBe(403);
  });

  it("accepts a form of the configured address that a proxy passes on with its own Host, full-page and data", async () => {
    // nginx sends the upstream's address as Host unless told otherwise; the form is still this site's.
    for (const address of ["/sign-in", "/sign-in.data"]) {
      const proxied = await send("POST", address, { base: httpsServer.url, headers: { ...FORM, Origin: "https://cafes.example.org", Host: "127.0.0.1:3999" }, body: signInForm({ password: "wrong" }) });
      expect([200, 400], address).toContain(proxied.status);
      expect(proxied.body, address).toMatch(/correct email address and password/);
    }
  });
});

describeE2E("a form on another website, in a browser", () => {
  it("signs nobody in, and shows the site's page saying why", async () => {
    // "localhost" is another site than "127.0.0.1" to the browser.
    const other = createServer((_req, res) => {
      res.setHeader("Content-Type", "text/html; charset=utf-8");
      res.end(`<!DOCTYPE html><html lang="en"><head><title>Another site</title></head><body><main>
        <form method="post" action="${e2e.baseUrl}/sign-in?_data=routes%2Fsign-in">
          <input type="hidden" name="email" value="admin@example.org">
          <input type="hidden" name="password" value="cafe-network-demo">
          <button>Win a prize</button>
        </form></main></body></html>`);
    });
    await new Promise<void>((resolve) => other.listen(0, "127.0.0.1", resolve));
    try {
      const page = await newPage();
      await page.goto(`http://localhost:${(other.address() as AddressInfo).port}/`);
      const [response] = await Promise.all([
        page.waitForResponse((r) => r.request().method() === "POST"),
        page.getByRole("button", { name: "Win a prize" }).click(),
      ]);
      expect(response.status()).toBe(403);
      await page.getByRole("heading", { level: 1, name: "Your form was not sent" }).waitFor();
      await expect(page.locator("main").textContent()).resolves.toContain("This form came from another website");
      await page.getByRole("link", { name: "More urgent help" }).waitFor();
      await expectNoAxeViolations(page, "a form from another website");
      expect((await page.context().cookies(e2e.baseUrl)).map((c) => c.name)).not.toContain("cafe_session");
    } finally {
      other.close();
    }
  });
});

describeE2E("methods the site does not use", () => {
  it.each(["TRACE", "PUT", "DELETE", "PATCH", "OPTIONS"])("answers %s with 405 and the methods it allows", async (method) => {
    const answer = await send(method, "/");
    expect(answer.status).toBe(405);
    expect(answer.headers.allow).toBe("GET, HEAD, POST");
    expectUrgentHelp(answer);
  });
});

describeE2E("the open data API from another website", () => {
  it("answers a CORS preflight with 204, and its base address JSON to programs and the page to people", async () => {
    const preflight = await send("OPTIONS", "/api/oruk/services", {
      headers: { Origin: "https://directory.example", "Access-Control-Request-Method": "GET", "Access-Control-Request-Headers": "x-client" },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers["access-control-allow-origin"]).toBe("*");
    expect(preflight.headers["access-control-allow-methods"]).toBe("GET, HEAD, OPTIONS");
    expect(preflight.headers["access-control-allow-headers"]).toBe("x-client");
    expect(preflight.headers["access-control-max-age"]).toBeDefined();

    const json = await send("GET", "/api/oruk", { headers: { Origin: "https://directory.example", Accept: "application/json" } });
    expect(json.status).toBe(200);
    expect(json.headers["access-control-allow-origin"]).toBe("*");
    expect(JSON.parse(json.body)).toMatchObject({ version: "3.0" });
    const page = await send("GET", "/api/oruk", { headers: { Accept: "text/html,application/xhtml+xml,*/*;q=0.8" } });
    expect(page.status).toBe(200);
    expect(page.headers["content-type"]).toMatch(/^text\/html/);
    expect(page.headers.vary).toMatch(/Accept/);
    expect(page.body).toContain("/api/oruk/services");
  });
});

describeE2E("requests the server cannot read", () => {
  it("answers headers too large to read with 431 and a page carrying the urgent-help numbers", async () => {
    const answer = await send("GET", `/?q=${"a".repeat(20_000)}`);
    expect(answer.status).toBe(431);
    expectUrgentHelp(answer);
  });

  it("answers a method Node does not know with 400 and the same page", async () => {
    const answer = await send("FOO", "/");
    expect(answer.status).toBe(400);
    expectUrgentHelp(answer);
  });
});

describeE2E("a redirect target with any character", () => {
  it("signs in and goes to the address, escaped, rather than failing", async () => {
    const answer = await send("POST", "/sign-in?redirectTo=%2F%E2%98%83", { headers: FORM, body: signInForm({ redirectTo: "/☃?q=é#ü" }) });
    expect(answer.status).toBe(302);
    expect(answer.headers.location).toBe("/%E2%98%83?q=%C3%A9#%C3%BC");
  });
});

describeE2E("caching", () => {
  it("marks every page of a signed-in person private and not to be stored", async () => {
    const cookie = await signInCookie();
    for (const address of ["/", "/admin", "/account", "/cafes/lantern-womens-cafe", "/no-such-page"]) {
      const answer = await send("GET", address, { headers: { Cookie: cookie } });
      expect(answer.headers["content-type"], address).toMatch(/^text\/html/);
      expect(answer.headers["cache-control"], address).toBe("private, no-store");
    }
  });

  it("marks personal pages private and not to be stored for anyone", async () => {
    for (const address of ["/sign-in", "/reset-password/not-a-token", "/invitations/not-a-token", "/forgot-password"]) {
      const answer = await send("GET", address);
      expect(answer.headers["cache-control"], address).toBe("private, no-store");
    }
  });

  it("keeps caching anonymous public pages", async () => {
    const first = await send("GET", "/areas");
    const second = await send("GET", "/areas");
    expect(second.status).toBe(200);
    expect(second.headers["x-public-cache"]).toBe("hit");
    for (const answer of [first, second]) expect(answer.headers["cache-control"] ?? "").not.toMatch(/no-store|private/);
  });
});

describeE2E("Strict-Transport-Security", () => {
  it("is sent when the site's address is https, on pages and files", async () => {
    for (const address of ["/", "/favicon.svg", "/no-such-page"]) {
      const answer = await send("GET", address, { base: httpsServer.url });
      expect(answer.headers["strict-transport-security"], address).toBe("max-age=31536000; includeSubDomains");
    }
  });

  it("is not sent when the site's address is http", async () => {
    const answer = await send("GET", "/");
    expect(answer.headers["strict-transport-security"]).toBeUndefined();
  });
});
