/** The partners module's public face on the server (reads and writes). */
export * from "./access.server";
export * from "./coverage.server";
export * from "./hide.server";
export * from "./preview.server";
export * from "./manage.server";
export * from "./service-save.server";
export * from "./page.server";
export * from "./profile.server";
export * from "./public.server";
export * from "./reminders.server";
