import { mapBoundaries } from "~/modules/footprint/index.server";

/**
 * /map-data/boundaries.json: the Leicester, Leicestershire and Rutland outline and the approximate footprint
 * boundaries, as GeoJSON, for the map. Changes a few times a year: browsers and proxies may keep it an hour.
 */
export async function loader() {
  const data = await mapBoundaries();
  return new Response(JSON.stringify(data), {
    headers: { "Content-Type": "application/geo+json; charset=utf-8", "Cache-Control": "public, max-age=3600" },
  });
}
