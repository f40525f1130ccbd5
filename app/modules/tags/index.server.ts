/** The tags module's public face on the server (reads and writes). */
export * from "./tag.server";
