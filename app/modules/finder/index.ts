/** The finder module's public face for code that runs anywhere (pure rules and types). */
export * from "./filters";
export * from "./finder-page";
export * from "./finder-params";
export * from "./finder-query";
