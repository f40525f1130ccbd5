/** The oruk module's pure face: the directory's shapes, the HSDS mappers, the API's query rules and ids. */
export * from "./directory";
export * from "./hsds";
export * from "./query";
export * from "./schedules";
export * from "./uuid";
export * from "./openapi";
