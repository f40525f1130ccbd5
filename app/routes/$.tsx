import { data, type LoaderFunctionArgs } from "@remix-run/node";
import { t } from "~/lib/i18n";

/**
 * Any address no other route matches: the root error boundary shows the 404 page with the search box.
 * Requests the server refused before the app (app/platform/request-guard.server.ts) are answered here too,
 * under their own status; a form sent from another website is told why it was not sent.
 */
export function loader({ context }: LoaderFunctionArgs) {
  if (context.refusal === "cross-site-form") {
    throw data({ errors: { _form: t("form.error.crossSite") } }, { status: 403 });
  }
  throw new Response("Not found", { status: 404 });
}

export default function NotFound() {
  return null;
}
