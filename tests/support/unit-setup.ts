import { configurePropertyRuns } from "./property-runs";

/**
 * Runs before each unit test file (pure rules and components, beside their modules). They share one
 * process per worker (no database, no state of their own between files), so that the modules they
 * import are loaded once, not once per file.
 */
process.env.SESSION_SECRET ??= "test-session-secret-at-least-32-characters";
process.env.NODE_ENV = "test";
process.env.FIXED_NOW ??= "";
configurePropertyRuns();
