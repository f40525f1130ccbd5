-- When a signed-in browser was last used, for the idle timeout (SESSION_IDLE_MINUTES). Existing sessions
-- start with none: their next use starts the count, so nobody is signed out by the release.
ALTER TABLE "SignInSession" ADD COLUMN "lastUsedAt" DATETIME;
