import { type prisma, type Tx } from "~/platform/db.server";

/** The email addresses of an application's organisation: its members' (active accounts), or its contact address. */
export async function applicantEmails(tx: Tx | typeof prisma, organisationId: string): Promise<string[]> {
  const members = await tx.roleAssignment.findMany({
    where: { role: "organisation-member", organisationId, user: { disabledAt: null } },
    select: { user: { select: { email: true } } },
  });
  const emails = [...new Set(members.map((m) => m.user.email))];
  if (emails.length) return emails;
  const organisation = await tx.organisation.findUnique({ where: { id: organisationId }, select: { email: true } });
  return organisation?.email ? [organisation.email] : [];
}

/** The grant officers' addresses (active accounts). */
export async function officerEmails(tx: Tx | typeof prisma): Promise<string[]> {
  const officers = await tx.roleAssignment.findMany({
    where: { role: "grant-officer", user: { disabledAt: null } },
    select: { user: { select: { email: true } } },
  });
  return [...new Set(officers.map((o) => o.user.email))];
}
