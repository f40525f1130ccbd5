/** The footprint module's public face on the server (reads and writes). */
export * from "./boundaries.server";
export * from "./footprint.server";
export * from "./practices.server";
