/** The organisation module's public face on the server (reads and writes). */
export * from "./organisation.server";
export * from "./registration.server";
