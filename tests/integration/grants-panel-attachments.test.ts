import { describe, expect, it } from "vitest";
import { prisma } from "~/platform/db.server";
import * as attachmentRoute from "~/routes/applications.$applicationId.attachments.$attachmentId";
import * as panelPage from "~/routes/panel.applications.$applicationId";
import { call, get, post, signInCookieFor } from "./auth.helpers";
import { actorWith, makeApplicant, makeApplication, makeRound } from "./grants-panel.helpers";

describe("a recused panel member and the application's documents", () => {
  it("gets 403 for a document before declaring and after declaring a conflict", async () => {
    const round = await makeRound();
    const { organisation } = await makeApplicant();
    const app = await makeApplication(round.id, organisation.id);
    const attachment = await prisma.applicationAttachment.create({
      data: { applicationId: app.id, kind: "safeguarding-policy", originalName: "policy.pdf", mediaType: "application/pdf", sizeBytes: 10, storageKey: `test/${app.id}` },
    });
    const member = await actorWith([{ role: "panel-member" }]);
    await prisma.panelAssignment.create({ data: { roundId: round.id, applicationId: app.id, userId: member.id } });
    const cookie = await signInCookieFor(member.id);
    const download = () => call(attachmentRoute.loader, get(`/applications/${app.id}/attachments/${attachment.id}`, cookie), { applicationId: app.id, attachmentId: attachment.id });
    expect((await download()).status).toBe(403);
    await call(panelPage.action, post(`/panel/applications/${app.id}`, { hasConflict: "yes", description: "My sister runs it" }, cookie), { applicationId: app.id });
    expect((await download()).status).toBe(403);
    expect((await call(panelPage.loader, get(`/panel/applications/${app.id}`, cookie), { applicationId: app.id })).status).toBe(403);
  });
});
