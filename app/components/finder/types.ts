import type { StatusViewProps } from "./StatusLine";

/** One café in a list of results, as loader data (see CafeListing in ~/modules/finder/finder.server). */
export type CafeListingView = {
  slug: string;
  name: string;
  address: string;
  lat: number;
  lng: number;
  miles: number | null;
  status: StatusViewProps;
  openNow: boolean;
  footprint: { name: string; slug: string } | null;
  inFootprint: boolean;
  languages: string[];
  audiences: string[];
  access: { slug: string; label: string }[];
  stale: boolean;
  /** Listed for a usual session on a bank holiday its team has not answered */
  bankHolidayNote?: string;
};

export type TagOptionView = { slug: string; label: string; retired?: boolean };
