import { useEffect } from "react";
import { useMap } from "react-leaflet";

/**
 * Names the map for assistive technology: Leaflet's container takes keyboard focus (the arrow keys pan it),
 * so it is a region with a name rather than an unnamed stop. Put it inside the MapContainer.
 */
export function MapName({ label }: { label: string }) {
  const map = useMap();
  useEffect(() => {
    const container = map.getContainer();
    container.setAttribute("role", "region");
    container.setAttribute("aria-label", label);
  }, [map, label]);
  return null;
}
