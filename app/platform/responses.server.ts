import { t } from "~/lib/i18n";

/**
 * The answers a loader or action throws when it refuses: Remix renders the site's error page (root.tsx's
 * ErrorBoundary) with the status, never a 500.
 */

/** 403: signed in, but this person may not do this. */
export function forbidden(): Response {
  return new Response(t("error.forbiddenTitle"), { status: 403, statusText: "Forbidden" });
}

/** 404: a record that does not exist (or that this person may not know exists). */
export function notFound(): Response {
  return new Response(t("notFound.title"), { status: 404 });
}

/**
 * Throws the error page for a change a module refused as a result: 403 when it was `forbidden` to this
 * person, otherwise 404 (the record it names does not exist).
 */
export function refused(result: object): never {
  throw "forbidden" in result ? forbidden() : notFound();
}
