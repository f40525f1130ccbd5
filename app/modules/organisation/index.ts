/** The organisation module's public face for code that runs anywhere (pure rules and types). */
export * from "./registration";
