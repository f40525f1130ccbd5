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
