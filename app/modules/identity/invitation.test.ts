import { describe, expect, it } from "vitest";
import { invitationPurpose, type InvitationFacts } from "./invitation";

const registered = new Date("2026-11-20T10:00:00Z");
const registration: InvitationFacts = {
  email: "ria@group.example",
  role: "organisation-member",
  invitedById: null,
  organisation: { email: "ria@group.example", registeredAt: registered },
};

describe("an invitation's purpose", () => {
  it("is a registration when nobody sent it, for membership of a self-registered organisation, to the address it registered with", () => {
    expect(invitationPurpose(registration)).toBe("registration");
  });

  it("compares the addresses as email addresses (case and spaces aside)", () => {
    expect(invitationPurpose({ ...registration, organisation: { email: " Ria@Group.Example ", registeredAt: registered } })).toBe("registration");
  });

  it("is an ordinary invitation when anything else differs", () => {
    const others: [string, InvitationFacts][] = [
      ["sent by a member", { ...registration, invitedById: "member-1" }],
      ["for another address", { ...registration, email: "colleague@group.example" }],
      ["for an organisation an admin added", { ...registration, organisation: { email: "ria@group.example", registeredAt: null } }],
      ["for an organisation without an address", { ...registration, organisation: { email: null, registeredAt: registered } }],
      ["for no organisation", { ...registration, role: "admin", organisation: null }],
      ["for another role", { ...registration, role: "cafe-manager" }],
    ];
    for (const [why, facts] of others) expect(invitationPurpose(facts), why).toBe("invitation");
  });
});
