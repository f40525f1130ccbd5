import type { LoaderFunctionArgs } from "@remix-run/node";
import { getTaxonomyTerm, openDataResponse } from "~/modules/oruk/index.server";

/** /api/oruk/taxonomy_terms/{id}: one term. */
export async function loader({ params, context }: LoaderFunctionArgs) {
  return openDataResponse(context, () => getTaxonomyTerm(params.id ?? ""));
}
