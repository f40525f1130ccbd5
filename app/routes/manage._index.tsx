import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { daysAgo } from "~/components/manage/schedule-text";
import { formatInstantDate } from "~/lib/dates";
import { StatusSummary } from "~/components/manage/StatusTag";
import { publicStatus } from "~/modules/cafe";
import { daysSinceVerified, listingFreshness } from "~/modules/schedule";
import { t } from "~/lib/i18n";
import { listManagedCafes } from "~/modules/cafe/index.server";
import { can } from "~/modules/identity";
import { requirePermission } from "~/modules/identity/index.server";
import { now } from "~/platform/clock.server";
import manageStyles from "~/styles/manage.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: manageStyles }];
export const meta: MetaFunction = () => [{ title: `${t("manage.dashboard.title")} – ${t("brand.appName")}` }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "cafes.list");
  const oversees = can(user, "cafes.all");
  const at = now();
  const cafes = await listManagedCafes(user);
  return {
    oversees,
    isAdmin: can(user, "admin"),
    cafes: cafes.map((cafe) => ({
      id: cafe.id,
      name: cafe.name,
      slug: cafe.slug,
      town: cafe.town,
      status: publicStatus(cafe, at),
      checked: cafe.hoursVerifiedAt ? formatInstantDate(cafe.hoursVerifiedAt) : null,
      days: daysSinceVerified(cafe.hoursVerifiedAt, at),
      freshness: listingFreshness(cafe.hoursVerifiedAt, at),
    })),
  };
}

export default function ManageDashboard() {
  const { cafes, oversees, isAdmin } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{t("manage.dashboard.title")}</h1>
      <p className="nhsuk-body-l">{oversees ? t("manage.dashboard.introOversee") : t("manage.dashboard.intro")}</p>
      {oversees ? (
        <ul className="nhsuk-list manage-actions">
          <li>
            <Link to="/manage/stale">{t("manage.dashboard.staleLink")}</Link>
          </li>
          {isAdmin ? (
            <>
              <li>
                <Link to="/admin/cafes">{t("manage.dashboard.adminCafesLink")}</Link>
              </li>
              <li>
                <Link to="/admin/tags">{t("manage.dashboard.adminTagsLink")}</Link>
              </li>
            </>
          ) : null}
        </ul>
      ) : null}
      {cafes.length === 0 ? (
        <p>{t("manage.dashboard.none")}</p>
      ) : (
        <ul className="nhsuk-list manage-cafe-list">
          {cafes.map((cafe) => (
            <li key={cafe.id} className="nhsuk-card manage-cafe-card">
              <div className="nhsuk-card__content">
                <h2 className="nhsuk-card__heading nhsuk-heading-m">
                  <Link to={`/manage/cafes/${cafe.id}`} className="nhsuk-card__link">
                    {cafe.name}
                  </Link>
                </h2>
                <p className="nhsuk-body-s manage-muted">{cafe.town}</p>
                <StatusSummary status={cafe.status} />
                <p className={`manage-checked manage-checked--${cafe.freshness}`}>
                  {cafe.checked
                    ? t("manage.checked.on", { date: cafe.checked, ago: daysAgo(cafe.days ?? 0) })
                    : t("manage.checked.never")}
                  {cafe.freshness !== "fresh" ? <> {t(cafe.freshness === "stale" ? "manage.checked.stale" : "manage.checked.due")}</> : null}
                </p>
              </div>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
