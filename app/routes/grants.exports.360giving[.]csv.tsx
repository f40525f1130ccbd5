import type { LoaderFunctionArgs } from "@remix-run/node";
import { threeSixtyCsv } from "~/modules/grants";
import { listAwardedGrants, publisherSettings } from "~/modules/grants/index.server";
import { requirePermission } from "~/modules/identity/index.server";

/** Awarded grants as a 360Giving CSV with the standard's column titles (officers and admins), as a file. */
export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "grants.manage");
  // A byte-order mark, so spreadsheet programs read the file as UTF-8.
  const body = "\uFEFF" + threeSixtyCsv(await listAwardedGrants(), publisherSettings());
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="360giving-cafe-grants.csv"',
      "Cache-Control": "no-store",
    },
  });
}
