/** The cafe module's public face for code that runs anywhere (pure rules and types). */
export * from "./admin-forms";
export * from "./cafe-details";
export * from "./cafe-status";
export * from "./forms";
export * from "./listed-cafe";
export * from "./localised-text";
export * from "./text-summary";
