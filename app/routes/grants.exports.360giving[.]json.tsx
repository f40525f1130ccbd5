import type { LoaderFunctionArgs } from "@remix-run/node";
import { threeSixtyPackage } from "~/modules/grants";
import { listAwardedGrants, publisherSettings } from "~/modules/grants/index.server";
import { requirePermission } from "~/modules/identity/index.server";
import { now } from "~/platform/clock.server";

/** Awarded grants as a 360Giving JSON package (officers and admins), downloaded as a file. */
export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "grants.manage");
  const body = JSON.stringify(threeSixtyPackage(await listAwardedGrants(), publisherSettings(), now()), null, 2);
  return new Response(body, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": 'attachment; filename="360giving-cafe-grants.json"',
      "Cache-Control": "no-store",
    },
  });
}
