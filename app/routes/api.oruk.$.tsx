import type { LoaderFunctionArgs } from "@remix-run/node";
import { apiNotFound, openDataResponse } from "~/modules/oruk/index.server";

/** Any other address under /api/oruk/: a JSON 404, as an API client expects. */
export async function loader({ context }: LoaderFunctionArgs) {
  return openDataResponse(context, apiNotFound);
}
