/** The audit module's public face on the server (reads and writes). */
export * from "./audit.server";
