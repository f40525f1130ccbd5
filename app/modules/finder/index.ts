/** The finder module's public face for code that runs anywhere (pure rules and types). */
export * from "./finder-params";
export * from "./finder-query";
