import type { LoaderFunctionArgs } from "@remix-run/node";
import { listOrganisations, openDataResponse } from "~/modules/oruk/index.server";

/** /api/oruk/organizations: the verified groups, paged. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  return openDataResponse(context, () => listOrganisations(new URL(request.url)));
}
