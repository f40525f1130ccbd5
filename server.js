// The Café Network web server: Express in front of the Remix request handler.
// It serves the built assets with long-lived caching, gives every page its CSP nonce, and starts the
// background jobs (email outbox delivery) that the app exports from entry.server.tsx.
import { randomBytes } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import * as url from "node:url";
import { createRequestHandler } from "@remix-run/express";
import { broadcastDevReady, createRequestHandler as createRemixHandler } from "@remix-run/node";
import compression from "compression";
import express from "express";

const BUILD_PATH = path.resolve("build/index.js");
const VERSION_PATH = path.resolve("build/version.txt");
const mode = process.env.NODE_ENV === "development" ? "development" : "production";

async function importBuild() {
  const stat = fs.statSync(BUILD_PATH);
  return import(url.pathToFileURL(BUILD_PATH).href + "?t=" + stat.mtimeMs);
}

/**
 * Refuses to start on a bad configuration (a setting the app does not accept, no SESSION_SECRET where one
 * is required) with one line naming the problem and exit code 1, rather than a stack trace or a failure at
 * the first sign-in. Loading the build is inside the check: the app reads its settings as it loads.
 */
async function loadCheckedBuild() {
  try {
    if (!fs.existsSync(BUILD_PATH)) throw new Error(`${BUILD_PATH} does not exist: run \`npm run build\` first (\`npm start\` does).`);
    const build = await importBuild();
    for (const warning of (await build.entry.module.checkConfiguration?.()) ?? []) console.warn(`Warning: ${warning}`);
    return build;
  } catch (error) {
    console.error(`Café Network cannot start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}

const initialBuild = await loadCheckedBuild();

/** Loads the newest build after each rebuild in development (`npm run dev`). */
async function developmentHandler(build) {
  let current = build;
  const chokidar = await import("chokidar");
  const reload = async () => {
    current = await importBuild();
    broadcastDevReady(current);
  };
  chokidar.watch(VERSION_PATH, { ignoreInitial: true }).on("add", reload).on("change", reload);
  return (req, res, next) => {
    const handle = () => createRequestHandler({ build: current, mode, getLoadContext })(req, res, next);
    // The request's language, for the newest build (each build has its own; see requestLocale below).
    const withLocale = current.entry.module.requestLocale?.();
    return withLocale ? withLocale(req, res, handle) : handle();
  };
}

function getLoadContext(req, res) {
  // clientIp: Express's req.ip (honours TRUST_PROXY), for per-address rate limits.
  // refusal: why the request guard refused the request, if it did (app/routes/$.tsx says so).
  return { cspNonce: res.locals.cspNonce, clientIp: req.ip, refusal: res.locals.refusal };
}

/**
 * In production: @remix-run/express's handler (the same Request from Express's request, the same way of
 * sending the response), except that a GET or HEAD request is handled over a copy of the build with only
 * the routes it needs (app/platform/route-subsets.server.ts): Remix's own work per request grows with the
 * number of routes, and was a quarter of a public page's time. ROUTE_SUBSETS=off uses the plain handler.
 */
async function productionHandler(build) {
  // The two halves of @remix-run/express's handler, exported by its module (not by the package index).
  const { createRemixRequest, sendRemixResponse } = await import("@remix-run/express/dist/server.js").catch(() => ({}));
  const subsets = process.env.ROUTE_SUBSETS === "off" ? undefined : build.entry.module.routeSubsets;
  if (typeof subsets !== "function" || typeof createRemixRequest !== "function" || typeof sendRemixResponse !== "function") {
    return createRequestHandler({ build, mode, getLoadContext });
  }
  const handleWhole = createRemixHandler(build, mode);
  const handlerFor = subsets(build, (subset) => createRemixHandler(subset, mode));
  return async (req, res, next) => {
    try {
      const request = createRemixRequest(req, res);
      const handle = handlerFor(request) ?? handleWhole;
      const response = await handle(request, getLoadContext(req, res));
      await sendRemixResponse(res, response);
    } catch (error) {
      // Express does not await handlers: pass the error on as @remix-run/express does.
      next(error);
    }
  };
}

const app = express();
app.disable("x-powered-by");
// TRUST_PROXY, checked with the rest of the configuration (true/false, a number of proxies, or addresses).
app.set("trust proxy", initialBuild.entry.module.trustProxySetting?.() ?? "loopback");
app.use(compression());

const securityHeaders = {
  ...initialBuild.entry.module.baseSecurityHeaders,
  ...initialBuild.entry.module.transportSecurityHeaders?.(),
};
app.use((_req, res, next) => {
  for (const [name, value] of Object.entries(securityHeaders)) res.setHeader(name, value);
  res.locals.cspNonce = randomBytes(16).toString("base64");
  next();
});

// Requests refused before the app (app/platform/request-guard.server.ts): addresses too long to be a page or
// whose escapes do not decode, methods other than GET, HEAD and POST, forms sent from another website. Each
// is answered with the app's own not-found page (urgent help, the search box) under the refusal's status.
const requestGuard = initialBuild.entry.module.requestGuard;
if (typeof requestGuard === "function") app.use(requestGuard());

// The language of each request, from its address (/gu/…), for everything the app does for it: loaders,
// actions and the render run inside it (app/platform/request-locale.server.ts). /en/… moves to the
// unprefixed address.
const requestLocale = initialBuild.entry.module.requestLocale;
if (typeof requestLocale === "function") app.use(requestLocale());

// Fingerprinted build output: cache for a year.
app.use("/build", express.static("public/build", { immutable: true, maxAge: "1y", index: false }));
// Other public files (icons, robots.txt): an hour. Their names all have an extension, so page addresses
// (nearly all without one) go straight to the app without a file-system lookup.
const servePublicFile = express.static("public", { maxAge: "1h", index: false });
app.use((req, res, next) => (/\.[^/]*$/.test(req.path) ? servePublicFile(req, res, next) : next()));

const publicCache = initialBuild.entry.module.publicPageCache;
if (mode === "production" && typeof publicCache === "function") app.use(publicCache());

// app.use, not app.all("*"): a route pattern makes Express decode the address first.
app.use(
  mode === "development"
    ? await developmentHandler(initialBuild)
    : await productionHandler(initialBuild),
);

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? "0.0.0.0";
const server = app.listen(port, host, () => {
  console.log(`Café Network listening on http://localhost:${port}`);
  initialBuild.entry.module.startBackgroundJobs?.();
  if (mode === "development") broadcastDevReady(initialBuild);
});

// Requests Node cannot read (headers too large, a broken request line) get a page with the urgent-help numbers.
const answerUnreadable = initialBuild.entry.module.answerUnreadableRequest;
if (typeof answerUnreadable === "function") server.on("clientError", answerUnreadable);

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 2000).unref();
  });
}
