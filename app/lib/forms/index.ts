/** Forms: one way to write one (see ./use-app-form.ts): a zod schema, Conform, the same rules on both sides. */
export * from "./schema";
export * from "./submission";
export * from "./use-app-form";
