import type { Role } from "~/modules/identity";

/**
 * Which roles may open each signed-in route. tests/integration/authorisation.test.ts checks every row:
 * anonymous people are sent to /sign-in?redirectTo=<path>, every role not listed gets 403, and every
 * role listed gets in (neither 403 nor the sign-in redirect).
 *
 * ADD A ROW FOR EVERY NON-PUBLIC ROUTE YOU BUILD (one per loader, and one per action); public ones go in
 * PUBLIC_ROUTES below. A loader or action in neither fails the test.
 * - `allowed` lists every role that may use it, admin included when admins may (`can` always
 *   lets admins in), or "any-signed-in".
 * - The test signs in one user per role. The organisation member belongs to `organisationId`; the café
 *   manager manages `cafeId` (a café of that organisation). `otherOrganisationId` / `otherCafeId` are
 *   someone else's: use them to prove that people cannot open other organisations' or cafés' records.
 * - Actions are posted `form` (default: an empty form); "gets in" then just means not refused
 *   (a 400 for the missing fields is fine).
 */
export type AccessFixtures = {
  organisationId: string;
  cafeId: string;
  otherOrganisationId: string;
  otherCafeId: string;
  // Grants (apply): a round, and a draft application of `organisationId` in it
  roundId: string;
  applicationId: string;
};

type RouteFunction = (args: { request: Request; params: Record<string, string | undefined>; context: Record<string, unknown> }) => unknown;
export type RouteModule = { loader?: RouteFunction; action?: RouteFunction };

export type ProtectedRoute = {
  /** The address, with any query string. */
  path: string | ((f: AccessFixtures) => string);
  /** The route's params (e.g. { cafeId }). */
  params?: (f: AccessFixtures) => Record<string, string>;
  /** `() => import("~/routes/<file>")` */
  module: () => Promise<unknown>;
  /** "loader" (GET, the default) or "action" (POST). */
  method?: "loader" | "action";
  form?: (f: AccessFixtures) => Record<string, string>;
  allowed: Role[] | "any-signed-in";
  /** Shown in the test's name. */
  note?: string;
};

export const PROTECTED_ROUTES: ProtectedRoute[] = [
  // ---------------------------------------------------------------- accounts and administration
  { path: "/account", module: () => import("~/routes/account"), allowed: "any-signed-in" },
  { path: "/account", module: () => import("~/routes/account"), method: "action", allowed: "any-signed-in" },
  { path: "/admin", module: () => import("~/routes/admin._index"), allowed: ["admin"] },
  { path: "/admin/users", module: () => import("~/routes/admin.users"), allowed: ["admin"] },
  {
    path: "/admin/users",
    module: () => import("~/routes/admin.users"),
    method: "action",
    form: () => ({ intent: "invite", email: "", role: "" }),
    allowed: ["admin"],
  },
  { path: "/admin/outbox", module: () => import("~/routes/admin.outbox"), allowed: ["admin"] },
  {
    path: "/admin/outbox",
    module: () => import("~/routes/admin.outbox"),
    method: "action",
    form: () => ({ intent: "retry", id: "no-such-email" }),
    allowed: ["admin"],
  },

  // ---------------------------------------------------------------- role homes
  { path: "/grants", module: () => import("~/routes/grants._index"), allowed: ["admin", "grant-officer"] },
  { path: "/panel", module: () => import("~/routes/panel._index"), allowed: ["admin", "panel-member"] },
  // ---------------------------------------------------------------- grants: screening, panel, decision (issue 9)
  // An application or round that does not exist: those allowed get past the permission (a 404), the rest 403.
  {
    path: "/panel/applications/no-such-application",
    params: () => ({ applicationId: "no-such-application" }),
    module: () => import("~/routes/panel.applications.$applicationId"),
    allowed: ["admin", "panel-member"],
  },
  {
    path: "/panel/applications/no-such-application",
    params: () => ({ applicationId: "no-such-application" }),
    module: () => import("~/routes/panel.applications.$applicationId"),
    method: "action",
    allowed: ["admin", "panel-member"],
  },
  {
    path: "/grants/applications/no-such-application",
    params: () => ({ applicationId: "no-such-application" }),
    module: () => import("~/routes/grants.applications.$applicationId._index"),
    allowed: ["admin", "grant-officer"],
  },
  {
    path: "/grants/applications/no-such-application",
    params: () => ({ applicationId: "no-such-application" }),
    module: () => import("~/routes/grants.applications.$applicationId._index"),
    method: "action",
    allowed: ["admin", "grant-officer"],
  },
  {
    path: "/grants/rounds/no-such-round/results",
    params: () => ({ roundId: "no-such-round" }),
    module: () => import("~/routes/grants.rounds.$roundId_.results"),
    allowed: ["admin", "grant-officer"],
  },
  {
    path: "/grants/rounds/no-such-round/panel",
    params: () => ({ roundId: "no-such-round" }),
    module: () => import("~/routes/grants.rounds.$roundId_.panel"),
    allowed: ["admin", "grant-officer"],
  },
  {
    path: "/grants/rounds/no-such-round/panel",
    params: () => ({ roundId: "no-such-round" }),
    module: () => import("~/routes/grants.rounds.$roundId_.panel"),
    method: "action",
    allowed: ["admin", "grant-officer"],
  },
  {
    path: "/grants/rounds/no-such-round/applications.csv",
    params: () => ({ roundId: "no-such-round" }),
    module: () => import("~/routes/grants.rounds.$roundId_.applications[.]csv"),
    allowed: ["admin", "grant-officer"],
  },
  {
    path: "/organisation/applications/no-such-application/messages",
    params: () => ({ applicationId: "no-such-application" }),
    module: () => import("~/routes/organisation.applications.$applicationId_.messages"),
    allowed: ["admin", "organisation-member"],
  },
  {
    path: "/organisation/applications/no-such-application/messages",
    params: () => ({ applicationId: "no-such-application" }),
    module: () => import("~/routes/organisation.applications.$applicationId_.messages"),
    method: "action",
    allowed: ["admin", "organisation-member"],
  },
  { path: "/organisation", module: () => import("~/routes/organisation._index"), allowed: ["admin", "organisation-member"] },
  {
    path: (f) => `/organisation?org=${f.organisationId}`,
    module: () => import("~/routes/organisation._index"),
    allowed: ["admin", "organisation-member"],
    note: "their own organisation",
  },
  {
    path: (f) => `/organisation?org=${f.otherOrganisationId}`,
    module: () => import("~/routes/organisation._index"),
    allowed: ["admin"],
    note: "another organisation",
  },
  {
    path: "/organisation?org=no-such-organisation",
    module: () => import("~/routes/organisation._index"),
    allowed: ["admin"],
    note: "an organisation that does not exist (403, never a hint that it does not)",
  },

  // ---------------------------------------------------------------- partner directory: the group's pages, hiding
  { path: (f) => `/organisation/profile?org=${f.organisationId}`, module: () => import("~/routes/organisation.profile"), allowed: ["admin", "organisation-member"], note: "their own profile" },
  {
    path: (f) => `/organisation/profile?org=${f.otherOrganisationId}`,
    module: () => import("~/routes/organisation.profile"),
    allowed: ["admin"],
    note: "another group's profile",
  },
  {
    path: (f) => `/organisation/profile?org=${f.otherOrganisationId}`,
    module: () => import("~/routes/organisation.profile"),
    method: "action",
    allowed: ["admin"],
    note: "another group's profile",
  },
  {
    path: (f) => `/organisation/services/new?org=${f.organisationId}`,
    params: () => ({ serviceId: "new" }),
    module: () => import("~/routes/organisation.services.$serviceId"),
    allowed: ["admin", "organisation-member"],
  },
  {
    path: (f) => `/organisation/services/new?org=${f.otherOrganisationId}`,
    params: () => ({ serviceId: "new" }),
    module: () => import("~/routes/organisation.services.$serviceId"),
    method: "action",
    allowed: ["admin"],
    note: "another group's new service",
  },
  { path: "/manage/partners", module: () => import("~/routes/manage.partners"), allowed: ["admin", "grant-officer"] },
  { path: "/manage/partners", module: () => import("~/routes/manage.partners"), method: "action", allowed: ["admin", "grant-officer"] },

  // ---------------------------------------------------------------- café self-service and café administration
  ...manageRoutes(),

  // ---------------------------------------------------------------- commissioning
  { path: "/coverage", module: () => import("~/routes/coverage._index"), allowed: ["admin", "commissioner", "grant-officer"] },

  // ---------------------------------------------------------------- Central Access Point
  { path: "/cap", module: () => import("~/routes/cap._index"), allowed: ["admin", "cap-staff"] },
  { path: "/cap?q=LE1+1AA", module: () => import("~/routes/cap._index"), allowed: ["admin", "cap-staff"], note: "with a caller's postcode" },
  { path: "/cap/book", module: () => import("~/routes/cap.book"), allowed: ["admin", "cap-staff"] },
  { path: "/coverage/bookings", module: () => import("~/routes/coverage.bookings"), allowed: ["admin", "commissioner", "grant-officer"], note: "booking counts only" },
  { path: "/coverage/table.csv", module: () => import("~/routes/coverage.table[.]csv"), allowed: ["admin", "commissioner", "grant-officer"] },
  {
    path: "/coverage/footprint/U64426",
    module: () => import("~/routes/coverage.footprint.$code"),
    params: () => ({ code: "U64426" }),
    allowed: ["admin", "commissioner", "grant-officer"],
  },
  { path: "/cap/book", module: () => import("~/routes/cap.book"), method: "action", allowed: ["admin", "cap-staff"] },
  { path: "/cap/bookings/AAAAAA", params: () => ({ reference: "AAAAAA" }), module: () => import("~/routes/cap.bookings.$reference"), allowed: ["admin", "cap-staff"], note: "404 for an unknown reference" },
  { path: "/cap/bookings/AAAAAA", params: () => ({ reference: "AAAAAA" }), module: () => import("~/routes/cap.bookings.$reference"), method: "action", allowed: ["admin", "cap-staff"] },

  // ---------------------------------------------------------------- grants: award (offer, milestones, launch, returns, 360Giving)
  { path: "/grants/awards", module: () => import("~/routes/grants.awards._index"), allowed: ["admin", "grant-officer"] },
  { path: "/grants/awards/no-such-award", params: () => ({ applicationId: "no-such-award" }), module: () => import("~/routes/grants.awards.$applicationId"), allowed: ["admin", "grant-officer"], note: "404 for an unknown award" },
  {
    path: "/grants/awards/no-such-award",
    params: () => ({ applicationId: "no-such-award" }),
    module: () => import("~/routes/grants.awards.$applicationId"),
    method: "action",
    form: () => ({ intent: "done", milestone: "no-such-milestone", note: "" }),
    allowed: ["admin", "grant-officer"],
  },
  { path: "/grants/exports/360giving.json", module: () => import("~/routes/grants.exports.360giving[.]json"), allowed: ["admin", "grant-officer"] },
  { path: "/grants/exports/360giving.csv", module: () => import("~/routes/grants.exports.360giving[.]csv"), allowed: ["admin", "grant-officer"] },
  {
    path: "/organisation/awards/no-such-award",
    params: () => ({ applicationId: "no-such-award" }),
    module: () => import("~/routes/organisation.awards.$applicationId"),
    allowed: ["admin", "organisation-member"],
    note: "404 for an award that is not theirs or does not exist",
  },
  {
    path: "/organisation/awards/no-such-award",
    params: () => ({ applicationId: "no-such-award" }),
    module: () => import("~/routes/organisation.awards.$applicationId"),
    method: "action",
    form: () => ({ agree: "on" }),
    allowed: ["admin", "organisation-member"],
  },
  {
    path: "/organisation/awards/no-such-award/returns/no-such-return",
    params: () => ({ applicationId: "no-such-award", returnId: "no-such-return" }),
    module: () => import("~/routes/organisation.awards.$applicationId.returns.$returnId"),
    allowed: ["admin", "organisation-member"],
  },
  {
    path: "/organisation/awards/no-such-award/returns/no-such-return",
    params: () => ({ applicationId: "no-such-award", returnId: "no-such-return" }),
    module: () => import("~/routes/organisation.awards.$applicationId.returns.$returnId"),
    method: "action",
    allowed: ["admin", "organisation-member"],
  },
  // ---------------------------------------------------------------- grants (apply): organisations, rounds, applications
  { path: "/grants/organisations", module: () => import("~/routes/grants.organisations"), allowed: ["admin", "grant-officer"] },
  { path: "/grants/organisations", module: () => import("~/routes/grants.organisations"), method: "action", allowed: ["admin", "grant-officer"] },
  { path: "/grants/rounds", module: () => import("~/routes/grants.rounds._index"), allowed: ["admin", "grant-officer"] },
  { path: "/grants/rounds", module: () => import("~/routes/grants.rounds._index"), method: "action", allowed: ["admin", "grant-officer"] },
  ...(["loader", "action"] as const).map((method) => ({
    path: (f: AccessFixtures) => `/grants/rounds/${f.roundId}`,
    params: (f: AccessFixtures) => ({ roundId: f.roundId }),
    module: () => import("~/routes/grants.rounds.$roundId"),
    method,
    allowed: ["admin", "grant-officer"] as Role[],
  })),
  ...(["loader", "action"] as const).flatMap((method) =>
    (["organisationId", "otherOrganisationId"] as const).map((which) => ({
      path: (f: AccessFixtures) => `/organisation/${f[which]}/members`,
      params: (f: AccessFixtures) => ({ organisationId: f[which] }),
      module: () => import("~/routes/organisation.$organisationId.members"),
      method,
      allowed: (which === "organisationId" ? ["admin", "organisation-member"] : ["admin"]) as Role[],
      note: which === "organisationId" ? "their own organisation" : "another organisation",
    })),
  ),
  {
    path: (f) => `/organisation/rounds/${f.roundId}`,
    params: (f) => ({ roundId: f.roundId }),
    module: () => import("~/routes/organisation.rounds.$roundId"),
    allowed: ["admin", "grant-officer", "organisation-member"],
    note: "a round's guidance: organisations that may apply, and staff",
  },
  {
    path: (f) => `/organisation/applications/${f.applicationId}/withdraw`,
    params: (f) => ({ applicationId: f.applicationId }),
    module: () => import("~/routes/organisation.applications.$applicationId.withdraw"),
    allowed: ["organisation-member"],
    note: "the withdrawal's confirmation: the applying organisation's members only",
  },
  {
    path: (f) => `/organisation/applications/${f.applicationId}/withdraw`,
    params: (f) => ({ applicationId: f.applicationId }),
    module: () => import("~/routes/organisation.applications.$applicationId.withdraw"),
    method: "action",
    form: () => ({ reason: "x".repeat(2001) }),
    allowed: ["organisation-member"],
    note: "withdrawing: the applying organisation's members only (a reason too long is refused, nothing changes)",
  },
  {
    path: "/organisation/applications/new",
    module: () => import("~/routes/organisation.applications.new"),
    method: "action",
    form: (f) => ({ organisationId: f.organisationId, roundId: f.roundId }),
    allowed: ["admin", "organisation-member"],
    note: "admins are let in but belong to no organisation: refused with a message",
  },
  {
    path: (f) => `/organisation/applications/${f.applicationId}`,
    params: (f) => ({ applicationId: f.applicationId }),
    module: () => import("~/routes/organisation.applications.$applicationId._index"),
    allowed: ["admin", "grant-officer", "organisation-member"],
    note: "the applying organisation's members, and staff read only",
  },
  {
    path: (f) => `/organisation/applications/${f.applicationId}`,
    params: (f) => ({ applicationId: f.applicationId }),
    module: () => import("~/routes/organisation.applications.$applicationId._index"),
    method: "action",
    allowed: ["organisation-member"],
    note: "submitting: the applying organisation's members only",
  },
  {
    path: (f) => `/organisation/applications/${f.applicationId}/communities`,
    params: (f) => ({ applicationId: f.applicationId, section: "communities" }),
    module: () => import("~/routes/organisation.applications.$applicationId.$section"),
    allowed: ["admin", "grant-officer", "organisation-member"],
  },
  {
    path: (f) => `/organisation/applications/${f.applicationId}/communities`,
    params: (f) => ({ applicationId: f.applicationId, section: "communities" }),
    module: () => import("~/routes/organisation.applications.$applicationId.$section"),
    method: "action",
    allowed: ["organisation-member"],
  },
  {
    path: (f) => `/organisation/applications/${f.applicationId}/attachments`,
    params: (f) => ({ applicationId: f.applicationId }),
    module: () => import("~/routes/organisation.applications.$applicationId.attachments"),
    method: "action",
    allowed: ["organisation-member"],
  },
  {
    path: (f) => `/applications/${f.applicationId}/attachments/no-such-file`,
    params: (f) => ({ applicationId: f.applicationId, attachmentId: "no-such-file" }),
    module: () => import("~/routes/applications.$applicationId.attachments.$attachmentId"),
    allowed: ["admin", "grant-officer", "organisation-member"],
    note: "404 for a file that does not exist; panel members only once the application is submitted and they declared no conflict",
  },
];

/**
 * The loaders and actions anyone may use, signed in or not, by route file (in app/routes) and function,
 * each with the reason it is public. tests/integration/authorisation.test.ts requires every loader and
 * action of every route file to be either here or in PROTECTED_ROUTES, so a new route cannot go unchecked.
 */
export const PUBLIC_ROUTES: Record<string, { loader?: string; action?: string }> = {
  "$.tsx": { loader: "any address no route matches: the not-found page" },
  "_index.tsx": { loader: "the public café finder" },
  "areas._index.tsx": { loader: "the public list of areas" },
  "areas.$code.tsx": { loader: "a public area page" },
  "cafes.$slug.tsx": { loader: "a public café page" },
  "partners._index.tsx": { loader: "the public partner directory search" },
  "partners.$slug.tsx": { loader: "a verified group's public profile" },
  "partners.services.$slug.print.tsx": { loader: "a public service's printable page" },
  "cafes.$slug_.print.tsx": { loader: "a café's printable poster and cards" },
  "cafes.$slug_.summary[.]txt.tsx": { loader: "a café's text-message summary" },
  "map-data.boundaries[.]json.tsx": { loader: "footprint boundaries for the public maps" },
  "about-data_.api.tsx": { loader: "the old address of the open data API's page: leads to /api/oruk" },
  "api.oruk._index.tsx": { loader: "the open data API explained for people (a browser's /api/oruk)" },
  "api.oruk.metadata[.]json.tsx": { loader: "open data: the Open Referral UK API's metadata (read only, rate-limited)" },
  "api.oruk.openapi[.]json.tsx": { loader: "open data: the API's OpenAPI description" },
  "api.oruk.services._index.tsx": { loader: "open data: public services (read only, rate-limited)" },
  "api.oruk.services.$id.tsx": { loader: "open data: one public service" },
  "api.oruk.service_at_locations._index.tsx": { loader: "open data: public services at their places" },
  "api.oruk.service_at_locations.$id.tsx": { loader: "open data: one public service at one of its places" },
  "api.oruk.organizations._index.tsx": { loader: "open data: verified, unhidden organisations (and a hidden one as the operator of its public cafés)" },
  "api.oruk.organizations.$id.tsx": { loader: "open data: one verified, unhidden organisation" },
  "api.oruk.taxonomies._index.tsx": { loader: "open data: the managed lists" },
  "api.oruk.taxonomies.$id.tsx": { loader: "open data: one managed list" },
  "api.oruk.taxonomy_terms._index.tsx": { loader: "open data: the managed lists' terms" },
  "api.oruk.taxonomy_terms.$id.tsx": { loader: "open data: one term" },
  "api.oruk.$.tsx": { loader: "open data: a JSON not-found for other API addresses" },
  "healthcheck.tsx": { loader: "the load balancer's health check" },
  "urgent-help.tsx": { loader: "the public urgent-help page (its language from the address)" },
  "accessibility.tsx": { loader: "the public accessibility statement (its language from the address)" },
  "privacy.tsx": { loader: "the public privacy notice (its language from the address)" },
  "about-data.tsx": { loader: "the public page about the data (its language from the address)" },
  "sign-in.tsx": { loader: "the sign-in form", action: "signing in (rate-limited)" },
  "sign-out.tsx": { loader: "sends people to the home page", action: "ends this browser's own session, if any" },
  "forgot-password.tsx": { loader: "the reset request form", action: "asking for a reset link (rate-limited, no account enumeration)" },
  "reset-password.$token.tsx": { loader: "opened from the reset email: the token is the authority", action: "setting a new password with the token" },
  // Grants (apply)
  "register.tsx": { loader: "the organisation registration form", action: "registering an organisation (honeypot, rate-limited; nothing is usable until the emailed link is followed)" },
  "organisation.applications.new.tsx": { loader: "sends people to /organisation (the form posts here)" },
  "organisation.applications.$applicationId.attachments.tsx": { loader: "sends people to the application's page (the forms post here)" },
  "invitations.$token.tsx": {
    loader: "opened from the invitation email: the token is the authority",
    action: "creating an account with the token; accepting into an existing account requires its signed-in owner",
  },
};

/**
 * /manage and its café pages: the café's managers and admins may read and write; commissioners may read
 * every café (and change only the footprint); managers of another café get 403 for loaders and actions.
 * Actions are posted an empty form, so the roles let in get a 400 for the missing fields.
 */
function manageRoutes(): ProtectedRoute[] {
  const readers: Role[] = ["admin", "commissioner", "cafe-manager"];
  const writers: Role[] = ["admin", "cafe-manager"];
  const cafePages: { file: string; suffix: string; params?: Record<string, string>; write: boolean }[] = [
    { file: "manage.cafes.$cafeId", suffix: "", write: false },
    { file: "manage.cafes.$cafeId._index", suffix: "", write: true },
    { file: "manage.cafes.$cafeId.details", suffix: "/details", write: true },
    { file: "manage.cafes.$cafeId.sessions._index", suffix: "/sessions", write: true },
    { file: "manage.cafes.$cafeId.sessions.$sessionId", suffix: "/sessions/no-such-session", params: { sessionId: "no-such-session" }, write: true },
    { file: "manage.cafes.$cafeId.exceptions", suffix: "/exceptions", write: true },
    { file: "manage.cafes.$cafeId.offers._index", suffix: "/offers", write: true },
    { file: "manage.cafes.$cafeId.offers.$offerId", suffix: "/offers/no-such-offer", params: { offerId: "no-such-offer" }, write: true },
    { file: "manage.cafes.$cafeId.history", suffix: "/history", write: false },
    { file: "manage.cafes.$cafeId.details_.translations.$locale", suffix: "/details/translations/gu", params: { locale: "gu" }, write: true },
    {
      file: "manage.cafes.$cafeId.offers.$offerId_.translations.$locale",
      suffix: "/offers/no-such-offer/translations/ur",
      params: { offerId: "no-such-offer", locale: "ur" },
      write: true,
    },
  ];
  const load = (file: string) => () => import(`../../app/routes/${file}.tsx`);
  const rows: ProtectedRoute[] = [
    { path: "/manage", module: () => import("~/routes/manage._index"), allowed: readers },
    { path: "/manage/stale", module: () => import("~/routes/manage.stale"), allowed: ["admin", "commissioner"] },
    { path: "/manage/stale", module: () => import("~/routes/manage.stale"), method: "action", allowed: ["admin"], note: "send due reminders now" },
  ];
  // A café's bookings show callers' details: its managers and admins only, never commissioners.
  for (const [which, note] of [["cafeId", "their own café"], ["otherCafeId", "another café"]] as const) {
    const base = {
      path: (f: AccessFixtures) => `/manage/cafes/${f[which]}/bookings`,
      params: (f: AccessFixtures) => ({ cafeId: f[which] }),
      module: load("manage.cafes.$cafeId.bookings"),
      note,
    };
    const allowed: Role[] = which === "cafeId" ? ["admin", "cafe-manager"] : ["admin"];
    rows.push({ ...base, allowed }, { ...base, method: "action", allowed });
  }
  for (const page of cafePages) {
    for (const [which, note] of [["cafeId", "their own café"], ["otherCafeId", "another café"]] as const) {
      const own = which === "cafeId";
      const base = { path: (f: AccessFixtures) => `/manage/cafes/${f[which]}${page.suffix}`, params: (f: AccessFixtures) => ({ cafeId: f[which], ...page.params }), module: load(page.file), note };
      rows.push({ ...base, allowed: own ? readers : ["admin", "commissioner"] });
      if (page.write) rows.push({ ...base, method: "action", allowed: own ? writers : ["admin"] });
    }
  }
  rows.push(
    {
      path: (f) => `/manage/cafes/${f.cafeId}/details`,
      params: (f) => ({ cafeId: f.cafeId }),
      module: () => import("~/routes/manage.cafes.$cafeId.details"),
      method: "action",
      form: () => ({ intent: "footprint", footprintId: "no-such-footprint" }),
      allowed: ["admin", "commissioner"],
      note: "change the footprint: admins and commissioners, never managers",
    },
    { path: "/admin/tags", module: () => import("~/routes/admin.tags"), allowed: ["admin"] },
    { path: "/admin/tags", module: () => import("~/routes/admin.tags"), method: "action", allowed: ["admin"] },
    { path: "/admin/cafes", module: () => import("~/routes/admin.cafes._index"), allowed: ["admin"] },
    { path: "/admin/cafes/new", module: () => import("~/routes/admin.cafes.new"), allowed: ["admin"] },
    { path: "/admin/cafes/new", module: () => import("~/routes/admin.cafes.new"), method: "action", allowed: ["admin"] },
    { path: (f) => `/admin/cafes/${f.cafeId}`, params: (f) => ({ cafeId: f.cafeId }), module: () => import("~/routes/admin.cafes.$cafeId"), allowed: ["admin"] },
    {
      path: (f) => `/admin/cafes/${f.cafeId}`,
      params: (f) => ({ cafeId: f.cafeId }),
      module: () => import("~/routes/admin.cafes.$cafeId"),
      method: "action",
      allowed: ["admin"],
    },
  );
  return rows;
}
