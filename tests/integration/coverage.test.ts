import { describe, expect, it } from "vitest";
import { loader } from "~/routes/coverage._index";
import { prisma } from "~/platform/db.server";
import { call, demoCookie, get } from "./auth.helpers";

const commissionerCookie = () => demoCookie("commissioner@example.org");

type Summary = {
  activeFootprints: number;
  coveredFootprints: number;
  coveredSites: number;
  footprints: { place: { code: string; name: string }; covered: boolean; open: number; cafes: { name: string; status: string }[] }[];
  sites: { place: { name: string }; covered: boolean }[];
};

describe("the commissioner's coverage page", () => {
  it("counts the footprints active today and those with an open café, from the live records", async () => {
    const response = await call(loader, get("/coverage", await commissionerCookie()));
    expect(response.status).toBe(200);
    const { summary } = (await response.json()) as { summary: Summary };

    const activeToday = await prisma.footprint.count({ where: { closedOn: null } });
    expect(summary.activeFootprints).toBe(activeToday);
    // Leicester Health Focus closed in 2022: it is not a target any more.
    expect(summary.footprints.map((r) => r.place.code)).not.toContain("U05796");

    const withOpenCafe = await prisma.footprint.count({
      where: { closedOn: null, cafes: { some: { status: "open" } } },
    });
    expect(summary.coveredFootprints).toBe(withOpenCafe);
    expect(summary.footprints.filter((r) => r.covered)).toHaveLength(withOpenCafe);
    expect(summary.footprints.some((r) => !r.covered)).toBe(true);
  });

  it("updates when a café closes: its footprint becomes a gap if it was the only open one", async () => {
    const footprint = await prisma.footprint.findFirstOrThrow({
      where: { closedOn: null, cafes: { some: { status: "open" } } },
      include: { cafes: { where: { status: "open" } } },
    });
    const cookie = await commissionerCookie();
    const before = (await (await call(loader, get("/coverage", cookie))).json()) as { summary: Summary };
    await prisma.cafe.updateMany({ where: { footprintId: footprint.id, status: "open" }, data: { status: "closed" } });
    const after = (await (await call(loader, get("/coverage", cookie))).json()) as { summary: Summary };
    expect(after.summary.coveredFootprints).toBe(before.summary.coveredFootprints - 1);
    const row = after.summary.footprints.find((r) => r.place.code === footprint.code);
    expect(row).toMatchObject({ covered: false, open: 0 });
    expect(row?.cafes.map((c) => c.status)).not.toContain("closed");
  });

  it("reports the universities separately", async () => {
    const response = await call(loader, get("/coverage", await commissionerCookie()));
    const { summary } = (await response.json()) as { summary: Summary };
    expect(summary.sites.map((s) => s.place.name).sort()).toEqual([
      "De Montfort University",
      "Loughborough University",
      "University of Leicester",
    ]);
    const covered = await prisma.coverageSite.count({ where: { cafes: { some: { status: "open" } } } });
    expect(summary.coveredSites).toBe(covered);
  });
});
