import type { LoaderFunctionArgs } from "@remix-run/node";
import { listServices, openDataResponse } from "~/modules/oruk/index.server";

/** /api/oruk/services: every public service (cafés and partner services), paged, with the HSDS filters. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  return openDataResponse(context, () => listServices(new URL(request.url)));
}
