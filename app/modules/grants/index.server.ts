/** The grants module's public face on the server (reads and writes). */
export * from "./access.server";
export * from "./pipeline.server";
export * from "./activity.server";
export * from "./applications.server";
export * from "./attachments.server";
export * from "./rounds.server";
// Panel, screening, decision (issue 9, panel part)
export * from "./activity-log.server";
export * from "./decision.server";
export * from "./notify.server";
export * from "./panel.server";
export * from "./scoring.server";
export * from "./thread.server";
export * from "./screening.server";
// ---- award: offer, milestones, launch, monitoring, 360Giving
export * from "./launch.server";
export * from "./milestones.server";
export * from "./monitoring.server";
export * from "./offer.server";
export * from "./threesixty.server";
export * from "./round-guidance.server";
export * from "./withdraw.server";
