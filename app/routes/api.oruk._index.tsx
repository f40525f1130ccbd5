import type { LoaderFunctionArgs } from "@remix-run/node";
import { apiMetadata, openDataResponse } from "~/modules/oruk/index.server";

/** /api/oruk/: the Open Referral UK API's metadata (HSDS version, profile, OpenAPI description). */
export async function loader({ context }: LoaderFunctionArgs) {
  return openDataResponse(context, apiMetadata);
}
