import type { LoaderFunctionArgs } from "@remix-run/node";
import { coverageCsv } from "~/components/coverage/columns";
import { t } from "~/lib/i18n";
import { shownRows, tableQuery } from "~/modules/coverage";
import { coverageDashboard } from "~/modules/coverage/index.server";
import { requirePermission } from "~/modules/identity/index.server";
import { now, todayInLondon } from "~/platform/clock.server";

/** /coverage/table.csv: the coverage table as shown (same ?sort=, ?dir=, ?area=), dated. */
export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "coverage.view");
  const query = tableQuery(new URL(request.url).searchParams);
  const dashboard = await coverageDashboard(todayInLondon(now()), now(), { rowsOnly: true });
  const csv = coverageCsv(shownRows([...dashboard.footprints, ...dashboard.sites], query), dashboard.asOf);
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${t("coverage.csv.filename", { date: dashboard.asOf })}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
