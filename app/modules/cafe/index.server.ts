/** The cafe module's public face on the server (reads and writes). */
export * from "./cafe-admin.server";
export * from "./cafe-print.server";
export * from "./demo-data.server";
export * from "./jobs.server";
export * from "./listed-cafes.server";
export * from "./listed-index.server";
export * from "./public-cafe.server";
export * from "./stale-listings.server";
