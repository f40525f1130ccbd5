import { isMessageCode, t, type MessageKey } from "~/lib/i18n";

/** An application status in words ("at-panel" → "At panel"); an unknown one as it is. */
export function statusLabel(status: string): string {
  const key = `grantsPanel.status.${status}`;
  return isMessageCode(key) ? t(key as MessageKey) : status;
}
