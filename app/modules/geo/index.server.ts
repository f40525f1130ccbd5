/** The geo module's public face on the server: geocoding against the open-data tables. */
export * from "./geocoding.server";
export { dataDirectory, loadGeocodingData } from "./geocoding-data.server";
