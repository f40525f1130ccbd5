import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { describeAuditEntry } from "~/components/manage/history-text";
import { HistoryList } from "~/components/manage/HistoryList";
import { t } from "~/i18n";
import { cafeHistory, getCafeHeading } from "~/models/cafe-admin.server";
import { requireCafeAccess } from "~/services/auth.server";

export const meta: MetaFunction = () => [{ title: `${t("manage.history.title")} – ${t("brand.appName")}` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const cafeId = params.cafeId ?? "";
  await requireCafeAccess(request, cafeId, { write: false });
  if (!(await getCafeHeading(cafeId))) throw new Response(t("notFound.title"), { status: 404 });
  const entries = await cafeHistory(cafeId);
  return json({ items: entries.map(describeAuditEntry) });
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
