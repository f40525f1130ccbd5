/** The schedule module's public face for code that runs anywhere (pure rules and types). */
export * from "./opening-hours";
export * from "./week-plan";
export * from "./schema-org-hours";
export * from "./opening-text";
export * from "./week-text";
export * from "./schedule-rows";
export * from "./schedule-validation";
export * from "./upcoming-changes";
export * from "./listing-freshness";
