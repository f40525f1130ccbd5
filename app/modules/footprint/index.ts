/** The footprint module's public face for code that runs anywhere (pure rules and types). */
export * from "./active-on";
export * from "./map-boundaries";
export * from "./practice-code";
