/** The coverage module's public face for code that runs anywhere (pure rules and types). */
export * from "./coverage";
export * from "./dashboard";
export * from "./timeline";
export * from "./week-hours";
