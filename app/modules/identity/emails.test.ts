import { describe, expect, it } from "vitest";
import { invitationEmail, passwordResetEmail } from "./emails";

describe("the account emails' words", () => {
  it("an invitation names who sends it, the role and what it is for, the link and how long it lasts", () => {
    const email = invitationEmail({ inviter: "Asha Patel", role: "cafe-manager", scope: "Hinckley Café", link: "https://cafes.example/invitations/abc", days: 14 });
    expect(email.subject).toContain("Asha Patel");
    expect(email.text).toContain("Asha Patel");
    expect(email.text).toContain("Hinckley Café");
    expect(email.text).toContain("https://cafes.example/invitations/abc");
    expect(email.text).toContain("14 days");
    expect(email.text).not.toMatch(/\{\w+\}/);
  });

  it("an invitation from the system names the team, and a role without a scope stands alone", () => {
    const email = invitationEmail({ inviter: null, role: "admin", scope: null, link: "https://cafes.example/invitations/x", days: 14 });
    expect(email.subject).toBe("The Café Network team invited you to Café Network");
    expect(email.text).not.toContain(" for ");
    expect(email.text).not.toMatch(/\{\w+\}/);
  });

  it("a password reset greets the person and gives the link and its minutes", () => {
    const email = passwordResetEmail({ name: "Sam", link: "https://cafes.example/reset-password/t", minutes: 60 });
    expect(email.subject).toBe("Reset your Café Network password");
    expect(email.text).toContain("Hello Sam,");
    expect(email.text).toContain("https://cafes.example/reset-password/t");
    expect(email.text).toContain("60 minutes");
  });
});
