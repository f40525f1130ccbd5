import type { LoaderFunctionArgs } from "@remix-run/node";
import { getOrganisation, openDataResponse } from "~/modules/oruk/index.server";

/** /api/oruk/organizations/{id}: one group with its services. */
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  return openDataResponse(context, () => getOrganisation(params.id ?? "", new URL(request.url)));
}
