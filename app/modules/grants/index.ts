/** The grants module's public face for code that runs anywhere (pure rules and types). */
export * from "./workflow";
export * from "./sections";
export * from "./section-display";
export * from "./award-link";
export * from "./problems";
export * from "./rounds";
export * from "./attachments";
export * from "./emails";
// Panel, screening, decision (issue 9, panel part)
export * from "./decision";
export * from "./panel";
export * from "./results";
export * from "./scoring";
export * from "./scoring-csv";
export * from "./thread";
export * from "./screening";
// ---- award: offer, milestones, launch, monitoring, 360Giving
export * from "./award-result";
export * from "./milestones";
export * from "./monitoring";
export * from "./offer";
export * from "./threesixty";
export * from "./award-forms";
export * from "./guidance";
