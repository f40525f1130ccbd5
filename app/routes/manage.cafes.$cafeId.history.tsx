import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { describeAuditEntry } from "~/components/manage/history-text";
import { HistoryList } from "~/components/manage/HistoryList";
import { t } from "~/lib/i18n";
import { cafeHistory, getCafeHeading } from "~/modules/cafe/index.server";
import { requireCafe } from "~/modules/identity/index.server";

export const meta: MetaFunction = () => [{ title: `${t("manage.history.title")} – ${t("brand.appName")}` }];

export async function loader(args: LoaderFunctionArgs) {
  const { cafeId } = await requireCafe(args, "cafe.view", getCafeHeading);
  const entries = await cafeHistory(cafeId);
  return { items: entries.map((entry) => describeAuditEntry(entry)) };
}

export default function CafeHistory() {
  const { items } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{t("manage.history.title")}</h1>
      <p>{t("manage.history.intro")}</p>
      <HistoryList items={items} />
    </>
  );
}
