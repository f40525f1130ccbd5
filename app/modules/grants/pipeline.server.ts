import { prisma } from "~/platform/db.server";

/** Grant applications for one footprint or university, by stage. */
export type AreaApplications = {
  /** Submitted and not yet decided (submitted, more information asked, at panel) */
  submitted: number;
  awarded: number;
  /** Offer accepted: the café is being set up */
  settingUp: number;
  /** Expected launch dates of awarded and accepted applications, earliest first */
  expectedLaunches: string[];
};

const UNDECIDED = ["submitted", "more-information", "at-panel"];
const STAGES = [...UNDECIDED, "awarded", "accepted"];

/**
 * The grant pipeline of every footprint and university that has one: applications under consideration,
 * awarded, and accepted (café in set-up), with the expected launch dates of the last two. Drafts,
 * refusals, withdrawals and launched cafés are not the pipeline (a launched café is coverage).
 */
export async function pipelineByArea(): Promise<{ footprints: Map<string, AreaApplications>; sites: Map<string, AreaApplications> }> {
  const rows = await prisma.grantApplication.findMany({
    where: { status: { in: STAGES } },
    select: { status: true, footprintId: true, coverageSiteId: true, expectedLaunchDate: true },
  });
  const footprints = new Map<string, AreaApplications>();
  const sites = new Map<string, AreaApplications>();
  const entry = (map: Map<string, AreaApplications>, id: string) => {
    let e = map.get(id);
    if (!e) map.set(id, (e = { submitted: 0, awarded: 0, settingUp: 0, expectedLaunches: [] }));
    return e;
  };
  for (const row of rows) {
    const targets = [
      row.footprintId ? entry(footprints, row.footprintId) : null,
      row.coverageSiteId ? entry(sites, row.coverageSiteId) : null,
    ];
    for (const e of targets) {
      if (!e) continue;
      if (UNDECIDED.includes(row.status)) e.submitted += 1;
      else {
        if (row.status === "awarded") e.awarded += 1;
        else e.settingUp += 1;
        if (row.expectedLaunchDate) e.expectedLaunches.push(row.expectedLaunchDate);
      }
    }
  }
  for (const map of [footprints, sites]) for (const e of map.values()) e.expectedLaunches.sort();
  return { footprints, sites };
}

/** The applications under way for one footprint: under consideration, awarded, or in set-up. */
export async function applicationsUnderWay(footprintId: string) {
  return prisma.grantApplication.findMany({
    where: { footprintId, status: { in: STAGES } },
    select: { id: true, reference: true, cafeName: true, status: true, expectedLaunchDate: true },
    orderBy: [{ expectedLaunchDate: "asc" }, { reference: "asc" }],
  });
}
