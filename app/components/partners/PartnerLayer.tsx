import { Link } from "@remix-run/react";
import { t, localePath } from "~/lib/i18n";
import { partnersHref, type PartnerResult } from "~/modules/partners";

/** The finder's address with the partner layer shown or hidden (the rest of the search kept). */
export function partnerLayerHref(search: string, show: boolean): string {
  const params = new URLSearchParams(search);
  params.delete("partners");
  if (show) params.set("partners", "show");
  const text = params.toString();
  return localePath(`/${text ? `?${text}` : ""}#partner-layer-heading`);
}

/** The map legend: a text key to the two kinds of marker (shown with the map when the partner layer is on). */
export function MapLegend({ cafes = true }: { cafes?: boolean }) {
  return (
    <ul className="nhsuk-list map-legend" aria-label={t("partners.layer.legend")}>
      {cafes ? (
        <li>
          <span className="map-legend__swatch map-legend__swatch--cafe" aria-hidden="true" /> {t("partners.layer.legendCafe")}
        </li>
      ) : null}
      <li>
        <span className="map-legend__swatch map-legend__swatch--partner" aria-hidden="true" /> {t("partners.layer.legendPartner")}
      </li>
    </ul>
  );
}

/**
 * The finder's partner layer: a link that shows or hides it (a plain link, so it works without JavaScript),
 * and, when shown, the support services nearest the searched place as a list (the map shows them too).
 */
export function PartnerLayer({
  shown,
  toggleHref,
  results,
  point,
}: {
  shown: boolean;
  toggleHref: string;
  results: PartnerResult[];
  point: { lat: number; lng: number };
}) {
  return (
    <section className="partner-layer" aria-labelledby="partner-layer-heading">
      <h2 id="partner-layer-heading" tabIndex={-1}>
        {t("partners.layer.heading")}
      </h2>
      <p className="nhsuk-body-s">{t("partners.layer.intro")}</p>
      <p>
        <Link to={toggleHref} preventScrollReset>
          {shown ? t("partners.layer.hide") : t("partners.layer.show")}
        </Link>
      </p>
      {shown ? (
        <>
          {results.length === 0 ? <p>{t("partners.results.none")}</p> : null}
          <ol className="nhsuk-list partner-layer__list">
            {results.map((r) => (
              <li key={r.service.id}>
                <Link to={`/partners/${r.service.organisation.slug}#service-${r.service.slug}`}>{r.service.name}</Link> ({r.service.organisation.name}
                {", "}
                {r.coversArea ? t("partners.results.coversArea") : t("partners.results.miles", { miles: (r.miles ?? 0).toFixed(1) })})
              </li>
            ))}
          </ol>
          <p>
            <Link to={partnersHref({ location: point })}>{t("partners.nearby.more")}</Link>
          </p>
        </>
      ) : null}
    </section>
  );
}
