/**
 * Why an invitation was written: an ordinary invitation (a person, or the system, asks someone to take a
 * role), or the last step of an organisation's self-registration (the person who registered it confirms
 * their email address). The invitation's email and its page are worded by it.
 */
export type InvitationPurpose = "invitation" | "registration";

/** What an invitation keeps that tells its purpose. */
export type InvitationFacts = {
  email: string;
  role: string;
  invitedById: string | null;
  /** The organisation it is for, if any: the address it registered with, and when it registered (null if an admin added it). */
  organisation: { email: string | null; registeredAt: Date | null } | null;
};

/**
 * The key rule: an invitation is a registration's when nobody sent it, it is for membership of an
 * organisation that registered itself, and it goes to the address that organisation registered with.
 * Registering writes exactly that; every other invitation of a member is sent by a member, an admin or
 * a grant officer, and accounts are never deleted, so none other matches.
 */
export function invitationPurpose(invitation: InvitationFacts): InvitationPurpose {
  const org = invitation.organisation;
  const registration =
    invitation.invitedById === null &&
    invitation.role === "organisation-member" &&
    org !== null &&
    org.registeredAt !== null &&
    org.email !== null &&
    sameAddress(org.email, invitation.email);
  return registration ? "registration" : "invitation";
}

function sameAddress(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}
