import type { LoaderFunctionArgs } from "@remix-run/node";
import { listTaxonomies, openDataResponse } from "~/modules/oruk/index.server";

/** /api/oruk/taxonomies: the lists services are described with, paged. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  return openDataResponse(context, () => listTaxonomies(new URL(request.url)));
}
