import type { LoaderFunctionArgs } from "@remix-run/node";
import { listServiceAtLocations, openDataResponse } from "~/modules/oruk/index.server";

/** /api/oruk/service_at_locations: each service at each of its places; `postcode` and `proximity` to search near. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  return openDataResponse(context, () => listServiceAtLocations(new URL(request.url)));
}
