/** The geo module's public face on the server (reads and writes). */
export * from "./geocoding.server";
