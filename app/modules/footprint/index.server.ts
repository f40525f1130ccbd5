/** The footprint module's public face on the server (reads and writes). */
export * from "./footprint.server";
