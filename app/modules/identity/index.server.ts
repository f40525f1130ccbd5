/** The identity module's public face on the server (reads and writes). */
export * from "./auth.server";
export * from "./invitation.server";
export * from "./jobs.server";
export * from "./password.server";
export * from "./user.server";
