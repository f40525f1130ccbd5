import { describe, expect, it } from "vitest";
import {
  daysSinceVerified,
  hoursNotConfirmedRecently,
  isOverdue,
  listingFreshness,
  reminderDue,
} from "./listing-freshness";

const NOW = new Date("2026-11-25T18:30:00Z");
const daysAgo = (days: number, hours = 0) => new Date(NOW.getTime() - (days * 24 + hours) * 3_600_000);

describe("listing freshness", () => {
  it("counts whole days since the hours were confirmed", () => {
    expect(daysSinceVerified(daysAgo(0, 5), NOW)).toBe(0);
    expect(daysSinceVerified(daysAgo(59, 23), NOW)).toBe(59);
    expect(daysSinceVerified(daysAgo(60).toISOString(), NOW)).toBe(60);
    expect(daysSinceVerified(null, NOW)).toBeNull();
  });

  it("is fresh before 60 days, due a reminder from 60, stale from 90", () => {
    expect(listingFreshness(daysAgo(59, 23), NOW)).toBe("fresh");
    expect(listingFreshness(daysAgo(60), NOW)).toBe("reminder-due");
    expect(listingFreshness(daysAgo(89, 23), NOW)).toBe("reminder-due");
    expect(listingFreshness(daysAgo(90), NOW)).toBe("stale");
    expect(listingFreshness(null, NOW)).toBe("stale");
  });

  it("tells the public page to say 'call before travelling' only after 90 days (or never confirmed)", () => {
    expect(hoursNotConfirmedRecently(daysAgo(89), NOW)).toBe(false);
    expect(hoursNotConfirmedRecently(daysAgo(90), NOW)).toBe(true);
    expect(hoursNotConfirmedRecently(undefined, NOW)).toBe(true);
    expect(isOverdue(daysAgo(61), NOW)).toBe(true);
    expect(isOverdue(daysAgo(10), NOW)).toBe(false);
  });

  it("reminds after 60 days, then at most once a week", () => {
    expect(reminderDue({ hoursVerifiedAt: daysAgo(59), staleReminderSentAt: null }, NOW)).toBe(false);
    expect(reminderDue({ hoursVerifiedAt: daysAgo(60), staleReminderSentAt: null }, NOW)).toBe(true);
    expect(reminderDue({ hoursVerifiedAt: daysAgo(70), staleReminderSentAt: daysAgo(6, 23) }, NOW)).toBe(false);
    expect(reminderDue({ hoursVerifiedAt: daysAgo(70), staleReminderSentAt: daysAgo(7) }, NOW)).toBe(true);
    expect(reminderDue({ hoursVerifiedAt: null, staleReminderSentAt: null }, NOW)).toBe(true);
  });

  it("stops reminding once the hours are confirmed again", () => {
    expect(reminderDue({ hoursVerifiedAt: daysAgo(0), staleReminderSentAt: daysAgo(30) }, NOW)).toBe(false);
  });
});
