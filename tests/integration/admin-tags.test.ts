// @database-behaviour: tags and their unique slugs under concurrent writes. Runs on PostgreSQL too (vitest.config.ts).
import { beforeAll, describe, expect, it } from "vitest";
import * as tagsPage from "~/routes/admin.tags";
import * as offersPage from "~/routes/manage.cafes.$cafeId.offers._index";
import * as offerPage from "~/routes/manage.cafes.$cafeId.offers.$offerId";
import * as detailsPage from "~/routes/manage.cafes.$cafeId.details";
import { prisma } from "~/platform/db.server";
import { call, demoCookie, get, json, post } from "./auth.helpers";

/**
 * The managed tag lists at /admin/tags (add, rename, retire, offer again) and the offers café teams build
 * from them. Retiring a tag never breaks an existing offer: the offer keeps it and still shows it, but it
 * is no longer offered for new choices.
 */
let admin: string;
let manager: string;
let commissioner: string;
let cafeId: string;

const tagsAction = (fields: Record<string, string>, cookie = admin) => call(tagsPage.action, post("/admin/tags", fields, cookie));
const offersPath = () => `/manage/cafes/${cafeId}/offers`;
const tagBySlug = (slug: string) => prisma.tag.findUniqueOrThrow({ where: { slug } });

beforeAll(async () => {
  admin = await demoCookie("admin@example.org");
  manager = await demoCookie("cafe@example.org");
  commissioner = await demoCookie("commissioner@example.org");
  cafeId = (await prisma.cafe.findUniqueOrThrow({ where: { slug: "clocktower-evening-cafe" } })).id;
});

describe("offers", () => {
  it("lets a manager add an offer with audience and language tags, recorded in the history", async () => {
    const [women, urdu] = await Promise.all([tagBySlug("women-only"), tagBySlug("urdu")]);
    const response = await call(
      offersPage.action,
      post(offersPath(), { title: "Women-only evening", description: "Run by women, for women.", audienceTagIds: [women.id], languageTagIds: [urdu.id] }, manager),
      { cafeId },
    );
    expect(response.status).toBe(302);
    const offer = await prisma.offer.findFirstOrThrow({ where: { cafeId, title: "Women-only evening" }, include: { tags: true } });
    expect(offer.tags.map((t) => t.tagId).sort()).toEqual([women.id, urdu.id].sort());
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: cafeId, action: "cafe.offer.added" } });
    expect(JSON.parse(audit.after!)).toEqual({ title: "Women-only evening", description: "Run by women, for women.", audiences: ["Women only"], languages: ["Urdu"] });
  });

  it("refuses an offer without a name, or with a tag from the wrong list, keeping what was typed", async () => {
    const english = await tagBySlug("english");
    const noName = await call(offersPage.action, post(offersPath(), { title: "", description: "Something" }, manager), { cafeId });
    expect(noName.status).toBe(400);
    const body = await json<{ errors: Record<string, string>; values: Record<string, string> }>(noName);
    expect(body.errors.title).toMatch(/name of the offer/);
    expect(body.values.description).toBe("Something");
    const wrong = await call(offersPage.action, post(offersPath(), { title: "Mixed up", audienceTagIds: [english.id] }, manager), { cafeId });
    expect(wrong.status).toBe(400);
    expect((await json<{ errors: Record<string, string> }>(wrong)).errors.audienceTagIds).toBeTruthy();
  });

  it("is refused to commissioners and managers of other cafés", async () => {
    const other = await prisma.cafe.findUniqueOrThrow({ where: { slug: "night-owl-cafe" } });
    expect((await call(offersPage.action, post(`/manage/cafes/${other.id}/offers`, { title: "x" }, manager), { cafeId: other.id })).status).toBe(403);
    expect((await call(offersPage.action, post(offersPath(), { title: "x" }, commissioner), { cafeId })).status).toBe(403);
    expect((await call(offersPage.loader, get(`/manage/cafes/${other.id}/offers`, manager), { cafeId: other.id })).status).toBe(403);
  });
});

describe("the tag lists", () => {
  it("lets an admin add a tag, and refuses the same name twice in one list", async () => {
    expect((await tagsAction({ intent: "add", kind: "audience", label: "Refugees and asylum seekers" })).status).toBe(302);
    const tag = await prisma.tag.findFirstOrThrow({ where: { label: "Refugees and asylum seekers" } });
    expect(tag).toMatchObject({ kind: "audience", retiredAt: null, slug: "refugees-and-asylum-seekers" });
    const again = await tagsAction({ intent: "add", kind: "audience", label: "refugees and asylum seekers" });
    expect(again.status).toBe(400);
    expect((await json<{ errors: Record<string, string> }>(again)).errors.label).toMatch(/already has/);
    const empty = await tagsAction({ intent: "add", kind: "nonsense", label: "" });
    expect(empty.status).toBe(400);
    expect(Object.keys((await json<{ errors: Record<string, string> }>(empty)).errors).sort()).toEqual(["kind", "label"]);
  });

  it("renames a tag everywhere it is used", async () => {
    const women = await tagBySlug("women-only");
    expect((await tagsAction({ intent: "rename", tagId: women.id, label: "Women and girls only" })).status).toBe(302);
    const page = await json<{ offers: { title: string; audiences: string[] }[] }>(await call(offersPage.loader, get(offersPath(), manager), { cafeId }));
    expect(page.offers.find((o) => o.title === "Women-only evening")?.audiences).toEqual(["Women and girls only"]);
    const clash = await tagsAction({ intent: "rename", tagId: women.id, label: "Men" });
    expect(clash.status).toBe(400);
    expect(Object.values((await json<{ errors: Record<string, string> }>(clash)).errors)[0]).toMatch(/already has/);
  });

  it("retires a tag without breaking the offers that carry it", async () => {
    const [women, urdu] = await Promise.all([tagBySlug("women-only"), tagBySlug("urdu")]);
    expect((await tagsAction({ intent: "retire", tagId: women.id })).status).toBe(302);
    expect((await tagBySlug("women-only")).retiredAt).not.toBeNull();
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { entityType: "tag", entityId: women.id, action: "tag.retired" } });
    expect(JSON.parse(audit.after!)).toMatchObject({ retired: true });

    // Existing offers keep it and still show it.
    const offer = await prisma.offer.findFirstOrThrow({ where: { cafeId, title: "Women-only evening" }, include: { tags: true } });
    expect(offer.tags.map((t) => t.tagId)).toContain(women.id);
    const list = await json<{ offers: { title: string; audiences: string[] }[]; audienceTags: { id: string }[] }>(
      await call(offersPage.loader, get(offersPath(), manager), { cafeId }),
    );
    expect(list.offers.find((o) => o.title === "Women-only evening")?.audiences).toEqual(["Women and girls only"]);
    // Not offered for a new choice…
    expect(list.audienceTags.map((t) => t.id)).not.toContain(women.id);
    const refused = await call(offersPage.action, post(offersPath(), { title: "Another", audienceTagIds: [women.id] }, manager), { cafeId });
    expect(refused.status).toBe(400);
    // …but the offer that has it shows it (marked) and keeps it when saved.
    const edit = await json<{ audienceTags: { id: string; retired: boolean }[] }>(
      await call(offerPage.loader, get(`${offersPath()}/${offer.id}`, manager), { cafeId, offerId: offer.id }),
    );
    expect(edit.audienceTags.find((t) => t.id === women.id)?.retired).toBe(true);
    const saved = await call(
      offerPage.action,
      post(`${offersPath()}/${offer.id}`, { intent: "save", title: "Women-only evening", description: "New words.", audienceTagIds: [women.id], languageTagIds: [urdu.id] }, manager),
      { cafeId, offerId: offer.id },
    );
    expect(saved.status).toBe(302);
    const after = await prisma.offer.findUniqueOrThrow({ where: { id: offer.id }, include: { tags: true } });
    expect(after.tags.map((t) => t.tagId)).toContain(women.id);
    expect(after.description).toBe("New words.");
  });

  it("keeps a retired language on a café that has it, and leaves it out for others", async () => {
    const gujarati = await tagBySlug("gujarati");
    expect((await tagsAction({ intent: "retire", tagId: gujarati.id })).status).toBe(302);
    const own = await json<{ languageTags: { id: string; retired: boolean }[] }>(
      await call(detailsPage.loader, get(`/manage/cafes/${cafeId}/details`, manager), { cafeId }),
    );
    expect(own.languageTags.find((t) => t.id === gujarati.id)?.retired).toBe(true);
    const other = await prisma.cafe.findUniqueOrThrow({ where: { slug: "beaumont-leys-living-room-cafe" } });
    const theirs = await json<{ languageTags: { id: string }[] }>(
      await call(detailsPage.loader, get(`/manage/cafes/${other.id}/details`, manager), { cafeId: other.id }),
    );
    expect(theirs.languageTags.map((t) => t.id)).not.toContain(gujarati.id);
  });

  it("offers a retired tag again", async () => {
    const women = await tagBySlug("women-only");
    expect((await tagsAction({ intent: "unretire", tagId: women.id })).status).toBe(302);
    expect((await tagBySlug("women-only")).retiredAt).toBeNull();
    const page = await json<{ tags: { id: string; retired: boolean; uses: number }[] }>(await call(tagsPage.loader, get("/admin/tags", admin)));
    expect(page.tags.find((t) => t.id === women.id)).toMatchObject({ retired: false });
    expect(page.tags.find((t) => t.id === women.id)!.uses).toBeGreaterThan(0);
  });

  it("removing an offer keeps its sessions, open to everyone", async () => {
    const offer = await prisma.offer.findFirstOrThrow({ where: { cafeId, title: "Women-only evening" } });
    const session = await prisma.weeklySession.findFirstOrThrow({ where: { cafeId } });
    await prisma.weeklySession.update({ where: { id: session.id }, data: { offerId: offer.id } });
    const response = await call(offerPage.action, post(`${offersPath()}/${offer.id}`, { intent: "remove" }, manager), { cafeId, offerId: offer.id });
    expect(response.status).toBe(302);
    expect(await prisma.offer.findUnique({ where: { id: offer.id } })).toBeNull();
    expect((await prisma.weeklySession.findUniqueOrThrow({ where: { id: session.id } })).offerId).toBeNull();
  });

  it("is for admins only", async () => {
    expect((await call(tagsPage.loader, get("/admin/tags", commissioner))).status).toBe(403);
    expect((await call(tagsPage.loader, get("/admin/tags", manager))).status).toBe(403);
    expect((await tagsAction({ intent: "add", kind: "audience", label: "Sneaky" }, manager)).status).toBe(403);
    const anonymous = await call(tagsPage.loader, get("/admin/tags"));
    expect(anonymous.status).toBe(302);
  });
});
