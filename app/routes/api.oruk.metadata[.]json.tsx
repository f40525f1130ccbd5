import type { LoaderFunctionArgs } from "@remix-run/node";
import { apiMetadata, openDataResponse } from "~/modules/oruk/index.server";

/**
 * The Open Referral UK API's metadata (HSDS version, profile, OpenAPI description): the answer to the API's
 * base address, /api/oruk/ (and /api/oruk for a program), which the request guard sends here
 * (~/platform/open-api.server.ts); /api/oruk for a browser is the page explaining the API.
 */
export async function loader({ context }: LoaderFunctionArgs) {
  return openDataResponse(context, apiMetadata);
}
