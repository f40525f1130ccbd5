/** The grants module's public face for code that runs anywhere (pure rules and types). */
export * from "./workflow";
export * from "./sections";
export * from "./section-display";
export * from "./rounds";
export * from "./attachments";
export * from "./emails";
