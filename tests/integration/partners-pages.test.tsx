import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { createMemoryRouter, RouterProvider } from "react-router-dom";
import { beforeAll, describe, expect, it } from "vitest";
import { SiteFooter } from "~/components/shell/SiteFooter";
import { SiteHeader } from "~/components/shell/SiteHeader";
import { t } from "~/lib/i18n";
import { setHidden } from "~/modules/partners/index.server";
import { prisma } from "~/platform/db.server";
import * as adminHome from "~/routes/admin._index";
import * as grantsHome from "~/routes/grants._index";
import * as managePartners from "~/routes/manage.partners";
import * as organisationHome from "~/routes/organisation._index";
import * as profileRoute from "~/routes/organisation.profile";
import * as partnersRoute from "~/routes/partners._index";
import * as serviceRoute from "~/routes/organisation.services.$serviceId";
import { call, demoCookie, get, json, makeOrganisationWithCafe, makeUser, post, signInCookieFor } from "./auth.helpers";

/**
 * The partner directory's pages as people see them (markup rendered from the loaders' and actions' data):
 * where staff and the public find it, what a group is told when it is not public, its history in words,
 * hiding with a reason, and the public search's edge cases.
 */
function render(Component: () => JSX.Element, loaderData: unknown, path: string, actionData?: unknown): string {
  const router = createMemoryRouter([{ id: "page", path: "*", element: createElement(Component) }], {
    initialEntries: [path],
    hydrationData: { loaderData: { page: loaderData }, ...(actionData ? { actionData: { page: actionData } } : {}) },
  });
  return renderToStaticMarkup(createElement(RouterProvider, { router }));
}

const decode = (html: string) => html.replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, "&");
const plain = (html: string) => decode(html.replace(/<[^>]+>/g, " ")).replace(/\s+/g, " ").trim();

async function page(route: { loader: unknown; default: () => JSX.Element }, path: string, cookie?: string, params: Record<string, string> = {}) {
  const data = await json(await call(route.loader as never, get(path, cookie), params));
  return render(route.default, data, path);
}

describe("finding the partner directory", () => {
  it("links Support services next to finding a café in the header and the footer", () => {
    const router = createMemoryRouter([{ path: "*", element: createElement("div", null, createElement(SiteHeader, { user: null }), createElement(SiteFooter)) }]);
    const html = renderToStaticMarkup(createElement(RouterProvider, { router }));
    const links = [...html.matchAll(/<a[^>]*href="([^"]*)"[^>]*>([^<]*)<\/a>/g)].map((m) => `${m[1]} ${decode(m[2]!)}`);
    expect(links.filter((l) => l === "/partners Support services")).toHaveLength(2);
    const header = links.indexOf("/ Find a café");
    expect(links[header + 1]).toBe("/partners Support services");
  });

  it("leads admins and grant officers from their homes to /manage/partners", async () => {
    const admin = await page(adminHome, "/admin", await demoCookie("admin@example.org"));
    expect(admin).toMatch(/href="\/manage\/partners"/);
    const officer = await page(grantsHome, "/grants", await demoCookie("officer@example.org"));
    expect(officer).toMatch(/href="\/manage\/partners"/);
  });
});

describe("a group's own pages", () => {
  let organisationId = "";
  let serviceId = "";
  let cookie = "";
  beforeAll(async () => {
    const { organisation } = await makeOrganisationWithCafe("partner-pages");
    organisationId = organisation.id;
    const member = await makeUser([{ role: "organisation-member", organisationId }]);
    cookie = await signInCookieFor(member.id);
    const service = await prisma.partnerService.create({
      data: { organisationId, slug: `pages-${organisationId}`, name: "Pages debt line", description: "Before.", access: "remote", areas: { create: [{ kind: "llr" }] } },
    });
    serviceId = service.id;
  });

  const home = () => page(organisationHome, `/organisation?org=${organisationId}`, cookie);
  const profile = () => page(profileRoute, `/organisation/profile?org=${organisationId}`, cookie);
  const servicePage = () => page(serviceRoute, `/organisation/services/${serviceId}`, cookie, { serviceId });

  it("tells an unverified group its profile is not public, on its home, profile and service pages", async () => {
    const notice = "Your profile is not public until Voluntary Action Leicestershire has verified your organisation";
    for (const html of [await home(), await profile(), await servicePage()]) expect(plain(html)).toContain(notice);

    await prisma.organisation.update({ where: { id: organisationId }, data: { verifiedAt: new Date() } });
    for (const html of [await home(), await profile(), await servicePage()]) expect(plain(html)).not.toContain(notice);
  });

  it("tells a hidden group or service why, on its home and the service page", async () => {
    const officer = await makeUser([{ role: "grant-officer" }]);
    expect((await setHidden(officer.id, { kind: "service", id: serviceId }, "Phone number out of date")).ok).toBe(true);
    expect(plain(await home())).toContain("Hidden from the public: Phone number out of date");
    expect(plain(await servicePage())).toContain("Hidden from the public: Phone number out of date");

    expect((await setHidden(officer.id, { kind: "organisation", id: organisationId }, "Profile under review")).ok).toBe(true);
    expect(plain(await home())).toContain("Hidden from the public: Profile under review");
    expect(plain(await profile())).toContain("Hidden from the public: Profile under review");
    expect(plain(await servicePage())).toContain("Profile under review");

    await setHidden(officer.id, { kind: "organisation", id: organisationId }, null);
    await setHidden(officer.id, { kind: "service", id: serviceId }, null);
    expect(plain(await home())).not.toContain("Hidden from the public");
  });

  it("shows the profile's and the service's history in words, not codes", async () => {
    const profileForm = { intent: "save", description: "We help with money.", communities: "People in Highfields", phone: "", email: "", website: "" };
    expect((await call(profileRoute.action, post(`/organisation/profile?org=${organisationId}`, profileForm, cookie), {})).status).toBe(302);
    const serviceForm = { intent: "save", name: "Pages debt line", description: "Call us about money worries.", access: "remote", isFree: "yes", areaLLR: "yes", phone: "0116 496 0999" };
    const supportTag = await prisma.tag.findFirstOrThrow({ where: { kind: "support", retiredAt: null } });
    expect((await call(serviceRoute.action, post(`/organisation/services/${serviceId}`, { ...serviceForm, supportTagIds: supportTag.id }, cookie), { serviceId })).status).toBe(302);
    expect((await call(serviceRoute.action, post(`/organisation/services/${serviceId}`, { intent: "confirm" }, cookie), { serviceId })).status).toBe(302);
    const officer = await makeUser([{ role: "grant-officer" }]);
    await setHidden(officer.id, { kind: "organisation", id: organisationId }, "Checking the profile");
    await setHidden(officer.id, { kind: "organisation", id: organisationId }, null);

    const history = (html: string) => plain(html).split(t("partners.org.history"))[1] ?? "";
    const profileText = history(await profile());
    expect(profileText).toContain("Profile changed");
    expect(profileText).toContain("Communities you serve");
    expect(profileText).toContain("Hidden from the public");
    expect(profileText).toContain("Shown to the public again");
    const serviceText = history(await servicePage());
    expect(serviceText).toContain("Service changed");
    expect(serviceText).toContain("Service confirmed as still correct");
    expect(serviceText).toMatch(new RegExp(`Help with .{0,30}${supportTag.label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
    expect(serviceText).not.toContain(supportTag.id);
    for (const text of [profileText, serviceText]) {
      expect(text).not.toMatch(/partner\.(profile|service|hidden|shown)/);
      expect(text).not.toMatch(/\bcommunities\b|supportTagIds|areaLLR|isFree/);
    }
  });
});

describe("hiding from the partner directory", () => {
  it("keeps an empty or over-long reason next to its field with the message, as typed", async () => {
    const cookie = await demoCookie("officer@example.org");
    const service = await prisma.partnerService.findFirstOrThrow({ where: { hiddenAt: null, organisation: { verifiedAt: { not: null } } } });
    const loaderData = await json(await call(managePartners.loader, get("/manage/partners", cookie), {}));
    for (const reason of ["   ", "x".repeat(501)]) {
      const response = await call(managePartners.action, post("/manage/partners", { intent: "hide", kind: "service", id: service.id, reason }, cookie), {});
      expect(response.status).toBe(400);
      const html = render(managePartners.default, loaderData, "/manage/partners", await json(response));
      const field = html.match(new RegExp(`<input[^>]*id="field-reason-${service.id}"[^>]*>`))?.[0] ?? "";
      expect(field).toContain('aria-invalid="true"');
      expect(field).toContain(`value="${reason}"`);
      const message = html.match(new RegExp(`id="field-reason-${service.id}-error"[^>]*>([\\s\\S]*?)</span>\\s*</span>|id="field-reason-${service.id}-error"[^>]*>([\\s\\S]*?)<input`))?.[0] ?? "";
      expect(plain(message)).toMatch(reason.trim() ? /500/ : new RegExp(t("partners.error.hideReason")));
    }
    expect((await prisma.partnerService.findUniqueOrThrow({ where: { id: service.id } })).hiddenAt).toBeNull();
  });
});

describe("the public search's edge cases, as the finder", () => {
  const search = async (qs: string) => {
    // The loader's own data (its dates stay dates, as the page receives them).
    const data = await partnersRoute.loader({ request: get(`/partners${qs}`), params: {}, context: {} });
    return { data, text: plain(render(partnersRoute.default, data, `/partners${qs}`)) };
  };

  it("says a place outside Leicester, Leicestershire and Rutland is outside, as the finder does", async () => {
    const { text } = await search("?q=SW1A+1AA");
    expect(text).toContain("You searched outside Leicester, Leicestershire and Rutland");
  });

  it("asks which GP surgery a name means when it matches several, and searches from the one chosen", async () => {
    const { data, text } = await search("?q=surgery");
    expect(data.page.outcome.kind).toBe("choose");
    expect(text).toContain("Which GP surgery do you mean?");
    const practices = data.page.outcome.kind === "choose" ? data.page.outcome.practices : [];
    expect(practices.length).toBeGreaterThan(1);
    const chosen = await search(`?practice=${practices[1]!.code}`);
    expect(chosen.data.page.outcome).toMatchObject({ kind: "results", origin: { kind: "practice", label: practices[1]!.name } });
  });

  it("ignores filter values that are not on the lists", async () => {
    const plainSearch = await search("?q=LE2+0QS");
    const odd = await search("?q=LE2+0QS&need=no-such-need&lang=klingon");
    expect(odd.data.query.needs).toEqual([]);
    expect(odd.data.page.total).toBe(plainSearch.data.page.total);
    expect(odd.data.page.total).toBeGreaterThan(0);
  });

  it("pages with Previous and Next, and says when a page is past the end", async () => {
    const first = await search("");
    expect(first.data.page.total).toBeGreaterThan(20);
    expect(first.text).toContain("Next");
    expect(first.text).not.toContain("Previous");
    const second = await search("?page=2");
    expect(second.text).toContain("Previous");
    expect(second.data.page.results.length).toBeGreaterThan(0);
    const beyond = await search("?page=40");
    expect(beyond.text).toContain("There are no more results.");
    expect(beyond.text).not.toContain("Previous");
  });
});
