import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApplication } from "~/modules/grants/index.server";
import { prisma } from "~/platform/db.server";
import * as sectionRoute from "~/routes/organisation.applications.$applicationId.$section";
import * as uploadRoute from "~/routes/organisation.applications.$applicationId.attachments";
import { call, get, json, signInCookieFor } from "./auth.helpers";
import { setClock } from "./clock.helpers";
import { makeApplicantOrganisation, makeRound } from "./grants-apply.helpers";

/**
 * Uploading a document larger than 10 MB without JavaScript: the server reads the whole body before it
 * answers (so the browser shows the page, not a connection reset) and comes back to the section's page
 * with the message next to the upload field.
 */
let cookie: string;
let applicationId: string;

beforeAll(async () => {
  setClock(new Date("2027-03-01T10:00:00Z"));
  const round = await makeRound({ closesAt: new Date("2027-04-01T11:00:00Z") });
  const { organisation, member, userId } = await makeApplicantOrganisation({ verified: true });
  const started = await startApplication(member, organisation.id, round.id);
  if (!started.ok) throw new Error("could not start");
  applicationId = started.applicationId;
  cookie = await signInCookieFor(userId);
});

afterAll(() => {
  setClock(null);
});

/** A multipart body as a browser sends it (fields, then the file), streamed in 64 KB chunks; `drained()` tells whether it was read to the end. */
function largeUpload(fields: Record<string, string>, fileBytes: number) {
  const boundary = "----cafeNetworkBoundary7MA4YWxkTrZu0gW";
  const encoder = new TextEncoder();
  const head = Object.entries(fields)
    .map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`)
    .join("");
  const fileHead = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="accounts.pdf"\r\nContent-Type: application/pdf\r\n\r\n`;
  const tail = `\r\n--${boundary}--\r\n`;
  const pieces = [encoder.encode(head + fileHead), "file" as const, encoder.encode(tail)];
  const total = pieces.reduce((n, p) => n + (p === "file" ? fileBytes : p.byteLength), 0);
  const chunk = new Uint8Array(64 * 1024).fill(0x41);
  let piece = 0;
  let fileSent = 0;
  let done = false;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const current = pieces[piece];
      if (current === undefined) {
        done = true;
        controller.close();
        return;
      }
      if (current !== "file") {
        controller.enqueue(current);
        piece++;
        return;
      }
      const n = Math.min(chunk.byteLength, fileBytes - fileSent);
      controller.enqueue(chunk.slice(0, n));
      fileSent += n;
      if (fileSent >= fileBytes) piece++;
    },
  });
  const request = new Request(`http://localhost:3000/organisation/applications/${applicationId}/attachments`, {
    method: "POST",
    body,
    headers: { Cookie: cookie, "Content-Type": `multipart/form-data; boundary=${boundary}`, "Content-Length": String(total) },
    duplex: "half",
  } as RequestInit);
  return { request, drained: () => done };
}

describe("a document larger than 10 MB, without JavaScript", () => {
  it("a 12 MB upload is read to the end and answered with the section page, the message next to the upload field", async () => {
    const returnTo = `/organisation/applications/${applicationId}/budget`;
    const upload = largeUpload({ intent: "upload", kind: "accounts", returnTo }, 12 * 1024 * 1024);
    const response = await call(uploadRoute.action, upload.request, { applicationId });
    expect(response.status).toBe(302);
    const location = response.headers.get("Location") ?? "";
    expect(location).toBe(`${returnTo}?upload=accounts%3Atoo-large`);
    expect(upload.drained()).toBe(true);
    expect(await prisma.applicationAttachment.count({ where: { applicationId } })).toBe(0);

    const page = await call(sectionRoute.loader, get(location, cookie), { applicationId, section: "budget" });
    const data = await json<{ uploadError: { kind: string; message: string } | null }>(page);
    expect(data.uploadError).toEqual({ kind: "accounts", message: expect.stringMatching(/^The file is larger than 10 MB/) });
  });
});
