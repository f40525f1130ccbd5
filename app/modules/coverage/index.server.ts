/** The coverage module's public face on the server (reads and writes). */
export * from "./dashboard.server";
export * from "./footprint-page.server";
