import leafletStyles from "leaflet/dist/leaflet.css";
import { Component, lazy, Suspense, type ReactNode } from "react";
import { ft } from "~/components/finder/text";
import { useHydrated } from "~/components/finder/SearchForm";
import { MapLegend } from "~/components/partners/PartnerLayer";
import type { CafeMapProps } from "./CafeMap.client";

const CafeMap = lazy(() => import("./CafeMap.client"));

class MapErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? <p className="cafe-map__failed">{ft("finder.map.failed")}</p> : this.props.children;
  }
}

/**
 * The map, with its heading, after the list. Nothing is rendered without JavaScript (the list has
 * everything); with JavaScript, Leaflet and its stylesheet are fetched only after the page has hydrated.
 */
export function LazyCafeMap({
  heading,
  intro,
  ...props
}: Omit<CafeMapProps, "stylesHref" | "boundariesUrl"> & { heading: string; intro?: string | null }) {
  const hydrated = useHydrated();
  if (!hydrated) return null;
  return (
    <section className="cafe-map-section" aria-labelledby="map-heading">
      <h2 id="map-heading">{heading}</h2>
      {intro ? <p className="nhsuk-body-s">{intro}</p> : null}
      {props.partners ? <MapLegend cafes={props.cafes.length > 0} /> : null}
      <MapErrorBoundary>
        <Suspense fallback={<p className="cafe-map__loading">{ft("finder.map.loading")}</p>}>
          <CafeMap {...props} stylesHref={leafletStyles} boundariesUrl="/map-data/boundaries.json" />
        </Suspense>
      </MapErrorBoundary>
    </section>
  );
}
