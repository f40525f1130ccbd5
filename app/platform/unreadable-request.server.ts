import { STATUS_CODES } from "node:http";
import type { Socket } from "node:net";
import { t } from "~/lib/i18n";

/**
 * Requests Node itself cannot read (headers over its 16 KB limit: 431; a broken request line or an unknown
 * method: 400) never reach Express or the app. Node's own answer is an empty body; this one is a small
 * page that still carries the urgent-help numbers, with no script, style or cookie.
 */
export function unreadableRequestResponse(status: number): string {
  const phone = (number: string, label = number) => `<a href="tel:${number.replace(/\s/g, "")}">${label}</a>`;
  const body = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${t("error.title")} – ${t("brand.appName")}</title></head>
<body><main>
<h1>${t("error.title")}</h1>
<p>${t("error.body")}</p>
<h2>${t("shell.crisis.label")}</h2>
<p>${t("shell.crisis.danger", { emergency: phone("999") })}</p>
<p>${t("shell.crisis.nhs111", { nhs111: phone("111", "NHS 111") })}</p>
<p>${t("shell.crisis.samaritans", { phone: phone("116 123") })}</p>
<p><a href="/urgent-help">${t("shell.crisis.more")}</a> · <a href="/">${t("shell.nav.find")}</a></p>
</main></body></html>
`;
  return [
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? "Bad Request"}`,
    "Content-Type: text/html; charset=utf-8",
    `Content-Length: ${Buffer.byteLength(body)}`,
    "Cache-Control: no-store",
    "X-Content-Type-Options: nosniff",
    "Connection: close",
    "",
    body,
  ].join("\r\n");
}

/** For the HTTP server's "clientError" event: answers with the page above, or closes a socket that cannot take it. */
export function answerUnreadableRequest(error: NodeJS.ErrnoException, socket: Socket) {
  if (!socket.writable || error.code === "ECONNRESET") {
    socket.destroy();
    return;
  }
  socket.end(unreadableRequestResponse(error.code === "HPE_HEADER_OVERFLOW" ? 431 : 400));
}
