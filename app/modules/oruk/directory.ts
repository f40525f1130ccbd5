/**
 * The directory as the Open Referral UK API reads it: every public service (cafés and partner services),
 * the organisations that run them and the managed lists they are tagged with, in the app's own terms.
 * The mappers (./hsds.ts) turn these into HSDS 3.0 objects. Pure: types only.
 */
import type { ServiceArea } from "~/modules/partners";

/** A term of one of the managed lists (a tag), or one of the API's own lists (kind of service, demo). */
export type DirectoryTerm = {
  /** The list: "audience", "language", "access", "support", or the API's own "service-type", "record" */
  taxonomy: string;
  slug: string;
  label: string;
  /** The stored UUID of a managed tag (the API's own terms derive theirs) */
  publicId?: string;
};

export type DirectoryOrganisation = {
  /** The row id (the public UUID is derived from it unless `publicId` is set) */
  key: string;
  publicId?: string;
  slug: string;
  name: string;
  /** In the group's own words; null = none (the API gives a plain one) */
  description: string | null;
  email: string | null;
  website: string | null;
  phone: string | null;
  charityNumber: string | null;
  companyNumber: string | null;
  isDemo: boolean;
  updatedAt: Date;
};

export type DirectoryAddress = {
  line1: string;
  line2: string | null;
  town: string;
  postcode: string;
  /** Leicester, Leicestershire or Rutland */
  county: string;
};

export type DirectoryWeeklySession = {
  key: string;
  /** 1 = Monday … 7 = Sunday */
  dayOfWeek: number;
  startTime: string;
  endTime: string;
  validFrom: string | null;
  validUntil: string | null;
  label: string | null;
};

export type DirectoryException = {
  key: string;
  /** "closed", "hours", "extra", "bank-holiday-open", "bank-holiday-closed" */
  kind: string;
  startDate: string;
  endDate: string;
  startTime: string | null;
  endTime: string | null;
  reason: string;
};

export type DirectoryLocation = {
  key: string;
  publicId?: string;
  name: string;
  description: string | null;
  lat: number;
  lng: number;
  address: DirectoryAddress;
  accessNotes: string | null;
  /** Access features of the place */
  access: DirectoryTerm[];
  sessions: DirectoryWeeklySession[];
  exceptions: DirectoryException[];
  /** "By appointment" rather than opening hours */
  byAppointment: boolean;
};

/** An area a service covers without a fixed place (a footprint, a district, the whole of LLR). */
export type DirectoryArea = {
  key: string;
  name: string;
  /** GeoJSON geometry, when the area has one */
  geometry: string | null;
  /** The area as the partner directory matches places against it */
  served: ServiceArea;
};

export type DirectoryService = {
  /** "cafe" or "partner" */
  source: "cafe" | "partner";
  key: string;
  publicId?: string;
  name: string;
  description: string;
  /** "active" or "temporarily closed" */
  status: "active" | "temporarily closed";
  /** The service's page on this site */
  pageUrl: string;
  website: string | null;
  email: string | null;
  phone: string | null;
  /** Who it is for, in the group's words */
  whoFor: string | null;
  /** How to get it: "drop-in", "self-referral", "referral" or "remote" (partner services); null for cafés */
  accessRoute: string | null;
  /** More on how to get it, in the group's words */
  accessNotes: string | null;
  /** "Free", or what it costs, when known */
  fees: string | null;
  free: boolean | null;
  minimumAge: number | null;
  maximumAge: number | null;
  /** When the group last confirmed the information ("YYYY-MM-DD") */
  assuredDate: string | null;
  isDemo: boolean;
  updatedAt: Date;
  organisation: DirectoryOrganisation;
  locations: DirectoryLocation[];
  areas: DirectoryArea[];
  /** Audiences, support categories, service type and record terms (access terms are on the locations) */
  terms: DirectoryTerm[];
  languages: DirectoryTerm[];
};

export type Directory = {
  services: DirectoryService[];
  organisations: DirectoryOrganisation[];
  /** Every term a service may carry, by taxonomy, in list order */
  terms: DirectoryTerm[];
};
