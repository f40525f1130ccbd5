/** The geo module's public face for code that runs anywhere (pure rules and types). */
export * from "./distance";
export * from "./geometry";
export type { GeocodePrecision, LLRArea } from "./llr-areas";
export * from "./nearest";
export * from "./postcode";
export * from "./text-match";
