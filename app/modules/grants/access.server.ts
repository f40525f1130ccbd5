import { prisma } from "~/platform/db.server";
import { holdsRole, type PermissionHolder } from "~/modules/identity";

/**
 * How a person may see one grant application — the single gate every application page, attachment
 * download, score and comment goes through:
 * - "staff": grant officers and admins see everything;
 * - "applicant": members of the applying organisation see its text, attachments, messages and the
 *   applicant-visible log, never scores, panel comments or staff-only log entries;
 * - "panel": a panel member assigned to it (or its round) who has declared no conflict;
 * - "undeclared": assigned, but has not declared yet: may see only the reference and the organisation's
 *   name, to declare;
 * - "recused": declared a conflict: sees nothing of it again;
 * - null: no access at all (commissioners see the pipeline as counts, never an application).
 */
export type ApplicationAccess = "staff" | "applicant" | "panel" | "undeclared" | "recused";

export type AccessedApplication = { id: string; organisationId: string; roundId: string; status: string };

export async function applicationAccess(
  user: PermissionHolder & { id: string },
  applicationId: string,
): Promise<{ access: ApplicationAccess; application: AccessedApplication } | null> {
  const application = await prisma.grantApplication.findUnique({
    where: { id: applicationId },
    select: { id: true, organisationId: true, roundId: true, status: true },
  });
  if (!application) return null;
  if (holdsRole(user, "admin", "grant-officer")) return { access: "staff", application };
  if (user.roles.some((r) => r.role === "organisation-member" && r.organisationId === application.organisationId)) {
    return { access: "applicant", application };
  }
  if (!holdsRole(user, "panel-member") || application.status === "draft") return null;
  const [assignment, declaration] = await Promise.all([
    prisma.panelAssignment.findFirst({
      where: { userId: user.id, roundId: application.roundId, OR: [{ applicationId: null }, { applicationId }] },
      select: { id: true },
    }),
    prisma.conflictDeclaration.findUnique({ where: { applicationId_userId: { applicationId, userId: user.id } } }),
  ]);
  if (!assignment) return null;
  if (!declaration) return { access: "undeclared", application };
  return { access: declaration.hasConflict ? "recused" : "panel", application };
}
