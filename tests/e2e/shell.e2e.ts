import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { describeE2E, e2e, expectNoAxeViolations, newPage, setUpBrowser } from "./support/browser";
import { startAppServer } from "./support/server";

setUpBrowser();

describeE2E("the app shell on every public page", () => {
  it("renders the home page without JavaScript, with urgent help, quick exit, skip link and attributions", async () => {
    const page = await newPage({ javaScriptEnabled: false });
    const response = await page.goto("/");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("complementary", { name: "Urgent help" }).textContent()).resolves.toMatch(/999/);
    expect(await page.getByRole("link", { name: "116 123" }).getAttribute("href")).toBe("tel:116123");
    expect(await page.getByRole("link", { name: "Leave this site quickly" }).getAttribute("href")).toMatch(/^https:/);
    expect(await page.getByRole("link", { name: "Skip to main content" }).getAttribute("href")).toBe("#main-content");
    await expect(page.getByRole("contentinfo").textContent()).resolves.toMatch(/Contains OS data © Crown copyright/);
    // The boundary data's licence asks for a link to its source.
    await expect(page.getByRole("contentinfo").textContent()).resolves.toContain(
      "Boundary data converted by Martin Chorley (github.com/martinjc/UK-GeoJSON), CC BY 4.0.",
    );
    expect(await page.getByRole("contentinfo").getByRole("link", { name: "github.com/martinjc/UK-GeoJSON" }).getAttribute("href")).toBe(
      "https://github.com/martinjc/UK-GeoJSON",
    );
    await expectNoAxeViolations(page);
  });

  it("links the boundary data's source on the about-the-data page too", async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto("/about-data");
    expect(await page.getByRole("main").getByRole("link", { name: "github.com/martinjc/UK-GeoJSON" }).getAttribute("href")).toBe(
      "https://github.com/martinjc/UK-GeoJSON",
    );
  });

  it("explains the open data API on a page linked from about-the-data, and the API answers JSON to any website", async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto("/about-data");
    await page.getByRole("link", { name: "How other directories can use it" }).click();
    expect(new URL(page.url()).pathname).toBe("/api/oruk");
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toMatch(/Open data/);
    await expectNoAxeViolations(page);

    const href = await page.getByRole("link", { name: "/services", exact: true }).getAttribute("href");
    const response = await page.request.get(href!, { headers: { Origin: "https://directory.example" } });
    expect(response.status()).toBe(200);
    expect(response.headers()["access-control-allow-origin"]).toBe("*");
    const body = (await response.json()) as { total_items: number; contents: { id: string }[] };
    expect(body.total_items).toBeGreaterThan(0);
    const metadata = await page.request.get("/api/oruk/");
    expect(await metadata.json()).toMatchObject({ version: "3.0" });
  });

  it("sends a strict Content-Security-Policy with a per-response nonce", async () => {
    const page = await newPage();
    const first = await page.goto("/");
    const second = await page.goto("/urgent-help");
    const csp1 = first?.headers()["content-security-policy"] ?? "";
    const csp2 = second?.headers()["content-security-policy"] ?? "";
    expect(csp1).toMatch(/script-src 'nonce-[A-Za-z0-9+/=]+'/);
    expect(csp1.match(/nonce-([^']+)/)?.[1]).not.toBe(csp2.match(/nonce-([^']+)/)?.[1]);
    expect(first?.headers()["x-content-type-options"]).toBe("nosniff");
  });

  it("answers an unknown address with a helpful 404 that keeps the urgent help and offers a search", async () => {
    const page = await newPage();
    const response = await page.goto("/no-such-page-here");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Page not found");
    await expect(page.getByLabel("Postcode, town or village").count()).resolves.toBe(1);
    await expect(page.getByRole("complementary", { name: "Urgent help" }).count()).resolves.toBe(1);
    await expectNoAxeViolations(page);
  });

  it("answers an address that cannot be decoded with a 400 page that keeps the urgent help, without filling the log", async () => {
    const server = await startAppServer({ baseDatabase: e2e.baseDatabase, directory: e2e.runDirectory });
    try {
      for (const path of ["/%ZZ", "/cafes/%ZZ", "/cafes/%E0%A4%A", "/areas/%ZZ/more"]) {
        const response = await fetch(server.url + path);
        expect(response.status, path).toBe(400);
        const html = await response.text();
        expect(html, path).toContain("Page not found");
        expect(html, path).toContain("116 123");
      }
      expect((await fetch(`${server.url}/sign-in/%ZZ`, { method: "POST", body: new URLSearchParams({ a: "b" }) })).status).toBe(400);

      const page = await newPage({ baseURL: server.url, javaScriptEnabled: false });
      const response = await page.goto("/cafes/%ZZ");
      expect(response?.status()).toBe(400);
      await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Page not found");
      await expect(page.getByRole("complementary", { name: "Urgent help" }).textContent()).resolves.toMatch(/999/);
      await expect(page.getByLabel("Postcode, town or village").count()).resolves.toBe(1);
      await expectNoAxeViolations(page);

      expect(server.output()).not.toMatch(/URIError|could not be decoded|Bad Request|Error/);
    } finally {
      await server.stop();
    }
  });

  it("makes the embedded setup's session secret when the server starts, before anyone signs in", async () => {
    const directory = path.join(e2e.runDirectory, `secret-at-start-${Date.now()}`);
    const server = await startAppServer({ baseDatabase: e2e.baseDatabase, directory, env: { SESSION_SECRET: "" } });
    try {
      const secret = readFileSync(path.join(directory, "session-secret"), "utf8").trim();
      expect(secret.length).toBeGreaterThanOrEqual(32);
    } finally {
      await server.stop();
    }
  });

  it("lists every urgent-help option on the urgent help page, reachable from the banner", async () => {
    const page = await newPage();
    await page.goto("/");
    await page.getByRole("link", { name: "More urgent help" }).click();
    await page.getByRole("heading", { level: 1, name: "Get urgent help now" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/urgent-help");
    const main = (await page.getByRole("main").textContent()) ?? "";
    expect(main).toMatch(/Call 999 or go to A&E now/);
    expect(main).toMatch(/Call 111 and choose option 2/);
    expect(main).toMatch(/Samaritans/);
    expect(await page.getByRole("main").getByRole("link", { name: "116 123" }).getAttribute("href")).toBe("tel:116123");
    expect(await page.getByRole("link", { name: "85258" }).getAttribute("href")).toMatch(/^sms:85258/);
    // No Central Access Point number is configured on this server: the page says how to reach it instead.
    expect(main).toMatch(/Central Access Point[\s\S]*NHS 111 and choose option 2/);
    await expectNoAxeViolations(page);
  });

  it("shows the Central Access Point's number wherever it is configured", async () => {
    const server = await startAppServer({
      baseDatabase: e2e.baseDatabase,
      directory: e2e.runDirectory,
      env: { CAP_PHONE: "0800 000 0000" },
    });
    try {
      const page = await newPage({ baseURL: server.url });
      await page.goto("/urgent-help");
      const banner = page.getByRole("complementary", { name: "Urgent help" });
      expect(await banner.getByRole("link", { name: "0800 000 0000" }).getAttribute("href")).toBe("tel:08000000000");
      expect(await page.getByRole("main").getByRole("link", { name: "0800 000 0000" }).count()).toBe(1);
    } finally {
      await server.stop();
    }
  });
});
