/** The bookings module's public face for code that runs anywhere (pure rules and types). */
export * from "./availability";
export * from "./booking-form";
export * from "./cap-places";
export * from "./emails";
export * from "./phone";
export * from "./reference";
export * from "./cap-search";
