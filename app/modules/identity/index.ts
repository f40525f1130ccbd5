/** The identity module's public face for code that runs anywhere (pure rules and types). */
export * from "./roles";
export * from "./permissions";
export * from "./forms";
export * from "./invitation";
