import { resetEnvCache } from "~/platform/env.server";

/** Pins the app's clock (FIXED_NOW) at `at`; null lets it run again. */
export function setClock(at: Date | null) {
  process.env.FIXED_NOW = at ? at.toISOString() : "";
  resetEnvCache();
}
