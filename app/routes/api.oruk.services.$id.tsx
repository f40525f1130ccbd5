import type { LoaderFunctionArgs } from "@remix-run/node";
import { getService, openDataResponse } from "~/modules/oruk/index.server";

/** /api/oruk/services/{id}: one service, fully nested. */
export async function loader({ params, context }: LoaderFunctionArgs) {
  return openDataResponse(context, () => getService(params.id ?? ""));
}
