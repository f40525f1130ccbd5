/**
 * Work the server process does in the background: delivering the email outbox.
 * Called once by server.js after the app starts.
 */
let started = false;

export function startBackgroundJobs() {
  if (started) return;
  started = true;
}
