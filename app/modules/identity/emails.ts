import { t } from "~/lib/i18n";
import type { Role } from "./roles";

/**
 * The words of the emails people get from their account: written into the outbox by the server code
 * (invitation.server.ts, user.server.ts) at the moment of the change, so they are worded there, from here.
 */
export type EmailWords = { subject: string; text: string };

export function invitationEmail(input: {
  /** Who sends it; null for the system. */
  inviter: string | null;
  role: Role;
  /** The organisation or café the role is for, if it is for one. */
  scope: string | null;
  link: string;
  days: number;
}): EmailWords {
  const inviter = input.inviter ?? t("auth.invitationEmail.someone");
  const role = t(`auth.role.${input.role}`);
  return {
    subject: t("auth.invitationEmail.subject", { inviter }),
    text: t("auth.invitationEmail.text", {
      inviter,
      role: input.scope ? t("auth.invitationEmail.roleFor", { role, scope: input.scope }) : role,
      link: input.link,
      days: input.days,
    }),
  };
}

/** The email that finishes an organisation's self-registration: the person confirms their address. */
export function registrationEmail(input: { organisation: string; link: string; days: number }): EmailWords {
  return {
    subject: t("auth.registrationEmail.subject", { organisation: input.organisation }),
    text: t("auth.registrationEmail.text", { organisation: input.organisation, link: input.link, days: input.days }),
  };
}

export function passwordResetEmail(input: { name: string; link: string; minutes: number }): EmailWords {
  return {
    subject: t("auth.resetEmail.subject"),
    text: t("auth.resetEmail.text", { name: input.name, link: input.link, minutes: input.minutes }),
  };
}
