/** The grants module's public face on the server (reads and writes). */
export * from "./access.server";
export * from "./activity.server";
// ---- award: offer, milestones, launch, monitoring, 360Giving
export * from "./launch.server";
export * from "./milestones.server";
export * from "./monitoring.server";
export * from "./offer.server";
export * from "./threesixty.server";
