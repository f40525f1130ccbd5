import { beforeAll, describe, expect, it } from "vitest";
import { createInvitation } from "~/modules/identity/index.server";
import * as account from "~/routes/account";
import * as adminCafe from "~/routes/admin.cafes.$cafeId";
import * as newCafe from "~/routes/admin.cafes.new";
import * as adminTags from "~/routes/admin.tags";
import * as adminUsers from "~/routes/admin.users";
import * as invitation from "~/routes/invitations.$token";
import * as overview from "~/routes/manage.cafes.$cafeId._index";
import * as details from "~/routes/manage.cafes.$cafeId.details";
import * as exceptions from "~/routes/manage.cafes.$cafeId.exceptions";
import * as offers from "~/routes/manage.cafes.$cafeId.offers._index";
import * as sessions from "~/routes/manage.cafes.$cafeId.sessions._index";
import { prisma } from "~/platform/db.server";
import { asResponse, call, demoCookie, json, post, uniqueEmail } from "./auth.helpers";

/**
 * A form that asks a page for something it does not do (an old page left open, a hand-made request)
 * changes nothing and is answered 400 with a message the page shows above its forms, never a blank
 * page or an error page.
 */
let admin: string;
let manager: string;
let cafeId: string;

beforeAll(async () => {
  admin = await demoCookie("admin@example.org");
  manager = await demoCookie("cafe@example.org");
  cafeId = (await prisma.cafe.findUniqueOrThrow({ where: { slug: "beaumont-leys-living-room-cafe" } })).id;
});

type Answer = { errors: Record<string, string>; values: Record<string, string> };

async function expectUnknownAction(response: Response) {
  expect(response.status).toBe(400);
  const body = await json<Answer>(response);
  expect(body.errors).toEqual({ _form: expect.stringMatching(/could not tell what the form asked/) });
  return body;
}

describe("a form the page does not know", () => {
  it("on the closures page: a form-level message, the typed values kept, nothing saved", async () => {
    const before = await prisma.scheduleException.count({ where: { cafeId } });
    const response = await call(
      exceptions.action,
      post(`/manage/cafes/${cafeId}/exceptions`, { intent: "close-forever", startDate: "2027-01-04", reason: "Typed" }, manager),
      { cafeId },
    );
    const body = await expectUnknownAction(response);
    expect(body.values).toMatchObject({ intent: "close-forever", startDate: "2027-01-04", reason: "Typed" });
    expect(await prisma.scheduleException.count({ where: { cafeId } })).toBe(before);
  });

  it("on the café overview", async () => {
    await expectUnknownAction(await call(overview.action, post(`/manage/cafes/${cafeId}`, { intent: "publish" }, manager), { cafeId }));
  });

  it("on the tag lists", async () => {
    const before = await prisma.tag.count();
    await expectUnknownAction(await call(adminTags.action, post("/admin/tags", { intent: "delete", tagId: "x" }, admin)));
    expect(await prisma.tag.count()).toBe(before);
  });

  it("on an admin's café page", async () => {
    const before = await prisma.cafe.findUniqueOrThrow({ where: { id: cafeId }, select: { status: true } });
    await expectUnknownAction(await call(adminCafe.action, post(`/admin/cafes/${cafeId}`, { intent: "delete" }, admin), { cafeId }));
    expect(await prisma.cafe.findUniqueOrThrow({ where: { id: cafeId }, select: { status: true } })).toEqual(before);
  });

  it("on the users page", async () => {
    await expectUnknownAction(await call(adminUsers.action, post("/admin/users", { intent: "promote" }, admin)));
  });

  it("on an invitation", async () => {
    const inviter = await prisma.user.findUniqueOrThrow({ where: { email: "admin@example.org" } });
    const { token } = await prisma.$transaction((tx) =>
      createInvitation(tx, { email: uniqueEmail("intent"), role: "cafe-manager", cafeId, invitedById: inviter.id }),
    );
    await expectUnknownAction(await call(invitation.action, post(`/invitations/${token}`, { intent: "decline" }), { token }));
    expect((await prisma.invitation.findFirstOrThrow({ where: { cafeId, acceptedAt: null }, orderBy: { createdAt: "desc" } })).acceptedAt).toBeNull();
  });
});

describe("a form the page does not know, checked before its fields", () => {
  it("on the details page: the form-level message, not messages for fields never sent", async () => {
    const before = await prisma.cafe.findUniqueOrThrow({ where: { id: cafeId } });
    const response = await call(details.action, post(`/manage/cafes/${cafeId}/details`, { intent: "publish", name: "Typed" }, manager), { cafeId });
    const body = await expectUnknownAction(response);
    expect(body.values).toMatchObject({ intent: "publish", name: "Typed" });
    expect((await prisma.cafe.findUniqueOrThrow({ where: { id: cafeId } })).updatedAt).toEqual(before.updatedAt);
  });

  it("on the details page, only for someone who may read the café", async () => {
    const night = await prisma.cafe.findUniqueOrThrow({ where: { slug: "night-owl-cafe" } });
    const response = await call(details.action, post(`/manage/cafes/${night.id}/details`, { intent: "publish" }, manager), { cafeId: night.id });
    expect(response.status).toBe(403);
  });

  it("on the account page: the form-level message, not the error page", async () => {
    const response = await call(account.action, post("/account", { intent: "delete-account" }, manager));
    await expectUnknownAction(response);
  });
});

describe("a form too large to read", () => {
  const huge = { intent: "x", text: "x".repeat(300_000) };

  /** The action returns (not throws) 413 with the message, so the page shows its form again above it. */
  async function expectReturnedTooLarge(answer: Promise<unknown>) {
    const response = asResponse(await answer);
    expect(response.status).toBe(413);
    const { errors, values } = await json<Answer>(response);
    expect({ errors, values }).toEqual({ errors: { _form: expect.stringMatching(/too large to send/) }, values: {} });
  }

  it("is answered with the message on the forms that add something", async () => {
    const at = (path: string, cookie: string) => ({ request: post(path, huge, cookie), params: { cafeId }, context: {} });
    await expectReturnedTooLarge(sessions.action(at(`/manage/cafes/${cafeId}/sessions`, manager)));
    await expectReturnedTooLarge(exceptions.action(at(`/manage/cafes/${cafeId}/exceptions`, manager)));
    await expectReturnedTooLarge(offers.action(at(`/manage/cafes/${cafeId}/offers`, manager)));
    await expectReturnedTooLarge(overview.action(at(`/manage/cafes/${cafeId}`, manager)));
    await expectReturnedTooLarge(adminCafe.action(at(`/admin/cafes/${cafeId}`, admin)));
    await expectReturnedTooLarge(newCafe.action(at("/admin/cafes/new", admin)));
    await expectReturnedTooLarge(adminTags.action(at("/admin/tags", admin)));
    await expectReturnedTooLarge(account.action(at("/account", manager)));
    await expectReturnedTooLarge(adminUsers.action(at("/admin/users", admin)));
  });

  it("is answered with the message on an invitation, which stays open", async () => {
    const inviter = await prisma.user.findUniqueOrThrow({ where: { email: "admin@example.org" } });
    const { token } = await prisma.$transaction((tx) =>
      createInvitation(tx, { email: uniqueEmail("too-large"), role: "cafe-manager", cafeId, invitedById: inviter.id }),
    );
    await expectReturnedTooLarge(invitation.action({ request: post(`/invitations/${token}`, huge), params: { token }, context: {} }));
    expect((await prisma.invitation.findFirstOrThrow({ where: { cafeId }, orderBy: { createdAt: "desc" } })).acceptedAt).toBeNull();
  });
});
