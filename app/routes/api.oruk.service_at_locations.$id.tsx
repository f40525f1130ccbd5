import type { LoaderFunctionArgs } from "@remix-run/node";
import { getServiceAtLocation, openDataResponse } from "~/modules/oruk/index.server";

/** /api/oruk/service_at_locations/{id}: one service at one of its places, fully nested. */
export async function loader({ params, context }: LoaderFunctionArgs) {
  return openDataResponse(context, () => getServiceAtLocation(params.id ?? ""));
}
