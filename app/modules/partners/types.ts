/** The public shapes of partner services and profiles, as loaders hand them to the pages. */
import type { ServiceArea } from "./areas";
import type { OpeningState, Schedule } from "~/modules/schedule";

export type TagLabel = { slug: string; label: string };

export type PublicLocation = {
  id: string;
  name: string;
  address: string[];
  postcode: string;
  lat: number;
  lng: number;
  byAppointment: boolean;
  schedule: Schedule;
};

export type PublicArea = ServiceArea & { label: string };

export type PublicService = {
  id: string;
  slug: string;
  name: string;
  description: string;
  whoFor: string | null;
  access: string;
  accessNotes: string | null;
  isFree: boolean;
  costNote: string | null;
  minimumAge: number | null;
  maximumAge: number | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  checkedAt: Date | null;
  /** Not saved or confirmed "still correct" for 90 days (the cafés' rule): the page says to check first. */
  notConfirmedRecently: boolean;
  isDemo: boolean;
  organisation: { slug: string; name: string };
  support: TagLabel[];
  audiences: TagLabel[];
  languages: TagLabel[];
  locations: PublicLocation[];
  areas: PublicArea[];
};

export type PartnerResult = {
  service: PublicService;
  miles: number | null;
  coversArea: boolean;
  /** The location nearest the place (or the first), null for a service with no location. */
  location: PublicLocation | null;
  state: OpeningState | null;
};

export type PartnerProfile = {
  slug: string;
  name: string;
  description: string;
  website: string | null;
  email: string | null;
  phone: string | null;
  town: string | null;
  communities: string | null;
  checkedAt: Date | null;
  /** As a service's: the profile was not saved or confirmed for 90 days. */
  notConfirmedRecently: boolean;
  isDemo: boolean;
  services: PublicService[];
  cafes: { slug: string; name: string; town: string }[];
};
