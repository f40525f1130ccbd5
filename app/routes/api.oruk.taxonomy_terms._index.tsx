import type { LoaderFunctionArgs } from "@remix-run/node";
import { listTaxonomyTerms, openDataResponse } from "~/modules/oruk/index.server";

/** /api/oruk/taxonomy_terms: the terms of every list, paged (`taxonomy_id` for one list's). */
export async function loader({ request, context }: LoaderFunctionArgs) {
  return openDataResponse(context, () => listTaxonomyTerms(new URL(request.url)));
}
