import { describe, expect, it } from "vitest";
import * as forgotPassword from "~/routes/forgot-password";
import * as signIn from "~/routes/sign-in";
import { words } from "~/lib/i18n";
import { MAX_FORM_BYTES, readForm } from "~/platform/forms.server";
import { call, makeUser, TEST_PASSWORD } from "./auth.helpers";

/**
 * Reading a form's body: a body too large for the form (also one sent in chunks, without a
 * Content-Length) or one that is not a form at all gets a message from the catalogue that says what to do,
 * never a 500; forms that can show it do so above the form.
 */
const TOO_LARGE = "The form was too large to send, so nothing was saved. Shorten the longest text you typed, then send the form again.";
const UNREADABLE = "The form could not be read, so nothing was saved. Go back to the form, check what you typed, then send it again.";

/** A URL-encoded body sent in 16 KB chunks without a Content-Length; counts how much was read. */
function chunkedRequest(path: string, totalBytes: number) {
  const chunk = new TextEncoder().encode(`a=${"x".repeat(16 * 1024 - 3)}&`);
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= totalBytes) return controller.close();
      sent += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  const request = new Request(`http://localhost:3000${path}`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body,
    duplex: "half",
  } as RequestInit);
  return { request, sentBytes: () => sent };
}

function malformedMultipart(path: string) {
  return new Request(`http://localhost:3000${path}`, {
    method: "POST",
    headers: { "Content-Type": "multipart/form-data; boundary=----cafe" },
    body: "this is not multipart at all",
  });
}

describe("readForm", () => {
  it("reads an ordinary form", async () => {
    const read = await readForm(
      new Request("http://localhost:3000/x", { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded" }, body: "name=Ana&tag=a&tag=b" }),
    );
    if (!read.ok) throw new Error("expected the form");
    expect(read.formData.get("name")).toBe("Ana");
    expect(read.formData.getAll("tag")).toEqual(["a", "b"]);
  });

  it("refuses a chunked body over the limit with 413 and the catalogue's message, reading on (keeping nothing) only so far", async () => {
    const justOver = chunkedRequest("/x", MAX_FORM_BYTES + 50_000);
    const read = await readForm(justOver.request);
    if (read.ok) throw new Error("expected a refusal");
    expect(read.status).toBe(413);
    expect(words(read.message)).toBe(TOO_LARGE);

    const { request, sentBytes } = chunkedRequest("/x", 100 * 1024 * 1024);
    const huge = await readForm(request);
    expect(huge.ok ? 200 : huge.status).toBe(413);
    // Not the 100 MB: reading stops a few megabytes in.
    expect(sentBytes()).toBeLessThan(6 * 1024 * 1024);
  });

  it("refuses a declared Content-Length over the limit", async () => {
    const read = await readForm(
      new Request("http://localhost:3000/x", {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded", "Content-Length": "999999" },
        body: "a=1",
      }),
      20_000,
    );
    expect(read.ok ? 200 : read.status).toBe(413);
  });

  it("answers 400 with the catalogue's message for a body that is not a form", async () => {
    const read = await readForm(malformedMultipart("/x"));
    if (read.ok) throw new Error("expected a refusal");
    expect(read.status).toBe(400);
    expect(words(read.message)).toBe(UNREADABLE);
  });
});

describe("forms that show the problem above the form", () => {
  it("sign-in returns (does not throw) the message for a malformed or oversized body, and still signs in afterwards", async () => {
    const malformed = await call(signIn.action, malformedMultipart("/sign-in"), {}, { clientIp: "192.0.2.90" });
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toMatchObject({ errors: { _form: UNREADABLE } });

    const oversized = await call(signIn.action, chunkedRequest("/sign-in", 1024 * 1024).request, {}, { clientIp: "192.0.2.90" });
    expect(oversized.status).toBe(413);
    expect(await oversized.json()).toMatchObject({ errors: { _form: TOO_LARGE } });

    const user = await makeUser([{ role: "admin" }]);
    const body = new URLSearchParams({ email: user.email, password: TEST_PASSWORD });
    const ok = await call(
      signIn.action,
      new Request("http://localhost:3000/sign-in", { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded" }, body }),
      {},
      { clientIp: "192.0.2.90" },
    );
    expect(ok.status).toBe(302);
  });

  it("forgot-password returns the message too", async () => {
    const response = await call(forgotPassword.action, malformedMultipart("/forgot-password"));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ errors: { _form: UNREADABLE } });
  });
});
