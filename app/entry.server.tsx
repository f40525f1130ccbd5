import type { AppLoadContext, EntryContext } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { renderToString } from "react-dom/server";
import { NonceProvider } from "~/components/nonce";
import { applySecurityHeaders, isPersonalRequest, PRIVATE_CACHE_CONTROL } from "~/platform/security-headers.server";

export { startBackgroundJobs } from "~/background-jobs.server";
export { baseSecurityHeaders, transportSecurityHeaders } from "~/platform/security-headers.server";
export { publicPageCache } from "~/platform/public-cache.server";
export { requestGuard } from "~/platform/request-guard.server";
export { requestLocale } from "~/platform/request-locale.server";
export { answerUnreadableRequest } from "~/platform/unreadable-request.server";
export { routeSubsets } from "~/platform/route-subsets.server";
export { checkConfiguration } from "~/startup-checks.server";
export { trustProxySetting } from "~/platform/startup.server";

/**
 * Every page is rendered to one string and sent in one piece (docs/decisions/006-pages-rendered-whole.md):
 * no loader defers data, so there is nothing to stream, and a whole document is rendered in a third of the
 * time a stream takes (and never has a character split between two chunks).
 */
export default async function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const nonce = typeof loadContext.cspNonce === "string" ? loadContext.cspNonce : "";
  await handOverWhole(remixContext);
  applySecurityHeaders(responseHeaders, nonce);
  if (isPersonalRequest(request)) responseHeaders.set("Cache-Control", PRIVATE_CACHE_CONTROL);
  const html = renderToString(
    <NonceProvider value={nonce}>
      <RemixServer context={remixContext} url={request.url} nonce={nonce} />
    </NonceProvider>,
  );
  responseHeaders.set("Content-Type", "text/html; charset=utf-8");
  // Bytes rather than a string: the Response need not check and re-encode a long string.
  return new Response(Buffer.from(`<!DOCTYPE html>${html}`), { headers: responseHeaders, status: responseStatusCode });
}

/**
 * With single fetch, the loaders' data reaches the browser as a stream that Remix's <RemixServer> writes
 * into the page chunk by chunk, suspending while it waits for each one — which a whole-document render
 * cannot wait for. No loader defers anything, so the whole stream is ready at once: read it here, and
 * give <RemixServer> every chunk already read (the cache it keeps of the chunks it has read), so the page
 * carries all of its data in one render.
 */
async function handOverWhole(context: EntryContext) {
  const stream = context.serverHandoffStream;
  if (!stream || !context.renderMeta) return;
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let text = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    text += decoder.decode(value, { stream: true });
  }
  text += decoder.decode();
  const chunk = Object.assign(Promise.resolve(), { result: { done: true, value: text } });
  context.renderMeta.streamCache = { 0: chunk };
  // <RemixServer> asks for a reader of its own: give it an empty, finished stream.
  context.serverHandoffStream = new ReadableStream({ start: (controller) => controller.close() });
}

/** The data a signed-in person's browser asks for while navigating is never kept either. */
export function handleDataRequest(response: Response, { request }: { request: Request }): Response {
  if (!isPersonalRequest(request) || response.headers.get("Cache-Control") === PRIVATE_CACHE_CONTROL) return response;
  const headers = new Headers(response.headers);
  headers.set("Cache-Control", PRIVATE_CACHE_CONTROL);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

export function handleError(error: unknown, { request }: { request: Request }) {
  if (request.signal.aborted) return;
  console.error(error);
}
