import type { LoaderFunctionArgs } from "@remix-run/node";
import { statusLabel } from "~/components/grants/labels";
import { t } from "~/lib/i18n";
import { csvDocument, csvPounds, csvScore } from "~/modules/grants";
import { roundResults } from "~/modules/grants/index.server";
import { requirePermission } from "~/modules/identity/index.server";
import { notFound } from "~/platform/responses.server";

/** Staff only: a round's applications (at panel or decided) with their scores, ranked, as CSV. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePermission(request, "grants.manage");
  const results = await roundResults(params.roundId!);
  if (!results) throw notFound();
  const { round, applications } = results;
  const yesNo = (flag: boolean) => (flag ? t("grantsPanel.csv.flagYes") : t("grantsPanel.csv.flagNo"));
  const header = [
    t("grantsPanel.csv.rank"),
    t("grantsPanel.csv.reference"),
    t("grantsPanel.csv.organisation"),
    t("grantsPanel.csv.cafe"),
    t("grantsPanel.csv.footprint"),
    t("grantsPanel.csv.status"),
    t("grantsPanel.csv.requested"),
    t("grantsPanel.csv.awarded"),
    t("grantsPanel.csv.average"),
    ...round.criteria.map((c) => t("grantsPanel.csv.criterion", { criterion: c.title })),
    t("grantsPanel.csv.spread"),
    t("grantsPanel.csv.flagged"),
    t("grantsPanel.csv.counted"),
    t("grantsPanel.csv.recused"),
    t("grantsPanel.csv.yes"),
    t("grantsPanel.csv.maybe"),
    t("grantsPanel.csv.no"),
  ];
  const rows = applications.map((a) => [
    a.rank,
    a.reference,
    a.organisation.name,
    a.cafeName,
    a.footprint?.name ?? "",
    statusLabel(a.status),
    csvPounds(a.requestedPence),
    csvPounds(a.awardedPence),
    csvScore(a.average),
    ...round.criteria.map((c) => csvScore(a.score.criteria[c.id]?.average)),
    csvScore(a.score.spread),
    yesNo(a.score.flagged),
    a.score.counted,
    a.score.recused,
    a.score.recommendations.yes,
    a.score.recommendations.maybe,
    a.score.recommendations.no,
  ]);
  const slug = round.title.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "round";
  return new Response(csvDocument(header, rows), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${slug}-applications.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
