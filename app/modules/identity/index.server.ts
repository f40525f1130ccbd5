/** The identity module's public face on the server (reads and writes). */
export * from "./authorise.server";
export * from "./invitation.server";
export * from "./jobs.server";
export * from "./password.server";
export * from "./sign-in.server";
export * from "./sign-in-session.server";
export * from "./user.server";
