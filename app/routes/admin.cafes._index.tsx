import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { BackLink } from "~/components/manage/BackLink";
import { SavedNotice } from "~/components/manage/SavedNotice";
import { statusLabel } from "~/modules/cafe";
import { t } from "~/lib/i18n";
import { listCafesForAdmin } from "~/modules/cafe/index.server";
import { requirePermission } from "~/modules/identity/index.server";
import manageStyles from "~/styles/manage.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: manageStyles }];
export const meta: MetaFunction = () => [{ title: `${t("manage.admin.cafes.title")} – ${t("brand.appName")}` }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "cafe.administer");
  const cafes = await listCafesForAdmin();
  return {
    cafes: cafes.map((c) => ({
      id: c.id,
      name: c.name,
      town: c.town,
      status: c.status,
      statusText: statusLabel(c.status),
      operator: c.organisation.name,
      footprint: c.footprint?.name ?? null,
      managers: c._count.roles,
    })),
  };
}

export default function AdminCafes() {
  const { cafes } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  return (
    <>
      <BackLink to="/admin">{t("manage.admin.back")}</BackLink>
      <h1>{t("manage.admin.cafes.title")}</h1>
      {params.get("created") ? (
        <SavedNotice>{t("manage.admin.cafes.created")}</SavedNotice>
      ) : null}
      <p>{t("manage.admin.cafes.intro")}</p>
      <p>
        <Link to="/admin/cafes/new" className="nhsuk-button">
          {t("manage.admin.cafes.newLink")}
        </Link>
      </p>
      <table className="nhsuk-table">
        <caption className="nhsuk-table__caption nhsuk-table__caption--s">{t("manage.admin.cafes.caption", { count: cafes.length })}</caption>
        <thead className="nhsuk-table__head">
          <tr className="nhsuk-table__row">
            <th scope="col" className="nhsuk-table__header">{t("manage.admin.cafes.col.cafe")}</th>
            <th scope="col" className="nhsuk-table__header">{t("manage.admin.cafes.col.operator")}</th>
            <th scope="col" className="nhsuk-table__header">{t("manage.admin.cafes.col.footprint")}</th>
            <th scope="col" className="nhsuk-table__header">{t("manage.admin.cafes.col.status")}</th>
            <th scope="col" className="nhsuk-table__header">{t("manage.admin.cafes.col.managers")}</th>
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {cafes.map((c) => (
            <tr key={c.id} className="nhsuk-table__row">
              <td className="nhsuk-table__cell">
                <Link to={`/admin/cafes/${c.id}`}>{c.name}</Link>
                <span className="manage-line manage-muted">{c.town}</span>
              </td>
              <td className="nhsuk-table__cell">{c.operator}</td>
              <td className="nhsuk-table__cell">{c.footprint ?? t("manage.history.none")}</td>
              <td className="nhsuk-table__cell">{c.statusText}</td>
              <td className="nhsuk-table__cell">{c.managers}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
