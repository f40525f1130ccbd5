/** A small directory for the pure tests: one café and one partner service of one group. */
import type { DirectoryOrganisation, DirectoryService } from "./directory";

export const GROUP: DirectoryOrganisation = {
  key: "org1",
  publicId: "0b6f0b7e-58c1-4c36-9a52-8a4b8c0f2a11",
  slug: "clocktower",
  name: "Clocktower Listening Collective",
  description: null,
  email: "hello@clocktower.example",
  website: "clocktower.example",
  phone: "0116 496 0001",
  charityNumber: "DEMO-100001",
  companyNumber: null,
  isDemo: true,
  updatedAt: new Date("2026-11-01T10:00:00Z"),
};

export function cafe(overrides: Partial<DirectoryService> = {}): DirectoryService {
  return {
    source: "cafe",
    key: "cafe1",
    publicId: "5a3b2e0c-3f7e-4f5e-8a0f-4b9c3f1d2e01",
    name: "Lantern Women's Café",
    description: "A calm evening café.",
    status: "active",
    pageUrl: "http://localhost:3000/cafes/lantern",
    website: null,
    email: "not an email",
    phone: "0116 496 0101",
    whoFor: "Women 18 and over",
    accessRoute: null,
    accessNotes: null,
    fees: null,
    free: null,
    minimumAge: null,
    maximumAge: null,
    assuredDate: "2026-11-20",
    isDemo: true,
    updatedAt: new Date("2026-11-20T09:00:00Z"),
    organisation: GROUP,
    locations: [
      {
        key: "cafe1",
        name: "The Lamplight Rooms",
        description: "Bus 14 stops outside.",
        lat: 52.6361,
        lng: -1.1312,
        address: { line1: "12 Market Street", line2: null, town: "Leicester", postcode: "LE1 1HL", county: "Leicester" },
        accessNotes: "Step-free entrance.",
        access: [{ taxonomy: "access", slug: "step-free-access", label: "Step-free access", publicId: "9a0c2a43-3c55-4f1b-9a3e-f2f0f1a1b111" }],
        sessions: [
          { key: "s1", dayOfWeek: 3, startTime: "18:00", endTime: "21:00", validFrom: null, validUntil: null, label: null },
          { key: "s2", dayOfWeek: 1, startTime: "18:00", endTime: "21:00", validFrom: null, validUntil: null, label: null },
          { key: "s3", dayOfWeek: 5, startTime: "20:00", endTime: "02:00", validFrom: null, validUntil: null, label: null },
          { key: "s4", dayOfWeek: 6, startTime: "10:00", endTime: "12:00", validFrom: null, validUntil: "2026-01-01", label: null },
        ],
        exceptions: [
          { key: "e1", kind: "closed", startDate: "2026-12-24", endDate: "2026-12-26", startTime: null, endTime: null, reason: "Christmas" },
          { key: "e2", kind: "extra", startDate: "2026-12-30", endDate: "2026-12-30", startTime: "14:00", endTime: "16:00", reason: "" },
          { key: "e3", kind: "closed", startDate: "2026-10-01", endDate: "2026-10-02", startTime: null, endTime: null, reason: "Past" },
        ],
        byAppointment: false,
      },
    ],
    areas: [],
    terms: [{ taxonomy: "audience", slug: "women-only", label: "Women only", publicId: "3c2d1e0f-1111-4222-8333-444455556666" }],
    languages: [{ taxonomy: "language", slug: "urdu", label: "Urdu", publicId: "7d6e5f40-1111-4222-8333-444455556666" }],
    ...overrides,
  };
}

export function phoneLine(overrides: Partial<DirectoryService> = {}): DirectoryService {
  return cafe({
    source: "partner",
    key: "p1",
    publicId: "1e2d3c4b-5a69-4788-9aab-bccddeeff001",
    name: "Money Advice Line",
    description: "Debt advice by phone.",
    pageUrl: "http://localhost:3000/partners/clocktower",
    whoFor: null,
    accessRoute: "remote",
    accessNotes: "Ring first",
    free: true,
    minimumAge: 18,
    maximumAge: 65,
    isDemo: false,
    locations: [],
    areas: [{ key: "a1", name: "Rutland", geometry: null, served: { kind: "district", district: "Rutland" } }],
    terms: [{ taxonomy: "support", slug: "debt-and-money-advice", label: "Debt and money advice", publicId: "8f7e6d5c-1111-4222-8333-444455556666" }],
    languages: [],
    ...overrides,
  });
}
