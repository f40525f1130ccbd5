import fc from "fast-check";
import { CAFE_STATUSES } from "~/modules/cafe";
import { ROLES } from "~/modules/identity";
import { TAG_KINDS } from "~/modules/tags";

/**
 * Every route with a form action, as tests/integration/fuzz-forms.test.ts drives it: who posts, the page's
 * intents, its fields with some values that pass the schema (so generated forms also get past it, into the
 * modules' checks and writes) and which fields are never sent back (passwords).
 *
 * ADD A ROW FOR EVERY ROUTE WITH AN ACTION: the test lists app/routes and fails for one missing here.
 */
export type FuzzFixtures = {
  /** The café the café manager manages */
  cafeId: string;
  /** A café of its own for the admin's status changes (a closed café would shut its manager out of the others) */
  adminCafeId: string;
  organisationId: string;
  footprintId: string;
  tagIds: Record<(typeof TAG_KINDS)[number], string[]>;
  offerId: () => Promise<string>;
  sessionId: () => Promise<string>;
  invitationToken: () => Promise<string>;
  resetToken: () => Promise<string>;
  /** Sessions the CAP could book (the booking form's values), and two that are well formed but do not run */
  capOptions: string[];
  /** A booking of the café manager's café, and its reference */
  bookingId: string;
  bookingReference: string;
  /** grants (award): an accepted award of the demo organisation with a milestone, and one of its monitoring returns */
  award: () => Promise<{ applicationId: string; returnId: string }>;
  // Grants (apply): the demo member's organisation, an open round and a draft application of it
  memberOrganisationId: string;
  roundId: string;
  applicationId: string;
};

/** Who posts: a demo account's fresh session, a new account of its own, or nobody. */
export type Poster = "admin" | "manager" | "commissioner" | "cap" | "own-account" | "anonymous"
  // Grants (apply): the demo organisation member (vcs@example.org)
  | "member";

export type FormRoute = {
  module: () => Promise<{ action?: unknown }>;
  path: (params: Record<string, string>) => string;
  params?: (f: FuzzFixtures) => Promise<Record<string, string>>;
  as: Poster[];
  intents?: string[];
  /** Field name → values that pass the schema (hostile values are generated for every field too). */
  fields: (f: FuzzFixtures) => Record<string, string[]>;
  /** Fields never echoed back. */
  hidden?: string[];
  /** Per field: generated values to leave out, each with the behaviour being fixed elsewhere. */
  exclude?: Record<string, (value: string) => boolean>;
  /** The largest body the form reads (a huge value is sized up to a little past it). */
  maxBytes: number;
};

const FORM = 200_000;
const AUTH = 20_000;
const DATES = ["2027-01-04", "04/01/2027", "2027-02-28", "1/1/2030"];
const TIMES = ["10:00", "14:30", "9am", "23:59", "00:00"];
const PASSWORDS = ["correct horse battery", "another long password", "cafe-network-demo"];
const PASSWORD_FIELDS = ["password", "confirm", "currentPassword"];

const detailsFields = (f: FuzzFixtures) => ({
  name: ["Fuzzed Café", "Café ☕ 😀"],
  description: ["", "A warm welcome."],
  textLanguage: ["", "en", "ur", "zh"],
  organisationId: ["", f.organisationId],
  venueName: ["", "Community Hall"],
  addressLine1: ["1 High Street"],
  addressLine2: [""],
  town: ["Leicester", "Market Harborough"],
  postcode: ["LE1 1AA", "le4 0pf", "LE11 3TU"],
  phone: ["", "0116 000 0000"],
  email: ["", "cafe@example.org"],
  website: ["", "https://example.org"],
  gettingThere: [""],
  whoFor: [""],
  accessNotes: [""],
  accessTagIds: ["", ...f.tagIds.access],
  languageTagIds: ["", ...f.tagIds.language],
});

const offerFields = (f: FuzzFixtures) => ({
  title: ["Women's evening", "عربي"],
  description: ["", "Tea and talk"],
  audienceTagIds: ["", ...f.tagIds.audience],
  languageTagIds: ["", ...f.tagIds.language],
});

const sessionFields = () => ({
  dayOfWeek: ["1", "5", "7"],
  startTime: TIMES,
  endTime: TIMES,
  validFrom: ["", ...DATES],
  validUntil: ["", ...DATES],
  offerId: [""],
  capPlaces: ["", "0", "4", "20"],
  capPlacesDefault: ["0", "3", "20"],
});

const route = (file: string) => () => import(`../../app/routes/${file}.tsx`);
const cafePath = (suffix: string) => (p: Record<string, string>) => `/manage/cafes/${p.cafeId}${suffix}`;
const withCafe = async (f: FuzzFixtures) => ({ cafeId: f.cafeId });


// ---------------------------------------------------------------- grants: screening, panel, decision (issue 9)
/**
 * A round with criteria and a checklist, an application at panel and one submitted, made once for the
 * grants forms (the demo data's own applications are left alone). The fuzzer's own account is made a
 * member of the applying organisation (the grants forms are the last in the list).
 */
let grantsFuzz: Promise<{ roundId: string; atPanelId: string; submittedId: string; criterionIds: string[]; checkIds: string[]; panelUserId: string }> | null = null;
function grantsFixture() {
  grantsFuzz ??= (async () => {
    const { prisma } = await import("~/platform/db.server");
    const organisation = await prisma.organisation.create({ data: { slug: "fuzz-grants-org", name: "Fuzz Grants Group" } });
    const round = await prisma.grantRound.create({
      data: {
        slug: "fuzz-grants-round",
        title: "Fuzz round",
        kind: "neighbourhood",
        budgetPence: 30_000_00,
        maxAwardPence: 20_000_00,
        status: "closed",
        criteria: { create: [{ title: "Need", weight: 2 }, { title: "Plan", weight: 1 }] },
        checklist: { create: [{ text: "Is a community group" }] },
      },
      include: { criteria: true, checklist: true },
    });
    const make = (reference: string, status: string) =>
      prisma.grantApplication.create({ data: { reference, roundId: round.id, organisationId: organisation.id, status, requestedPence: 15_000_00 } });
    const atPanel = await make("FUZZ-1", "at-panel");
    const submitted = await make("FUZZ-2", "submitted");
    const panelUser = await prisma.user.findUniqueOrThrow({ where: { email: "panel@example.org" } });
    // The fuzzer's own account writes to the grants team as a member of the applying organisation.
    const own = await prisma.user.findUniqueOrThrow({ where: { email: "fuzz-own@tests.example" } });
    await prisma.roleAssignment.create({ data: { userId: own.id, role: "organisation-member", organisationId: organisation.id } });
    return {
      roundId: round.id,
      atPanelId: atPanel.id,
      submittedId: submitted.id,
      criterionIds: round.criteria.map((c) => c.id),
      checkIds: round.checklist.map((c) => c.id),
      panelUserId: panelUser.id,
    };
  })();
  return grantsFuzz;
}

export const FORM_ROUTES: Record<string, FormRoute> = {
  "account.tsx": {
    module: route("account"),
    path: () => "/account",
    as: ["own-account"],
    intents: ["change-password", "sign-out-everywhere"],
    fields: () => ({ currentPassword: PASSWORDS, password: PASSWORDS, confirm: PASSWORDS }),
    hidden: PASSWORD_FIELDS,
    maxBytes: AUTH,
  },
  "admin.cafes.$cafeId.tsx": {
    module: route("admin.cafes.$cafeId"),
    path: (p) => `/admin/cafes/${p.cafeId}`,
    params: async (f) => ({ cafeId: f.adminCafeId }),
    as: ["admin"],
    intents: ["status", "invite"],
    fields: () => ({ status: [...CAFE_STATUSES], email: ["new-manager@example.org", "CAFE@example.org"] }),
    maxBytes: FORM,
  },
  "admin.cafes.new.tsx": {
    module: route("admin.cafes.new"),
    path: () => "/admin/cafes/new",
    as: ["admin"],
    fields: (f) => {
      const { name, description, venueName, addressLine1, addressLine2, town, postcode } = detailsFields(f);
      return { name, description, venueName, addressLine1, addressLine2, town, postcode, organisationId: [f.organisationId], footprintId: ["", f.footprintId], status: ["setting-up", "planned", "open"] };
    },
    maxBytes: FORM,
  },
  "admin.outbox.tsx": {
    module: route("admin.outbox"),
    path: () => "/admin/outbox",
    as: ["admin"],
    intents: ["retry"],
    fields: () => ({ id: ["no-such-email"] }),
    maxBytes: 10_000,
  },
  "admin.tags.tsx": {
    module: route("admin.tags"),
    path: () => "/admin/tags",
    as: ["admin"],
    intents: ["add", "rename", "retire", "unretire"],
    fields: (f) => ({ kind: [...TAG_KINDS], label: ["Fuzzed tag", "Polski 🇵🇱"], tagId: [...f.tagIds.audience, ...f.tagIds.language] }),
    maxBytes: FORM,
  },
  "admin.users.tsx": {
    module: route("admin.users"),
    path: () => "/admin/users",
    as: ["admin"],
    intents: ["invite", "withdraw", "remove-role"],
    fields: (f) => ({ email: ["someone-new@example.org", "cafe@example.org"], role: [...ROLES], organisationId: ["", f.organisationId], cafeId: ["", f.cafeId], id: ["no-such-id"] }),
    maxBytes: AUTH,
  },
  "forgot-password.tsx": {
    module: route("forgot-password"),
    path: () => "/forgot-password",
    as: ["anonymous"],
    fields: () => ({ email: ["cafe@example.org", "nobody@example.org"] }),
    maxBytes: AUTH,
  },
  "invitations.$token.tsx": {
    module: route("invitations.$token"),
    path: (p) => `/invitations/${p.token}`,
    params: async (f) => ({ token: await f.invitationToken() }),
    as: ["anonymous", "manager"],
    intents: ["accept", "create-account"],
    fields: () => ({ name: ["New Person", "محمد"], password: PASSWORDS, confirm: PASSWORDS }),
    hidden: PASSWORD_FIELDS,
    maxBytes: AUTH,
  },
  "manage.cafes.$cafeId._index.tsx": {
    module: route("manage.cafes.$cafeId._index"),
    path: cafePath(""),
    params: withCafe,
    as: ["manager", "admin"],
    intents: ["confirm-hours"],
    fields: () => ({}),
    maxBytes: FORM,
  },
  "manage.cafes.$cafeId.details.tsx": {
    module: route("manage.cafes.$cafeId.details"),
    path: cafePath("/details"),
    params: withCafe,
    as: ["manager", "admin", "commissioner"],
    intents: ["save", "preview", "footprint"],
    fields: (f) => ({ ...detailsFields(f), footprintId: ["", f.footprintId] }),
    maxBytes: FORM,
  },
  "manage.cafes.$cafeId.exceptions.tsx": {
    module: route("manage.cafes.$cafeId.exceptions"),
    path: cafePath("/exceptions"),
    params: withCafe,
    as: ["manager", "admin"],
    intents: ["closed", "hours", "extra", "preview", "bank-holiday", "remove"],
    fields: () => ({
      kind: ["closed", "hours", "extra"],
      startDate: DATES,
      endDate: ["", ...DATES],
      reason: ["Staff training", ""],
      startTime: TIMES,
      endTime: TIMES,
      offerId: [""],
      capPlaces: ["", "2"],
      date: ["2026-12-25", "2026-12-28", "2027-04-05"],
      answer: ["open", "closed"],
      exceptionId: ["no-such-exception"],
    }),
    maxBytes: FORM,
  },
  "manage.cafes.$cafeId.offers.$offerId.tsx": {
    module: route("manage.cafes.$cafeId.offers.$offerId"),
    path: (p) => `/manage/cafes/${p.cafeId}/offers/${p.offerId}`,
    params: async (f) => ({ cafeId: f.cafeId, offerId: await f.offerId() }),
    as: ["manager", "admin"],
    intents: ["save", "preview", "remove"],
    fields: offerFields,
    maxBytes: FORM,
  },
  "manage.cafes.$cafeId.details_.translations.$locale.tsx": {
    module: route("manage.cafes.$cafeId.details_.translations.$locale"),
    path: (p) => `/manage/cafes/${p.cafeId}/details/translations/${p.locale}`,
    params: async (f) => ({ cafeId: f.cafeId, locale: "ur" }),
    as: ["manager", "admin"],
    intents: ["save", "preview", "remove"],
    fields: () => ({ description: ["بات کرنے کے لیے ایک پرسکون جگہ۔", "A calm place"] }),
    maxBytes: FORM,
  },
  "manage.cafes.$cafeId.offers.$offerId_.translations.$locale.tsx": {
    module: route("manage.cafes.$cafeId.offers.$offerId_.translations.$locale"),
    path: (p) => `/manage/cafes/${p.cafeId}/offers/${p.offerId}/translations/${p.locale}`,
    params: async (f) => ({ cafeId: f.cafeId, offerId: await f.offerId(), locale: "gu" }),
    as: ["manager", "admin"],
    intents: ["save", "preview", "remove"],
    fields: () => ({ title: ["ગુજરાતીમાં સહાય"], description: ["", "સ્થાનિક સમુદાય સાથે વાત કરો."] }),
    maxBytes: FORM,
  },
  "manage.cafes.$cafeId.offers._index.tsx": {
    module: route("manage.cafes.$cafeId.offers._index"),
    path: cafePath("/offers"),
    params: withCafe,
    as: ["manager", "admin"],
    intents: ["add", "preview"],
    fields: offerFields,
    maxBytes: FORM,
  },
  "manage.cafes.$cafeId.sessions.$sessionId.tsx": {
    module: route("manage.cafes.$cafeId.sessions.$sessionId"),
    path: (p) => `/manage/cafes/${p.cafeId}/sessions/${p.sessionId}`,
    params: async (f) => ({ cafeId: f.cafeId, sessionId: await f.sessionId() }),
    as: ["manager", "admin"],
    intents: ["save", "preview", "remove"],
    fields: sessionFields,
    maxBytes: FORM,
  },
  "manage.cafes.$cafeId.sessions._index.tsx": {
    module: route("manage.cafes.$cafeId.sessions._index"),
    path: cafePath("/sessions"),
    params: withCafe,
    as: ["manager", "admin"],
    intents: ["add", "preview", "cap-default"],
    fields: sessionFields,
    maxBytes: FORM,
  },
  "manage.partners.tsx": {
    module: route("manage.partners"),
    path: () => "/manage/partners",
    as: ["admin"],
    intents: ["hide", "show"],
    fields: (f) => ({ kind: ["organisation"], id: [f.organisationId], reason: ["Out of date", "عربي"] }),
    maxBytes: FORM,
  },
  "organisation.profile.tsx": {
    module: route("organisation.profile"),
    path: (p) => `/organisation/profile?org=${p.org}`,
    params: async (f) => ({ org: f.organisationId }),
    as: ["admin"],
    intents: ["save", "preview", "confirm"],
    fields: () => ({ description: ["", "We help."], communities: [""], phone: ["", "0116 000 0000"], email: ["", "a@example.org"], website: ["", "https://example.org"] }),
    maxBytes: FORM,
  },
  "organisation.services.$serviceId.tsx": {
    module: route("organisation.services.$serviceId"),
    path: (p) => `/organisation/services/new?org=${p.org}`,
    params: async (f) => ({ org: f.organisationId, serviceId: "new" }),
    as: ["admin"],
    intents: ["preview", "save"],
    fields: (f) => ({
      name: ["Fuzzed service"],
      description: [""],
      access: ["drop-in", "remote"],
      isFree: ["yes", "no"],
      supportTagIds: f.tagIds.support,
      languageTagIds: ["", ...f.tagIds.language],
      areaLLR: ["yes", ""],
      postcode: ["", "LE1 6RL"],
      session1Day: ["", "2"],
      session1Start: ["", "10:00"],
      session1End: ["", "12:00"],
    }),
    maxBytes: FORM,
  },
  "manage.stale.tsx": {
    module: route("manage.stale"),
    path: () => "/manage/stale",
    as: ["admin"],
    fields: () => ({}),
    maxBytes: FORM,
  },
  "reset-password.$token.tsx": {
    module: route("reset-password.$token"),
    path: (p) => `/reset-password/${p.token}`,
    params: async (f) => ({ token: await f.resetToken() }),
    as: ["anonymous"],
    fields: () => ({ password: PASSWORDS, confirm: PASSWORDS }),
    hidden: PASSWORD_FIELDS,
    maxBytes: AUTH,
  },
  "sign-in.tsx": {
    module: route("sign-in"),
    path: () => "/sign-in",
    as: ["anonymous"],
    fields: () => ({ email: ["admin@example.org", "cafe@example.org", "nobody@example.org"], password: PASSWORDS, redirectTo: ["", "/manage", "/cafes/x?y=1"] }),
    hidden: PASSWORD_FIELDS,
    maxBytes: AUTH,
  },
  "cap.book.tsx": {
    module: route("cap.book"),
    path: () => "/cap/book",
    as: ["cap", "commissioner"],
    fields: (f) => ({
      option: f.capOptions,
      search: ["", "q=LE4+0PF&when=today"],
      callerName: ["J.B.", "Amira", "Łucja"],
      callbackNumber: ["", "07700 900123", "0116 496 0000", "+44 7700 900123"],
      needs: ["", "Prefers to speak Gujarati"],
      consent: ["on"],
    }),
    maxBytes: AUTH,
  },
  "cap.bookings.$reference.tsx": {
    module: route("cap.bookings.$reference"),
    path: (p) => `/cap/bookings/${p.reference}`,
    params: async (f) => ({ reference: f.bookingReference }),
    as: ["cap"],
    intents: ["cancel", "move"],
    fields: (f) => ({ booking: [f.bookingId], reason: ["The caller found other support"], option: f.capOptions, why: ["Another time suits the caller"] }),
    maxBytes: 10_000,
  },
  "manage.cafes.$cafeId.bookings.tsx": {
    module: route("manage.cafes.$cafeId.bookings"),
    path: cafePath("/bookings"),
    params: withCafe,
    as: ["manager", "commissioner"],
    intents: ["arrived", "did-not-attend", "booked", "cancel"],
    fields: (f) => ({ booking: [f.bookingId], reason: ["The café is closing early"] }),
    maxBytes: 10_000,
  },
  // ---- grants: award (the admin stands for the officer; the applicant's pages are fuzzed as the admin, who
  // may read them but owns no organisation, so every write there is refused by ownership)
  "grants.awards.$applicationId.tsx": {
    module: route("grants.awards.$applicationId"),
    path: (p) => `/grants/awards/${p.applicationId}`,
    params: async (f) => ({ applicationId: (await f.award()).applicationId }),
    as: ["admin", "manager"],
    intents: ["done", "waive", "reopen", "remove", "add", "launch"],
    fields: () => ({ milestone: ["no-such-milestone"], note: ["", "Checked on site"], title: ["Fire risk assessment"], dueOn: ["", "31/01/2027", "2027-02-30"], launchedOn: ["2030-01-01", "yesterday"] }),
    maxBytes: 20_000,
  },
  "organisation.awards.$applicationId.tsx": {
    module: route("organisation.awards.$applicationId"),
    path: (p) => `/organisation/awards/${p.applicationId}`,
    params: async (f) => ({ applicationId: (await f.award()).applicationId }),
    as: ["admin", "commissioner"],
    fields: () => ({ agree: ["", "on"] }),
    maxBytes: 5_000,
  },
  "organisation.awards.$applicationId.returns.$returnId.tsx": {
    module: route("organisation.awards.$applicationId.returns.$returnId"),
    path: (p) => `/organisation/awards/${p.applicationId}/returns/${p.returnId}`,
    params: async (f) => f.award(),
    as: ["admin", "own-account"],
    fields: () => ({ visits: ["0", "120"], conversations: ["", "30"], capReferrals: ["4"], wentWell: ["Word of mouth"], wasHard: ["", "Rain"] }),
    maxBytes: 20_000,
  },
  "sign-out.tsx": {
    module: route("sign-out"),
    path: () => "/sign-out",
    as: ["anonymous", "own-account"],
    fields: () => ({}),
    maxBytes: FORM,
  },
  // Grants: screening, panel, decision (issue 9)
  "grants.applications.$applicationId._index.tsx": {
    module: route("grants.applications.$applicationId._index"),
    path: (p) => `/grants/applications/${p.applicationId}`,
    params: async () => {
      const g = await grantsFixture();
      return { applicationId: Math.random() < 0.5 ? g.atPanelId : g.submittedId, checkId: g.checkIds[0]! };
    },
    as: ["admin", "commissioner"],
    intents: ["award", "decline", "message", "screen"],
    fields: () => ({
      amount: ["12500", "£15,000.50", "0", "99999999"],
      conditions: ["", "Name a safeguarding lead"],
      feedback: ["", "Not this time."],
      body: ["", "Can you tell us more?"],
      outcome: ["eligible", "ineligible", "more-information"],
      reason: ["", "Outside every footprint"],
      sections: ["cafe", "staffing", "budget"],
      comment: ["", "How many paid workers?"],
    }),
    maxBytes: FORM,
  },
  "grants.rounds.$roundId_.panel.tsx": {
    module: route("grants.rounds.$roundId_.panel"),
    path: (p) => `/grants/rounds/${p.roundId}/panel`,
    params: async () => ({ roundId: (await grantsFixture()).roundId }),
    as: ["admin", "commissioner"],
    intents: ["assign", "unassign"],
    fields: () => ({ userId: ["", "no-such-user"], applicationId: ["", "no-such-application"], assignmentId: ["", "no-such-assignment"] }),
    maxBytes: FORM,
  },
  "panel.applications.$applicationId.tsx": {
    module: route("panel.applications.$applicationId"),
    path: (p) => `/panel/applications/${p.applicationId}`,
    params: async () => ({ applicationId: (await grantsFixture()).atPanelId }),
    as: ["admin", "own-account"],
    intents: ["save", "submit"],
    fields: () => ({ hasConflict: ["no", "yes"], description: ["", "I chair its board"], recommendation: ["", "yes", "maybe", "no"], comment: [""] }),
    maxBytes: FORM,
  },
  "organisation.applications.$applicationId_.messages.tsx": {
    module: route("organisation.applications.$applicationId_.messages"),
    path: (p) => `/organisation/applications/${p.applicationId}/messages`,
    params: async () => ({ applicationId: (await grantsFixture()).atPanelId }),
    as: ["admin", "own-account"],
    fields: () => ({ body: ["", "When will we hear?"] }),
    maxBytes: FORM,
  },
  // ---------------------------------------------------------------- grants (apply)
  "register.tsx": {
    module: route("register"),
    path: () => "/register",
    as: ["anonymous"],
    fields: () => ({
      name: ["Fuzz Community Group", "Grŵp Cymunedol ☕"],
      charityNumber: ["", "1234567", "1234567-1"],
      companyNumber: ["", "01234567", "SC123456"],
      addressLine1: ["1 High Street"],
      town: ["Leicester"],
      postcode: ["LE1 1AA"],
      phone: ["", "0116 123 4567"],
      website: ["", "https://example.org"],
      communities: ["Young people in Braunstone"],
      contactName: ["Fuzz Person"],
      email: ["fuzz-register@tests.example"],
    }),
    maxBytes: AUTH,
  },
  "grants.organisations.tsx": {
    module: route("grants.organisations"),
    path: () => "/grants/organisations",
    as: ["admin"],
    fields: (f) => ({ organisationId: [f.organisationId, "no-such-organisation"] }),
    maxBytes: FORM,
  },
  "grants.rounds._index.tsx": {
    module: route("grants.rounds._index"),
    path: () => "/grants/rounds",
    as: ["admin"],
    fields: () => ({ title: ["Fuzz round", "Rownd ☕"], kind: ["neighbourhood", "university"] }),
    maxBytes: FORM,
  },
  "grants.rounds.$roundId.tsx": {
    module: route("grants.rounds.$roundId"),
    path: (p) => `/grants/rounds/${p.roundId}`,
    params: async (f) => ({ roundId: f.roundId }),
    as: ["admin"],
    intents: ["details", "areas", "add-criterion", "remove-criterion", "add-check", "remove-check", "status"],
    fields: (f) => ({
      title: ["Fuzz round"],
      guidance: ["", "Read this.\n\nhttps://example.org"],
      budget: ["100000", "£1,000.50"],
      maxAward: ["15000"],
      opensDate: ["", "2027-01-04"],
      opensTime: ["", "09:00"],
      closesDate: ["", "2099-03-28"],
      closesTime: ["", "12:00"],
      areaIds: [f.footprintId],
      criterionTitle: ["Reach"],
      criterionDescription: [""],
      weight: ["1", "3"],
      criterionId: ["no-such-criterion"],
      checkText: ["Is it in the area?"],
      checkId: ["no-such-check"],
      to: ["closed", "archived"],
    }),
    maxBytes: FORM,
  },
  "organisation.$organisationId.members.tsx": {
    module: route("organisation.$organisationId.members"),
    path: (p) => `/organisation/${p.organisationId}/members`,
    params: async (f) => ({ organisationId: f.memberOrganisationId }),
    as: ["member"],
    intents: ["invite", "remove"],
    fields: () => ({ email: ["colleague@tests.example"], userId: ["no-such-user"] }),
    maxBytes: FORM,
  },
  "organisation.applications.new.tsx": {
    module: route("organisation.applications.new"),
    path: () => "/organisation/applications/new",
    as: ["member"],
    fields: (f) => ({ organisationId: [f.memberOrganisationId], roundId: [f.roundId, "no-such-round"] }),
    maxBytes: FORM,
  },
  "organisation.applications.$applicationId._index.tsx": {
    module: route("organisation.applications.$applicationId._index"),
    path: (p) => `/organisation/applications/${p.applicationId}`,
    params: async (f) => ({ applicationId: f.applicationId }),
    as: ["member"],
    intents: ["submit"],
    fields: () => ({ confirm: ["yes"] }),
    maxBytes: FORM,
  },
  "organisation.applications.$applicationId.$section.tsx": {
    module: route("organisation.applications.$applicationId.$section"),
    path: (p) => `/organisation/applications/${p.applicationId}/${p.section}`,
    params: async (f) => ({ applicationId: f.applicationId, section: "communities" }),
    as: ["member"],
    fields: () => ({ version: ["0", "1", "7"], communities: ["", "Elders in Belgrave"], culturalOffer: ["", "Gujarati ☕"] }),
    maxBytes: FORM,
  },
  "organisation.applications.$applicationId.attachments.tsx": {
    module: route("organisation.applications.$applicationId.attachments"),
    path: (p) => `/organisation/applications/${p.applicationId}/attachments`,
    params: async (f) => ({ applicationId: f.applicationId }),
    as: ["member"],
    fields: () => ({ intent: ["remove", "upload"], attachmentId: ["no-such-file"], kind: ["accounts"], returnTo: ["", "/organisation/applications/x/budget"] }),
    maxBytes: FORM,
  },
  // Last: once withdrawn, the draft takes no more section saves.
  "organisation.applications.$applicationId.withdraw.tsx": {
    module: route("organisation.applications.$applicationId.withdraw"),
    path: (p) => `/organisation/applications/${p.applicationId}/withdraw`,
    params: async (f) => ({ applicationId: f.applicationId }),
    as: ["member"],
    fields: () => ({ reason: ["", "We found another venue", "عربي"] }),
    maxBytes: FORM,
  },
};

/** A generated form for a route: fields (some missing, some repeated, unknown ones added, values good or hostile). */
export function formFields(spec: FormRoute, fixtures: FuzzFixtures, hostile: (max: number, exclude?: (s: string) => boolean) => fc.Arbitrary<string>, unknownName: fc.Arbitrary<string>) {
  const fields = spec.fields(fixtures);
  const value = (name: string) => {
    const good = fields[name] ?? [];
    const bad = hostile(spec.maxBytes + 1_000, spec.exclude?.[name]);
    return good.length ? fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...good) }, { weight: 2, arbitrary: bad }) : bad;
  };
  const occurrences = (name: string) =>
    fc.oneof(
      { weight: 2, arbitrary: fc.constant<string[]>([]) },
      { weight: 8, arbitrary: value(name).map((v) => [v]) },
      { weight: 1, arbitrary: fc.array(value(name), { minLength: 2, maxLength: 3 }) },
    );
  const intent = spec.intents
    ? fc.oneof(
        { weight: 6, arbitrary: fc.constantFrom(...spec.intents).map((v) => [v]) },
        { weight: 1, arbitrary: fc.constant<string[]>([]) },
        { weight: 1, arbitrary: hostile(1_000).map((v) => [v]) },
        { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...spec.intents), fc.constantFrom(...spec.intents)).map(([a, b]) => [a, b]) },
      )
    : fc.oneof({ weight: 4, arbitrary: fc.constant<string[]>([]) }, { weight: 1, arbitrary: hostile(1_000).map((v) => [v]) });
  const names = Object.keys(fields);
  return fc
    .record({
      intent,
      known: fc.tuple(...names.map((n) => occurrences(n))),
      unknown: fc.array(fc.tuple(unknownName, hostile(1_000)), { maxLength: 3 }),
      honeypot: fc.oneof({ weight: 9, arbitrary: fc.constant<string[]>([]) }, { weight: 1, arbitrary: fc.constantFrom<string[]>(["x"], [""]) }),
    })
    .map(({ intent, known, unknown, honeypot }) => {
      const out: [string, string][] = intent.map((v) => ["intent", v]);
      names.forEach((name, i) => {
        for (const v of known[i] ?? []) out.push([name, v]);
      });
      for (const [name, v] of unknown) if (name !== "intent" && !(name in fields)) out.push([name, v]);
      for (const v of honeypot) out.push(["website_url", v]);
      return out;
    });
}
