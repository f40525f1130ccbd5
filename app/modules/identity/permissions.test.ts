import { describe, expect, it } from "vitest";
import { can, homePathFor, ownedIds, PERMISSIONS, type RoleHolding } from "./permissions";
import { ROLES, type Role } from "./roles";

const holding = (role: Role, scope: Partial<RoleHolding> = {}): RoleHolding => ({ role, organisationId: null, cafeId: null, ...scope });
const user = (...roles: RoleHolding[]) => ({ roles });

describe("permissions", () => {
  it("let an admin do everything, and someone signed out nothing", () => {
    for (const permission of PERMISSIONS) {
      expect(can(user(holding("admin")), permission, { cafeId: "c1", organisationId: "o1" })).toBe(true);
      expect(can(null, permission)).toBe(false);
    }
  });

  it("let a café manager read and change their own café only", () => {
    const manager = user(holding("cafe-manager", { cafeId: "c1" }));
    expect(can(manager, "cafe.edit", { cafeId: "c1" })).toBe(true);
    expect(can(manager, "cafe.view", { cafeId: "c1" })).toBe(true);
    expect(can(manager, "cafe.edit", { cafeId: "c2" })).toBe(false);
    expect(can(manager, "cafe.view", { cafeId: "c2" })).toBe(false);
    expect(can(manager, "cafe.footprint.change")).toBe(false);
    expect(can(manager, "cafe.administer")).toBe(false);
    expect(can(manager, "cafes.list")).toBe(true);
    expect(can(manager, "cafes.all")).toBe(false);
    expect(ownedIds(manager, "cafe.edit")).toEqual(["c1"]);
  });

  it("let a commissioner read every café and move it between footprints, but not change its hours", () => {
    const commissioner = user(holding("commissioner"));
    expect(can(commissioner, "cafe.view", { cafeId: "c1" })).toBe(true);
    expect(can(commissioner, "cafe.edit", { cafeId: "c1" })).toBe(false);
    expect(can(commissioner, "cafe.footprint.change")).toBe(true);
    expect(can(commissioner, "coverage.view")).toBe(true);
    expect(can(commissioner, "listings.remind")).toBe(false);
    expect(can(commissioner, "cafes.all")).toBe(true);
  });

  it("let an organisation member act for their own organisation only", () => {
    const member = user(holding("organisation-member", { organisationId: "o1" }));
    expect(can(member, "organisation.act", { organisationId: "o1" })).toBe(true);
    expect(can(member, "organisation.act", { organisationId: "o2" })).toBe(false);
    expect(can(member, "cafe.edit", { cafeId: "c1" })).toBe(false);
    expect(can(member, "partners.hide")).toBe(false);
  });

  it("let grant officers and admins hide a partner service or organisation, and no one else", () => {
    expect(can(user(holding("grant-officer")), "partners.hide")).toBe(true);
    expect(can(user(holding("admin")), "partners.hide")).toBe(true);
    for (const role of ["commissioner", "cap-staff", "panel-member", "cafe-manager"] as const) {
      expect(can(user(holding(role, { cafeId: "c1" })), "partners.hide")).toBe(false);
    }
  });

  it("give each staff role its own home and nothing else of the admin's", () => {
    const homes: Partial<Record<Role, string>> = { "grant-officer": "grants.view", "panel-member": "panel.view", "cap-staff": "cap.use" };
    for (const role of ROLES) {
      const permission = homes[role];
      if (!permission) continue;
      expect(can(user(holding(role)), permission as never)).toBe(true);
      expect(can(user(holding(role)), "admin")).toBe(false);
      expect(can(user(holding(role)), "cafe.edit", { cafeId: "c1" })).toBe(false);
    }
  });
});

// Grants (issue 9): panel
describe("grants permissions", () => {
  it("let officers manage grants, panel members review, members apply for their own organisation, commissioners see only the pipeline", () => {
    const officer = user(holding("grant-officer"));
    const panel = user(holding("panel-member"));
    const member = user(holding("organisation-member", { organisationId: "o1" }));
    const commissioner = user(holding("commissioner"));
    expect(can(officer, "grants.manage")).toBe(true);
    expect(can(officer, "grants.pipeline")).toBe(true);
    expect(can(officer, "panel.review")).toBe(false);
    expect(can(panel, "panel.review")).toBe(true);
    expect(can(panel, "grants.manage")).toBe(false);
    expect(can(panel, "grants.pipeline")).toBe(false);
    expect(can(member, "organisation.apply", { organisationId: "o1" })).toBe(true);
    expect(can(member, "organisation.apply", { organisationId: "o2" })).toBe(false);
    expect(can(member, "grants.manage")).toBe(false);
    expect(can(commissioner, "grants.pipeline")).toBe(true);
    expect(can(commissioner, "grants.manage")).toBe(false);
    expect(can(commissioner, "panel.review")).toBe(false);
  });
});

describe("where each role lands", () => {
  const roles = (...names: Role[]) => user(...names.map((name) => holding(name)));
  it("sends each role to its own home", () => {
    expect(homePathFor(roles("cafe-manager"))).toBe("/manage");
    expect(homePathFor(roles("cap-staff"))).toBe("/cap");
    expect(homePathFor(roles("organisation-member"))).toBe("/organisation");
    expect(homePathFor(roles("admin"))).toBe("/admin");
    expect(homePathFor(roles("grant-officer"))).toBe("/grants");
    expect(homePathFor(roles("panel-member"))).toBe("/panel");
    expect(homePathFor(roles("commissioner"))).toBe("/coverage");
  });
  it("prefers the broader role when a user holds several", () => {
    expect(homePathFor(roles("cafe-manager", "admin"))).toBe("/admin");
    expect(homePathFor(roles("organisation-member", "cafe-manager"))).toBe("/manage");
    expect(homePathFor(roles("commissioner", "grant-officer"))).toBe("/grants");
  });
  it("sends a user without roles to their account page", () => {
    expect(homePathFor(roles())).toBe("/account");
  });
});

// Grants (apply)
describe("grants: rounds, verification and applications", () => {
  it("let grant officers and admins manage rounds and verify organisations, no one else", () => {
    expect(can(user(holding("grant-officer")), "grants.manage")).toBe(true);
    expect(can(user(holding("admin")), "grants.manage")).toBe(true);
    for (const role of ["panel-member", "commissioner", "cap-staff", "cafe-manager", "organisation-member"] as const) {
      expect(can(user(holding(role, { organisationId: "o1", cafeId: "c1" })), "grants.manage")).toBe(false);
    }
  });

  it("let an organisation member apply for their own organisation only", () => {
    const member = user(holding("organisation-member", { organisationId: "o1" }));
    expect(can(member, "organisation.apply", { organisationId: "o1" })).toBe(true);
    expect(can(member, "organisation.apply", { organisationId: "o2" })).toBe(false);
    expect(can(user(holding("grant-officer")), "organisation.apply", { organisationId: "o1" })).toBe(false);
    expect(can(user(holding("commissioner")), "organisation.apply", { organisationId: "o1" })).toBe(false);
  });
});

// ---- grants: award (issue 9)
describe("grants permissions (award)", () => {
  it("let grant officers and admins manage awards, and no one else", () => {
    for (const role of ROLES) {
      expect(can(user(holding(role, { organisationId: "o1", cafeId: "c1" })), "grants.manage")).toBe(role === "admin" || role === "grant-officer");
    }
  });
  it("let an organisation member act on their own organisation's grants only", () => {
    const member = user(holding("organisation-member", { organisationId: "o1" }));
    expect(can(member, "organisation.apply", { organisationId: "o1" })).toBe(true);
    expect(can(member, "organisation.apply", { organisationId: "o2" })).toBe(false);
    expect(ownedIds(member, "organisation.apply")).toEqual(["o1"]);
    for (const role of ["grant-officer", "panel-member", "commissioner", "cafe-manager", "cap-staff"] as const) {
      expect(can(user(holding(role, { cafeId: "c1" })), "organisation.apply", { organisationId: "o1" })).toBe(false);
    }
  });
});
