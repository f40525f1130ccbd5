/**
 * The Leaflet map (browser only: this module is replaced by an empty one on the server, and loaded with
 * lazy() after the page has hydrated). It shows the same cafés as the list, as markers that are links to
 * their pages (each named by the café), the Leicester, Leicestershire and Rutland boundary, and, when asked,
 * the approximate footprints. Tiles come from MAP_TILE_URL; "none" draws no tiles (tests, offline use).
 * Markers are HTML (divIcon), so no image is requested and the CSP's img-src needs nothing extra.
 */
import L from "leaflet";
import { Fragment, useEffect, useId, useLayoutEffect, useMemo, useState } from "react";
import { CircleMarker, GeoJSON, MapContainer, Marker, Polyline, TileLayer, useMap, useMapEvents, ZoomControl } from "react-leaflet";
import { ft } from "~/components/finder/text";
import { t, localePath } from "~/lib/i18n";
import type { CafeListing } from "~/modules/cafe";
import type { BoundaryCollection } from "~/modules/footprint";

export type MapCafe = Pick<CafeListing, "slug" | "name" | "lat" | "lng" | "openNow">;

/** A partner service's location on the map's partner layer. */
export type MapPartner = { slug: string; name: string; organisationSlug: string; lat: number; lng: number };

export type CafeMapProps = {
  cafes: MapCafe[];
  /** The partner layer: support services, drawn as square markers (absent: the layer is off). */
  partners?: MapPartner[];
  origin?: { lat: number; lng: number } | null;
  tileUrl: string;
  attribution: string;
  /** URL of the LLR outline and footprints (GeoJSON) */
  boundariesUrl: string;
  /** URL of Leaflet's stylesheet, added to the page when the map loads */
  stylesHref: string;
  showFootprintToggle?: boolean;
  size?: "large" | "small";
};

/** /map-data/boundaries.json as the browser parses it: the module's features, with GeoJSON geometries for Leaflet. */
type Boundaries = Omit<BoundaryCollection, "features"> & {
  features: (Omit<BoundaryCollection["features"][number], "geometry"> & { geometry: GeoJSON.Geometry })[];
};

let boundaryRequest: Promise<Boundaries | null> | undefined;
function loadBoundaries(url: string): Promise<Boundaries | null> {
  boundaryRequest ??= fetch(url, { headers: { accept: "application/geo+json, application/json" } })
    .then((res) => (res.ok ? (res.json() as Promise<Boundaries>) : null))
    .catch(() => null);
  return boundaryRequest;
}

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

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

function markerIcon(cafe: MapCafe): L.DivIcon {
  const name = escapeHtml(cafe.name);
  return L.divIcon({
    className: "cafe-marker",
    html: `<a class="cafe-marker__link cafe-marker__link--${cafe.openNow ? "open" : "closed"}" href="${localePath(`/cafes/${encodeURIComponent(cafe.slug)}`)}" title="${name}"><span class="cafe-marker__name">${name}</span></a>`,
    iconSize: [28, 28],
    iconAnchor: [14, 14],
  });
}

/** A partner service's marker: a square (cafés are round), a link to the service on its group's page. */
function partnerIcon(partner: MapPartner): L.DivIcon {
  const label = escapeHtml(t("partners.layer.markerLabel", { service: partner.name }));
  return L.divIcon({
    className: "partner-marker",
    html: `<a class="partner-marker__link" href="/partners/${encodeURIComponent(partner.organisationSlug)}#service-${encodeURIComponent(partner.slug)}" title="${label}"><span class="cafe-marker__name">${label}</span></a>`,
    iconSize: [28, 28],
    iconAnchor: [14, 14],
  });
}

function fitToCafes(map: L.Map, cafes: readonly { lat: number; lng: number }[], origin?: { lat: number; lng: number } | null) {
  const points: L.LatLngTuple[] = cafes.map((c) => [c.lat, c.lng]);
  if (origin) points.push([origin.lat, origin.lng]);
  if (points.length === 1) map.setView(points[0]!, 14, { animate: false });
  else if (points.length > 1) map.fitBounds(L.latLngBounds(points), { padding: [32, 32], maxZoom: 14, animate: false });
}

/** Marker boxes are 28 pixels square: two closer than this (in x and in y) would touch. */
const MIN_GAP = 32;
/** Spacing of markers spread around a circle (√2 × MIN_GAP, so boxes cannot touch in any direction). */
const SPREAD_GAP = 46;

const touching = (a: L.Point, b: L.Point) => Math.abs(a.x - b.x) < MIN_GAP && Math.abs(a.y - b.y) < MIN_GAP;

/**
 * Where to draw each marker at the map's zoom: its own position, or, when it would overlap others (two
 * cafés in one street), spread on a small circle around the group's middle, so every marker stays a
 * separate target. Groups grow until no two markers touch. Returns the moved markers' places; a line joins
 * each to its real place.
 */
function spreadPositions(map: L.Map, cafes: readonly { key: string; lat: number; lng: number }[]): Map<string, L.LatLng> {
  const points = cafes.map((c) => ({ slug: c.key, point: map.latLngToLayerPoint([c.lat, c.lng]) }));
  let placed = new Map<string, L.Point>();
  for (let reach = MIN_GAP; reach <= MIN_GAP * 8; reach += MIN_GAP / 2) {
    const groups: (typeof points)[] = [];
    for (const p of points) {
      const near = groups.filter((g) => g.some((m) => m.point.distanceTo(p.point) < reach));
      const merged = near.flat();
      for (const g of near) groups.splice(groups.indexOf(g), 1);
      groups.push([...merged, p]);
    }
    placed = new Map();
    for (const group of groups) {
      const n = group.length;
      const cx = group.reduce((sum, m) => sum + m.point.x, 0) / n;
      const cy = group.reduce((sum, m) => sum + m.point.y, 0) / n;
      if (n === 1) {
        placed.set(group[0]!.slug, group[0]!.point);
        continue;
      }
      const radius = SPREAD_GAP / 2 / Math.sin(Math.PI / n);
      group.forEach((m, i) => {
        const angle = -Math.PI / 2 + (2 * Math.PI * i) / n;
        placed.set(m.slug, L.point(cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)));
      });
    }
    const all = [...placed.values()];
    if (!all.some((a, i) => all.some((b, j) => j > i && touching(a, b)))) break;
  }
  const out = new Map<string, L.LatLng>();
  for (const p of points) {
    const point = placed.get(p.slug);
    if (point && !point.equals(p.point)) out.set(p.slug, map.layerPointToLatLng(point));
  }
  return out;
}

/**
 * The markers: the map is fitted to them before the page is painted, and their places (spread where they
 * would overlap) are worked out for the zoom the map then has, so no frame shows overlapping markers.
 */
const NO_PARTNERS: MapPartner[] = [];

function CafeMarkers({ cafes, partners = NO_PARTNERS, origin }: { cafes: MapCafe[]; partners?: MapPartner[]; origin?: { lat: number; lng: number } | null }) {
  const map = useMap();
  const [zoom, setZoom] = useState<number | null>(null);
  useMapEvents({ zoomend: () => setZoom(map.getZoom()) });
  useLayoutEffect(() => {
    // Fitted to every marker, support services too, so none (spread or not) is left outside the view.
    fitToCafes(map, [...cafes, ...partners], origin);
    setZoom(map.getZoom());
  }, [map, cafes, partners, origin]);
  // Cafés and partner services are spread together, so no two markers of either kind overlap.
  const markers = useMemo(
    () => [
      ...cafes.map((c) => ({ key: `cafe:${c.slug}`, lat: c.lat, lng: c.lng, icon: markerIcon(c) })),
      ...partners.map((p) => ({ key: `partner:${p.slug}:${p.lat},${p.lng}`, lat: p.lat, lng: p.lng, icon: partnerIcon(p) })),
    ],
    [cafes, partners],
  );
  const positions = useMemo(() => (zoom === null ? null : spreadPositions(map, markers)), [map, markers, zoom]);
  if (!positions) return null;
  return (
    <>
      {markers.map((m) => {
        const spread = positions.get(m.key);
        const at = spread ?? L.latLng(m.lat, m.lng);
        return (
          <Fragment key={m.key}>
            {spread ? (
              <>
                <Polyline positions={[[m.lat, m.lng], at]} pathOptions={{ color: "#212b32", weight: 1.5 }} interactive={false} />
                <CircleMarker center={[m.lat, m.lng]} radius={3} pathOptions={{ color: "#212b32", fillOpacity: 1, weight: 1 }} interactive={false} />
              </>
            ) : null}
            <Marker position={at} icon={m.icon} keyboard={false} interactive={false} />
          </Fragment>
        );
      })}
    </>
  );
}

const LLR_STYLE: L.PathOptions = { color: "#005eb8", weight: 2, dashArray: "6 4", fill: false };
const FOOTPRINT_STYLE: L.PathOptions = { color: "#330072", weight: 1, fillColor: "#330072", fillOpacity: 0.06 };

export default function CafeMap({
  cafes,
  partners,
  origin,
  tileUrl,
  attribution,
  boundariesUrl,
  stylesHref,
  showFootprintToggle = true,
  size = "large",
}: CafeMapProps) {
  const stylesReady = useStylesheet(stylesHref);
  const [boundaries, setBoundaries] = useState<Boundaries | null>(null);
  const [showFootprints, setShowFootprints] = useState(false);
  const toggleId = useId();
  useEffect(() => {
    let live = true;
    void loadBoundaries(boundariesUrl).then((data) => {
      if (live) setBoundaries(data);
    });
    return () => {
      live = false;
    };
  }, [boundariesUrl]);

  const llr = useMemo(() => (boundaries ? { ...boundaries, features: boundaries.features.filter((f) => f.properties.kind === "llr") } : null), [boundaries]);
  const footprints = useMemo(
    () => (boundaries ? { ...boundaries, features: boundaries.features.filter((f) => f.properties.kind === "footprint") } : null),
    [boundaries],
  );
  const first = cafes[0] ?? partners?.[0] ?? origin ?? { lat: 52.64, lng: -1.13 };

  return (
    <div className={`cafe-map cafe-map--${size}`}>
      {showFootprintToggle ? (
        <div className="nhsuk-checkboxes nhsuk-checkboxes--small cafe-map__toggle">
          <div className="nhsuk-checkboxes__item">
            <input
              className="nhsuk-checkboxes__input"
              id={toggleId}
              type="checkbox"
              checked={showFootprints}
              onChange={(e) => setShowFootprints(e.target.checked)}
            />
            <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={toggleId}>
              {ft("finder.map.footprints")}
            </label>
          </div>
          {showFootprints ? <p className="nhsuk-body-s cafe-map__note">{ft("finder.map.footprintsNote")}</p> : null}
        </div>
      ) : null}
      {stylesReady ? (
        <MapContainer className="cafe-map__canvas" center={[first.lat, first.lng]} zoom={12} scrollWheelZoom={false} zoomControl={false} attributionControl={tileUrl !== "none"}>
          <ZoomControl zoomInTitle={ft("finder.map.zoomIn")} zoomOutTitle={ft("finder.map.zoomOut")} />
          {tileUrl !== "none" ? <TileLayer url={tileUrl} attribution={attribution} /> : null}
          {llr ? <GeoJSON data={llr as GeoJSON.FeatureCollection} style={() => LLR_STYLE} interactive={false} /> : null}
          {showFootprints && footprints ? (
            <GeoJSON
              data={footprints as GeoJSON.FeatureCollection}
              style={() => FOOTPRINT_STYLE}
              onEachFeature={(feature, layer) => {
                const name = (feature.properties as { name?: string } | null)?.name ?? "";
                layer.bindTooltip(ft("finder.map.footprintTooltip", { name }), { sticky: true });
              }}
            />
          ) : null}
          {origin ? (
            <CircleMarker center={[origin.lat, origin.lng]} radius={7} pathOptions={{ color: "#212b32", weight: 3, fillColor: "#ffeb3b", fillOpacity: 1 }} interactive={false} />
          ) : null}
          <CafeMarkers cafes={cafes} partners={partners} origin={origin} />
        </MapContainer>
      ) : (
        <p className="cafe-map__loading">{ft("finder.map.loading")}</p>
      )}
    </div>
  );
}
