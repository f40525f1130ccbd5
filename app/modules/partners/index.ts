/** The partners module's public face for code that runs anywhere (pure rules and types). */
export * from "./areas";
export * from "./forms";
export * from "./query";
export * from "./reminder-email";
export * from "./search";
export * from "./service-rules";
export * from "./summary";
export * from "./types";
