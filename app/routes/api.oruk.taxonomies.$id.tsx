import type { LoaderFunctionArgs } from "@remix-run/node";
import { getTaxonomy, openDataResponse } from "~/modules/oruk/index.server";

/** /api/oruk/taxonomies/{id}: one list. */
export async function loader({ params, context }: LoaderFunctionArgs) {
  return openDataResponse(context, () => getTaxonomy(params.id ?? ""));
}
