/** The grants module's public face on the server (reads and writes). */
export * from "./access.server";
export * from "./activity.server";
export * from "./applications.server";
export * from "./attachments.server";
export * from "./rounds.server";
