import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";

import { Link, useLoaderData } from "@remix-run/react";
import { CafeTable } from "~/components/CafeTable";
import { t } from "~/lib/i18n";
import { listCafesInSetUp, listOrganisationSummaries } from "~/modules/organisation/index.server";
import { requirePermission } from "~/modules/identity/index.server";

export const meta: MetaFunction = () => [{ title: `${t("homes.grants.title")} – ${t("brand.appName")}` }];

/** The grant officer's home. The grant process itself is not in Café Network yet, and the page says so. */
export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "grants.view");
  const [organisations, cafesInSetUp] = await Promise.all([listOrganisationSummaries(), listCafesInSetUp()]);
  return { organisations, cafesInSetUp };
}

export default function GrantsHome() {
  const { organisations, cafesInSetUp } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{t("homes.grants.title")}</h1>
      <div className="nhsuk-inset-text">
        <h2 className="nhsuk-heading-s">{t("homes.grants.notYetTitle")}</h2>
        <p>{t("homes.grants.notYet")}</p>
      </div>
      <p>
        <Link to="/coverage">{t("homes.grants.coverageLink")}</Link>
      </p>
      {/* ---- grants: award */}
      <p>
        <Link to="/grants/awards">{t("grantsAward.home.awardsLink")}</Link>
      </p>

      <h2>{t("homes.grants.setUpTitle")}</h2>
      {cafesInSetUp.length === 0 ? (
        <p>{t("homes.grants.noneSetUp")}</p>
      ) : (
        <CafeTable
          withOrganisation
          cafes={cafesInSetUp.map((c) => ({ id: c.id, name: c.name, organisation: c.organisation.name, place: c.town, status: c.status }))}
        />
      )}

      <h2>{t("homes.grants.organisationsTitle")}</h2>
      {organisations.length === 0 ? (
        <p>{t("homes.grants.noOrganisations")}</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t("homes.col.organisation")}</th>
              <th scope="col">{t("homes.col.town")}</th>
              <th scope="col">{t("homes.col.cafes")}</th>
              <th scope="col">{t("homes.col.openCafes")}</th>
            </tr>
          </thead>
          <tbody>
            {organisations.map((o) => (
              <tr key={o.id}>
                <th scope="row">{o.name}</th>
                <td>{o.town ?? ""}</td>
                <td>{o.cafes}</td>
                <td>{o.openCafes}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
