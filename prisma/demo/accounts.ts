/**
 * Demonstration accounts, one per role, all with the same password. The people are invented; the
 * addresses use example.org, which is reserved and never delivers mail.
 */
export const DEMO_PASSWORD = "cafe-network-demo";

export type DemoAccount = {
  email: string;
  name: string;
  role: "admin" | "grant-officer" | "panel-member" | "commissioner" | "cap-staff" | "organisation-member" | "cafe-manager";
  /** For an organisation member: the organisation's slug. */
  organisation?: string;
  /** For a café manager: the cafés' slugs. */
  cafes?: readonly string[];
};

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { email: "admin@example.org", name: "Morgan Ellis", role: "admin" },
  { email: "officer@example.org", name: "Grace Adeyemi", role: "grant-officer" },
  { email: "panel@example.org", name: "Tom Hollis", role: "panel-member" },
  { email: "commissioner@example.org", name: "Helen Marsh", role: "commissioner" },
  { email: "cap@example.org", name: "Jordan Price", role: "cap-staff" },
  { email: "vcs@example.org", name: "Samira Khan", role: "organisation-member", organisation: "clocktower-listening-collective" },
  {
    email: "cafe@example.org",
    name: "Daniel Novak",
    role: "cafe-manager",
    cafes: ["clocktower-evening-cafe", "beaumont-leys-living-room-cafe"],
  },
];
