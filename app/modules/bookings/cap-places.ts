/**
 * Places the Central Access Point may book in a café session: the session's own number when the café
 * team set one, otherwise the café's default (2 unless changed); 0 means the CAP may not book that session.
 */
export function capPlacesFor(session: { capPlaces: number | null | undefined }, cafeDefault: number): number {
  const places = session.capPlaces ?? cafeDefault;
  return Number.isFinite(places) && places > 0 ? Math.floor(places) : 0;
}
