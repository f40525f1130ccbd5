/** The outbox module's public face for code that runs anywhere (types). */
export * from "./outbox-row";
