/** The finder module's public face on the server (reads and writes). */
export * from "./areas.server";
export * from "./finder-page.server";
export * from "./search.server";
