import { describe, expect, it } from "vitest";
import { hoursReminderEmail } from "./reminder-email";

describe("the hours reminder email", () => {
  it("names the café, the days since the hours were confirmed and the page to confirm them on", () => {
    const email = hoursReminderEmail("Night Owl Café", 64, "https://example.org/manage/cafes/c1");
    expect(email.subject).toBe("Please check the opening hours of Night Owl Café");
    expect(email.text).toContain("Nobody has confirmed the opening hours of Night Owl Café for 64 days.");
    expect(email.text).toContain("\nhttps://example.org/manage/cafes/c1\n");
  });

  it("says when the hours were never confirmed", () => {
    const email = hoursReminderEmail("Night Owl Café", null, "https://example.org/manage/cafes/c1");
    expect(email.text).toContain("The opening hours of Night Owl Café have never been confirmed.");
    expect(email.text).not.toContain("{");
  });
});
