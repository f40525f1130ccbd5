import { FIRST_HOURLY_RUN_AFTER_MS, HOURLY_MS, type BackgroundJob } from "~/platform/jobs.server";
import { pruneExpiredSignInSessions } from "./sign-in-session.server";

/** Hourly: deletes sign-in sessions past their expiry. */
export const identityJobs: BackgroundJob[] = [
  { name: "expired sign-in sessions", everyMs: HOURLY_MS, firstAfterMs: FIRST_HOURLY_RUN_AFTER_MS, run: pruneExpiredSignInSessions },
];
