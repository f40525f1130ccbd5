import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";

import { Link, useLoaderData } from "@remix-run/react";
import { CafeTable } from "~/components/CafeTable";
import { t } from "~/lib/i18n";
import { countOrganisationsToVerify, listCafesInSetUp, listOrganisationSummaries } from "~/modules/organisation/index.server";
import { requirePermission } from "~/modules/identity/index.server";

export const meta: MetaFunction = () => [{ title: `${t("homes.grants.title")} – ${t("brand.appName")}` }];

/** The grant officer's home. The grant process itself is not in Café Network yet, and the page says so. */
export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "grants.view");
  const [organisations, cafesInSetUp, toVerify] = await Promise.all([listOrganisationSummaries(), listCafesInSetUp(), countOrganisationsToVerify()]);
  return { organisations, cafesInSetUp, toVerify };
}

export default function GrantsHome() {
  const { organisations, cafesInSetUp, toVerify } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{t("homes.grants.title")}</h1>
      {/* Grants (apply): rounds and organisation verification */}
      <ul className="nhsuk-list">
        <li>
          <Link to="/grants/rounds">{t("grants.home.rounds")}</Link>
        </li>
        <li>
          <Link to="/grants/organisations">{t("grants.home.organisations", { count: toVerify })}</Link>
        </li>
        <li>
          <Link to="/manage/partners">{t("grants.home.partners")}</Link>
        </li>
      </ul>
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
