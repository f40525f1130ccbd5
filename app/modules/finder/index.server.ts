/** The finder module's public face on the server (reads and writes). */
export * from "./finder.server";
