import { prisma } from "~/platform/db.server";

/**
 * Organisations (VCS groups), read side: the organisation member's home, the grant officer's overview,
 * and the choices on the admin's invitation form. Callers check the permission first ("organisation.act", "admin").
 */
export type OrganisationCafe = {
  id: string;
  slug: string;
  name: string;
  status: string;
  town: string;
  postcode: string;
};

export type OrganisationHome = {
  id: string;
  name: string;
  charityNumber: string | null;
  companyNumber: string | null;
  addressLine1: string | null;
  town: string | null;
  postcode: string | null;
  contactName: string | null;
  email: string | null;
  phone: string | null;
  website: string | null;
  communities: string | null;
  isDemo: boolean;
  cafes: OrganisationCafe[];
};

const cafeSelect = { id: true, slug: true, name: true, status: true, town: true, postcode: true } as const;

export async function getOrganisationHome(organisationId: string): Promise<OrganisationHome | null> {
  return prisma.organisation.findUnique({
    where: { id: organisationId },
    select: {
      id: true,
      name: true,
      charityNumber: true,
      companyNumber: true,
      addressLine1: true,
      town: true,
      postcode: true,
      contactName: true,
      email: true,
      phone: true,
      website: true,
      communities: true,
      isDemo: true,
      cafes: { select: cafeSelect, orderBy: [{ name: "asc" }, { id: "asc" }] },
    },
  });
}

/** Names of the given organisations, in name order (the member's choice when they belong to several). */
export async function organisationNames(ids: string[]): Promise<{ id: string; name: string }[]> {
  if (ids.length === 0) return [];
  return prisma.organisation.findMany({ where: { id: { in: ids } }, select: { id: true, name: true }, orderBy: [{ name: "asc" }, { id: "asc" }] });
}

export type OrganisationSummary = { id: string; name: string; town: string | null; cafes: number; openCafes: number };

/** Every organisation with how many cafés it runs and how many are open. */
export async function listOrganisationSummaries(): Promise<OrganisationSummary[]> {
  const rows = await prisma.organisation.findMany({
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true, town: true, cafes: { select: { status: true } } },
  });
  return rows.map((o) => ({
    id: o.id,
    name: o.name,
    town: o.town,
    cafes: o.cafes.length,
    openCafes: o.cafes.filter((c) => c.status === "open").length,
  }));
}

/** Statuses of a café that is not open yet. */
export const SETTING_UP_STATUSES = ["planned", "setting-up"] as const;

export type CafeInSetUp = OrganisationCafe & { organisation: { id: string; name: string } };

/** Cafés planned or being set up, with their organisation. */
export async function listCafesInSetUp(): Promise<CafeInSetUp[]> {
  return prisma.cafe.findMany({
    where: { status: { in: [...SETTING_UP_STATUSES] } },
    orderBy: [{ status: "asc" }, { name: "asc" }],
    select: { ...cafeSelect, organisation: { select: { id: true, name: true } } },
  });
}

export async function organisationChoices(): Promise<{ id: string; name: string }[]> {
  return prisma.organisation.findMany({ orderBy: [{ name: "asc" }, { id: "asc" }], select: { id: true, name: true } });
}

export async function cafeChoices(): Promise<{ id: string; name: string; organisationName: string }[]> {
  const rows = await prisma.cafe.findMany({
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true, organisation: { select: { name: true } } },
  });
  return rows.map((c) => ({ id: c.id, name: c.name, organisationName: c.organisation.name }));
}

export async function organisationExists(id: string): Promise<boolean> {
  return !!(await prisma.organisation.findUnique({ where: { id }, select: { id: true } }));
}

export async function cafeExists(id: string): Promise<boolean> {
  return !!(await prisma.cafe.findUnique({ where: { id }, select: { id: true } }));
}
