/** The outbox module's public face on the server (reads and writes). */
export * from "./jobs.server";
export * from "./outbox.server";
