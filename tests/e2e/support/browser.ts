import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Cookie, type Page, type Response } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject } from "vitest";

/**
 * Helpers for browser tests: one headless Debian Chromium per test file, pages with or without
 * JavaScript, an axe accessibility check, sign-in as a demo role, and the fake email server's inbox.
 */
export const e2e = inject("e2e");
export const hasBrowser = e2e.browserPath !== "";

/** Like `describe`, but skipped (with the loud warning from global setup) when no Chromium exists. */
export const describeE2E = describe.skipIf(!hasBrowser);

const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

let browser: Browser | undefined;
const contexts: BrowserContext[] = [];
/** Pages opened with JavaScript off (their timers never fire, so axe runs on a copy of their document). */
const withoutJavaScript = new WeakSet<Page>();
/** The server each page opened by newPage talks to. */
const baseUrls = new WeakMap<Page, string>();
/** One page with JavaScript on per file, where the documents of pages without JavaScript are checked. */
let checker: Page | undefined;

/** Call once at the top of a test file: launches Chromium before the tests and closes it after. */
export function setUpBrowser() {
  beforeAll(async () => {
    if (!hasBrowser) return;
    browser = await chromium.launch({ executablePath: e2e.browserPath, headless: true, args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    for (const context of contexts.splice(0)) await context.close().catch(() => {});
    checker = undefined;
    checkerOrigin = "";
    checkerQueue = Promise.resolve();
    await browser?.close();
    browser = undefined;
  });
}

export type PageOptions = BrowserContextOptions & {
  /** Defaults to the main test server. */
  baseURL?: string;
};

/** A new page in a fresh context (no cookies shared with other pages). */
export async function newPage(options: PageOptions = {}): Promise<Page> {
  if (!browser) throw new Error("Call setUpBrowser() in this test file first.");
  const context = await browser.newContext({
    baseURL: e2e.baseUrl,
    locale: "en-GB",
    timezoneId: "Europe/London",
    ...options,
  });
  contexts.push(context);
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  if (options.javaScriptEnabled === false) withoutJavaScript.add(page);
  if (options.baseURL) baseUrls.set(page, options.baseURL);
  return page;
}

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

type AxeViolation = { id: string; impact: string | null; help: string; nodes: { target: string[]; failureSummary?: string }[] };

/**
 * Runs axe-core in the page (WCAG 2.0, 2.1 and 2.2 A and AA rules) and fails the test on any violation,
 * listing each rule and the elements that break it.
 */
export async function expectNoAxeViolations(page: Page, context = "") {
  if (withoutJavaScript.has(page) || !(await timersRun(page))) {
    const { checked } = await queueDocumentCheck(page, context);
    return checked;
  }
  await runAxe(page, context);
}

/**
 * For a page without JavaScript: takes its document now and queues axe's check of it, returning once the
 * document is taken, so the test may go on to the next page while the check runs (`checked` settles when it
 * is done; await every one before the test ends).
 */
export async function queueDocumentCheck(page: Page, context = ""): Promise<{ checked: Promise<void> }> {
  // A page with JavaScript disabled cannot run axe (its timers never fire): check its document as it
  // is (the same markup, at the same address, with the same styles) in a page where axe can run.
  // The checker page checks one document at a time (tests may check several pages at once).
  const html = (await page.content()).replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, "");
  const url = page.url();
  const checked = checkerQueue.then(async () => runAxe(await withoutScripts(html, url), `${context} (its document without JavaScript)`));
  checkerQueue = checked.catch(() => {});
  return { checked };
}

/** Checks of documents without JavaScript, one after another in the checker page. */
let checkerQueue: Promise<unknown> = Promise.resolve();

async function runAxe(page: Page, context: string) {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
      rules: { region: { enabled: true } },
    });
    return result.violations;
  }) as AxeViolation[];
  const report = violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `   ${n.target.join(" ")} — ${n.failureSummary ?? ""}`).join("\n")}`)
    .join("\n");
  expect(report, `axe violations ${context} on ${page.url()}`).toBe("");
}

/**
 * Puts a document a page without JavaScript showed (its scripts removed) into the checker page, so nothing
 * hydrates or changes it: axe then sees exactly what the page without JavaScript shows, styles and images
 * loaded from the server as usual. The checker's first document of a server is loaded at its own address;
 * later ones are written into it (the window, and axe in it, stay), at their address, once their styles are in.
 */
async function withoutScripts(html: string, url: string): Promise<Page> {
  const address = url.split("#")[0]!;
  const origin = new URL(address).origin;
  if (!checker || checkerOrigin !== origin) {
    checker ??= await newPage({ baseURL: undefined });
    await checker.route(
      (request) => request.href.split("#")[0] === address,
      (route) => route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: html }),
      { times: 1 },
    );
    await checker.goto(url);
    checkerOrigin = origin;
    return checker;
  }
  await checker.evaluate(
    ({ html, address }) => {
      history.replaceState(null, "", address);
      document.open();
      document.write(html);
      document.close();
    },
    { html, address },
  );
  await checker.waitForFunction(
    () => document.readyState === "complete" && [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].every((link) => link.sheet),
  );
  return checker;
}
let checkerOrigin = "";

async function timersRun(page: Page): Promise<boolean> {
  const ran = page
    .evaluate(() => new Promise<boolean>((resolve) => setTimeout(() => resolve(true), 0)))
    .catch(() => false);
  const timeout = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 1000));
  return Promise.race([ran, timeout]);
}

/**
 * Clicks what `send` clicks and waits until the page shows the answer to the form it posts: without
 * JavaScript (or for a form that reloads the document), the next document; with JavaScript, until Remix's
 * navigation, revalidation and fetchers are all idle again. Returns the POST's response.
 */
export async function sendForm(page: Page, send: () => Promise<unknown>): Promise<Response> {
  const loaded = page.waitForEvent("load");
  loaded.catch(() => {});
  const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === "POST"), send()]);
  if (withoutJavaScript.has(page) || response.request().isNavigationRequest()) await loaded;
  if (!withoutJavaScript.has(page)) await remixIdle(page);
  return response;
}

/** Waits until the page's Remix app is hydrated and has nothing in flight (no navigation, revalidation or fetcher). */
export async function remixIdle(page: Page) {
  await page.waitForFunction(() => {
    type State = { navigation: { state: string }; revalidation: string; fetchers: Map<string, { state: string }> };
    const router = (window as unknown as { __remixRouter?: { state: State } }).__remixRouter;
    if (!router) return false;
    const { navigation, revalidation, fetchers } = router.state;
    return navigation.state === "idle" && revalidation === "idle" && [...fetchers.values()].every((f) => f.state === "idle");
  });
}

/** Whether a page was opened with JavaScript off. */
export function isWithoutJavaScript(page: Page): boolean {
  return withoutJavaScript.has(page);
}

export const DEMO_PASSWORD = "cafe-network-demo";

/** Signs in through the real sign-in form and waits for the landing page. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await Promise.all([
    page.waitForURL((url) => !url.pathname.startsWith("/sign-in")),
    page.getByRole("button", { name: "Sign in" }).click(),
  ]);
}

const signedInCookies = new Map<string, Cookie[]>();

/**
 * Signs a page in as a demo account: through the real sign-in form the first time in this test file (per
 * server), then with that sign-in session's cookie, as a returning browser would. Only for tests that do not
 * sign out. The page is left where sign-in left it (or blank): go to the page you need next.
 */
export async function signedIn(page: Page, email: string, password = DEMO_PASSWORD) {
  const key = `${baseUrls.get(page) ?? e2e.baseUrl} ${email}`;
  const cookies = signedInCookies.get(key);
  if (cookies) {
    await page.context().addCookies(cookies);
    return;
  }
  await signIn(page, email, password);
  signedInCookies.set(key, await page.context().cookies());
}

export type InboxEmail = { to: string[]; subject: string; text?: string; html?: string; receivedAt: string };

/** Emails the fake Resend server has received, newest last. */
export async function inbox(): Promise<InboxEmail[]> {
  const res = await fetch(`${e2e.resendUrl}/__emails`);
  return (await res.json()) as InboxEmail[];
}

/** Waits for an email to `to` whose subject matches, delivered by the app's outbox sender. */
export async function waitForEmail(to: string, subject: RegExp, timeoutMs = 15_000): Promise<InboxEmail> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = (await inbox()).filter((m) => m.to.includes(to) && subject.test(m.subject)).at(-1);
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`No email to ${to} matching ${subject} within ${timeoutMs}ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** The first http(s) link in a text. */
export function firstLink(text: string | undefined): string {
  const match = text?.match(/https?:\/\/\S+/);
  if (!match) throw new Error(`No link in: ${text}`);
  return match[0];
}
