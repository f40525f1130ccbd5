/** The bookings module's public face on the server (reads and writes). */
export * from "./bookings.server";
export * from "./cap.server";
export * from "./find.server";
export * from "./manage.server";
export * from "./move.server";
export * from "./jobs.server";
export * from "./retention.server";
