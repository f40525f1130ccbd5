/**
 * The public pages, each served a second time under a language prefix (/gu/…, /ur/cafes/<slug>, …): the
 * same route file under the path ":lang/<its path>", with an id of its own. The loaders check the code
 * (app/platform/page-locale.server.ts): an unknown one is a 404, "en" moves (301) to the unprefixed address.
 * Staff pages are English only and have no prefixed address.
 */
const PUBLIC_ROUTES = {
  "routes/_index.tsx": "",
  "routes/areas._index.tsx": "areas",
  "routes/areas.$code.tsx": "areas/:code",
  "routes/cafes.$slug.tsx": "cafes/:slug",
  "routes/cafes.$slug_.print.tsx": "cafes/:slug/print",
  "routes/cafes.$slug_.summary[.]txt.tsx": "cafes/:slug/summary.txt",
  "routes/partners._index.tsx": "partners",
  "routes/partners.$slug.tsx": "partners/:slug",
  "routes/partners.services.$slug.print.tsx": "partners/services/:slug/print",
  "routes/urgent-help.tsx": "urgent-help",
  "routes/accessibility.tsx": "accessibility",
  "routes/privacy.tsx": "privacy",
  "routes/about-data.tsx": "about-data",
};

/** @type {import('@remix-run/dev').AppConfig} */
export default {
  ignoredRouteFiles: ["**/.*", "**/*.test.{ts,tsx}"],
  routes: async (defineRoutes) =>
    defineRoutes((route) => {
      for (const [file, path] of Object.entries(PUBLIC_ROUTES)) {
        route(path ? `:lang/${path}` : ":lang", file, { id: `lang/${file.replace(/^routes\//, "").replace(/\.tsx$/, "")}` });
      }
    }),
  serverModuleFormat: "esm",
  // Leaflet is loaded only in the browser; the rest of the server bundle stays lean.
  serverDependenciesToBundle: [],
  future: {
    v3_fetcherPersist: true,
    v3_relativeSplatPath: true,
    v3_throwAbortReason: true,
    v3_lazyRouteDiscovery: true,
    v3_singleFetch: true,
  },
};
