import type { LoaderFunctionArgs } from "@remix-run/node";
import { notFound } from "~/platform/page-locale.server";

/**
 * Any address no other route matches: the root error boundary shows the 404 page with the search box.
 * Requests the server refused before the app (app/platform/request-guard.server.ts) are answered here too,
 * under their own status; a form sent from another website is told why it was not sent.
 */
export function loader({ context }: LoaderFunctionArgs) {
  notFound(context);
}

export default function NotFound() {
  return null;
}
