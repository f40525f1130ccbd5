import type { HeadersFunction, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { t, type MessageKey } from "~/lib/i18n";
import { openDataLimit } from "~/modules/oruk/index.server";
import { appUrl } from "~/platform/env.server";

/**
 * /api/oruk in a browser: the Open Referral UK API explained for people. A program asking for the same
 * address, and anyone asking for /api/oruk/, gets the API's metadata as JSON instead (the request guard
 * sends those requests to ./api.oruk.metadata[.]json.tsx, see ~/platform/open-api.server.ts).
 */
export const meta: MetaFunction = () => [{ title: `${t("oruk.docs.title")} – ${t("brand.name")}` }];

/** The same address answers JSON to programs: caches keep the two apart. */
export const headers: HeadersFunction = () => ({ Vary: "Accept" });

export function loader() {
  return { base: `${appUrl()}/api/oruk`, limit: openDataLimit() };
}

const ENDPOINTS: [path: string, gives: MessageKey][] = [
  ["/", "oruk.docs.endpoint.root"],
  ["/services", "oruk.docs.endpoint.services"],
  ["/services/{id}", "oruk.docs.endpoint.service"],
  ["/service_at_locations?postcode=LE1 6RL&proximity=2000", "oruk.docs.endpoint.serviceAtLocations"],
  ["/organizations", "oruk.docs.endpoint.organizations"],
  ["/organizations/{id}", "oruk.docs.endpoint.organization"],
  ["/taxonomies", "oruk.docs.endpoint.taxonomies"],
  ["/taxonomy_terms", "oruk.docs.endpoint.taxonomyTerms"],
  ["/openapi.json", "oruk.docs.endpoint.openapi"],
];

const SECTIONS: [heading: MessageKey, body: MessageKey][] = [
  ["oruk.docs.params.heading", "oruk.docs.params.body"],
  ["oruk.docs.rules.heading", "oruk.docs.rules.body"],
  ["oruk.docs.demo.heading", "oruk.docs.demo.body"],
];

export default function OpenDataApi() {
  const { base, limit } = useLoaderData<typeof loader>();
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>{t("oruk.docs.title")}</h1>
        <p className="nhsuk-lede-text">{t("oruk.docs.intro")}</p>
        <h2>{t("oruk.docs.base.heading")}</h2>
        <p>{t("oruk.docs.base.body", { url: `${base}/` })}</p>
        <h2>{t("oruk.docs.endpoints.heading")}</h2>
        <table className="nhsuk-table">
          <thead className="nhsuk-table__head">
            <tr className="nhsuk-table__row">
              <th scope="col" className="nhsuk-table__header">
                {t("oruk.docs.endpoints.col.address")}
              </th>
              <th scope="col" className="nhsuk-table__header">
                {t("oruk.docs.endpoints.col.gives")}
              </th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {ENDPOINTS.map(([path, gives]) => (
              <tr key={path} className="nhsuk-table__row">
                <td className="nhsuk-table__cell">
                  {path.includes("{") ? <code>{path}</code> : <a href={`${base}${path.replace(/ /g, "%20")}`}><code>{path}</code></a>}
                </td>
                <td className="nhsuk-table__cell">{t(gives)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {SECTIONS.map(([heading, body]) => (
          <section key={heading}>
            <h2>{t(heading)}</h2>
            <p>{t(body)}</p>
          </section>
        ))}
        <h2>{t("oruk.docs.limits.heading")}</h2>
        <p>{t("oruk.docs.limits.body", { limit })}</p>
      </div>
    </div>
  );
}
