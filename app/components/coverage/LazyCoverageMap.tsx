import leafletStyles from "leaflet/dist/leaflet.css";
import { lazy, Suspense } from "react";
import { useHydrated } from "~/components/finder/SearchForm";
import { t } from "~/lib/i18n";
import type { CoverageMapProps } from "./CoverageMap.client";

const CoverageMap = lazy(() => import("./CoverageMap.client"));

const LEGEND = [
  ["covered", "#007f3b"],
  ["covered-soon", "#ffb81c"],
  ["gap", "#d5281b"],
] as const;

/**
 * The coverage map after the table, with a text legend. Nothing without JavaScript (the table has it all);
 * with JavaScript, Leaflet is fetched after the page has hydrated.
 */
export function LazyCoverageMap({ heading, intro, ...props }: Omit<CoverageMapProps, "stylesHref" | "boundariesUrl"> & { heading: string; intro: string }) {
  const hydrated = useHydrated();
  if (!hydrated) return null;
  return (
    <section className="cafe-map-section" aria-labelledby="coverage-map-heading">
      <h2 id="coverage-map-heading">{heading}</h2>
      <p className="nhsuk-body-s">{intro}</p>
      <ul className="nhsuk-list coverage-legend" aria-label={t("coverage.map.legend")}>
        {LEGEND.map(([status, colour]) => (
          <li key={status}>
            <span aria-hidden="true" style={{ display: "inline-block", width: "1em", height: "1em", background: colour, marginRight: "0.5em", verticalAlign: "middle" }} />
            {t(`coverage.status.${status}`)}
          </li>
        ))}
        <li>
          <span aria-hidden="true" style={{ color: "#005eb8" }}>●</span> {t("coverage.map.cafe")}
        </li>
        <li>
          <span aria-hidden="true">○</span> {t("coverage.map.cafeNotOpen")}
        </li>
        <li>
          <span aria-hidden="true">◎</span> {t("coverage.map.site")}
        </li>
      </ul>
      <Suspense fallback={null}>
        <CoverageMap {...props} stylesHref={leafletStyles} boundariesUrl="/map-data/boundaries.json" />
      </Suspense>
    </section>
  );
}
