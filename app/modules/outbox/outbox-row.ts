/** An email of the outbox, as the admins' view of it lists it. */
export type OutboxRow = {
  id: string;
  to: string;
  subject: string;
  kind: string;
  status: string;
  attempts: number;
  /** Every attempt, also those before "Try sending again" (which starts `attempts` again from 0) */
  attemptsInAll: number;
  lastError: string | null;
  createdAt: Date;
  sentAt: Date | null;
  nextAttemptAt: Date;
};

/**
 * Where the secret link of an email (a password-reset or invitation link) goes in its stored text: the
 * link itself waits sealed beside it, and is put in only when the email is sent, or shown to an admin
 * where no email provider is configured (outbox.server.ts).
 */
export const LINK_PLACEHOLDER = "[[secret-link]]";

/** The text with its link placeholder(s) replaced by `link` (or by words saying it is hidden). */
export function fillLink(text: string, link: string): string {
  return text.split(LINK_PLACEHOLDER).join(link);
}
