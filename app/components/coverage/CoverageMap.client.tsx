/**
 * The coverage map (browser only, loaded after hydration): the approximate footprints shaded by status,
 * café markers and the universities. Not interactive beyond panning and zooming: the table has everything.
 */
import { useEffect, useMemo, useState } from "react";
import { CircleMarker, GeoJSON, MapContainer, TileLayer } from "react-leaflet";
import { MapName } from "~/components/map/MapName.client";
import { t } from "~/lib/i18n";
import type { CoverageStatus } from "~/modules/coverage";
import type { BoundaryCollection } from "~/modules/footprint";

export const STATUS_COLOURS: Record<CoverageStatus, string> = { covered: "#007f3b", "covered-soon": "#ffb81c", gap: "#d5281b" };

export type CoverageMapProps = {
  cafes: { slug: string; name: string; lat: number; lng: number; status: string }[];
  sites: { name: string; lat: number; lng: number; status: CoverageStatus }[];
  statusByCode: Record<string, CoverageStatus>;
  tileUrl: string;
  attribution: string;
  boundariesUrl: string;
  stylesHref: string;
};

function useStylesheet(href: string): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let link = document.querySelector<HTMLLinkElement>("link[data-leaflet-styles]");
    if (link && link.sheet) {
      setReady(true);
      return;
    }
    if (!link) {
      link = document.createElement("link");
      link.rel = "stylesheet";
      link.href = href;
      link.dataset.leafletStyles = "";
      document.head.appendChild(link);
    }
    const done = () => setReady(true);
    link.addEventListener("load", done);
    link.addEventListener("error", done);
    return () => {
      link?.removeEventListener("load", done);
      link?.removeEventListener("error", done);
    };
  }, [href]);
  return ready;
}

export default function CoverageMap({ cafes, sites, statusByCode, tileUrl, attribution, boundariesUrl, stylesHref }: CoverageMapProps) {
  const ready = useStylesheet(stylesHref);
  const [boundaries, setBoundaries] = useState<BoundaryCollection | null>(null);
  useEffect(() => {
    let live = true;
    fetch(boundariesUrl)
      .then((r) => (r.ok ? (r.json() as Promise<BoundaryCollection>) : null))
      .then((data) => live && setBoundaries(data))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [boundariesUrl]);
  const footprints = useMemo(
    () => (boundaries ? { ...boundaries, features: boundaries.features.filter((f) => f.properties.kind === "footprint" && f.properties.code && statusByCode[f.properties.code]) } : null),
    [boundaries, statusByCode],
  );
  if (!ready) return null;
  return (
    <div className="cafe-map cafe-map--large">
      <MapContainer className="cafe-map__canvas" center={[52.65, -1.1]} zoom={9} scrollWheelZoom={false} preferCanvas attributionControl={tileUrl !== "none"}>
        <MapName label={t("coverage.map.label")} />
        {tileUrl !== "none" ? <TileLayer url={tileUrl} attribution={attribution} /> : null}
        {footprints ? (
          <GeoJSON
            data={footprints as unknown as GeoJSON.FeatureCollection}
            interactive={false}
            style={(feature) => {
              const code = (feature?.properties as { code?: string } | undefined)?.code ?? "";
              const colour = STATUS_COLOURS[statusByCode[code] ?? "gap"];
              return { color: colour, weight: 1, fillColor: colour, fillOpacity: 0.3 };
            }}
          />
        ) : null}
        {cafes.map((c) => (
          <CircleMarker key={c.slug} center={[c.lat, c.lng]} radius={4} interactive={false} pathOptions={{ color: "#212b32", weight: 1, fillColor: c.status === "open" ? "#005eb8" : "#ffffff", fillOpacity: 1 }} />
        ))}
        {sites.map((s) => (
          <CircleMarker key={s.name} center={[s.lat, s.lng]} radius={8} interactive={false} pathOptions={{ color: STATUS_COLOURS[s.status], weight: 3, fillColor: "#ffffff", fillOpacity: 1 }} />
        ))}
      </MapContainer>
    </div>
  );
}
