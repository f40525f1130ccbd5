import type { LoaderFunctionArgs } from "@remix-run/node";
import { apiDescription, openDataResponse } from "~/modules/oruk/index.server";

/** /api/oruk/openapi.json: the API's OpenAPI description (the metadata's `openapi_url`). */
export async function loader({ context }: LoaderFunctionArgs) {
  return openDataResponse(context, apiDescription);
}
