/** The cafe module's public face on the server (reads and writes). */
export * from "./cafe-admin.server";
export * from "./cafe-print.server";
export * from "./demo-data.server";
export * from "./details.server";
export * from "./exceptions.server";
export * from "./jobs.server";
export * from "./listed-cafes.server";
export * from "./listed-index.server";
export * from "./management.server";
export * from "./offers.server";
export * from "./public-cafe.server";
export * from "./sessions.server";
export * from "./stale-listings.server";
export * from "./translation-hash.server";
export * from "./translations.server";
export type { CafePermission, CheckResult, Refusal, WriteResult } from "./write-frame.server";
