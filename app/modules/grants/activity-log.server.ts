import { prisma } from "~/platform/db.server";
import type { ApplicationAccess } from "./access.server";

/**
 * The read side of an application's append-only activity log: staff read every entry; the applicant reads
 * only the entries marked visible to them; panel members and everyone else read none. Oldest first.
 */
export type ActivityEntry = {
  id: string;
  at: Date;
  action: string;
  fromStatus: string | null;
  toStatus: string | null;
  note: string | null;
  actor: string | null;
  visibleToApplicant: boolean;
};

export async function activityLog(access: ApplicationAccess, applicationId: string): Promise<ActivityEntry[] | null> {
  if (access !== "staff" && access !== "applicant") return null;
  const rows = await prisma.applicationActivity.findMany({
    where: { applicationId, ...(access === "applicant" ? { visibleToApplicant: true } : {}) },
    orderBy: [{ at: "asc" }, { id: "asc" }],
    select: { id: true, at: true, action: true, fromStatus: true, toStatus: true, note: true, actorId: true, visibleToApplicant: true },
  });
  const actors = await prisma.user.findMany({
    where: { id: { in: [...new Set(rows.map((r) => r.actorId).filter((id): id is string => !!id))] } },
    select: { id: true, name: true },
  });
  const names = new Map(actors.map((a) => [a.id, a.name]));
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    action: r.action,
    fromStatus: r.fromStatus,
    toStatus: r.toStatus,
    note: r.note,
    actor: r.actorId ? (names.get(r.actorId) ?? null) : null,
    visibleToApplicant: r.visibleToApplicant,
  }));
}
