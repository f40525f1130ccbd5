/**
 * A listed café as the public read side holds it in memory (see ./listed-index.server.ts), and as a list
 * of cafés shows it (`CafeListing`: loader data, lean, in words). Pure: types and shaping only.
 */
import type { OpeningStatusView, Schedule } from "~/modules/schedule";
import type { TextTranslation } from "./localised-text";

/** A tag as the filters offer it: retired tags are offered only while chosen (so they can be unticked). */
export type TagOption = { slug: string; label: string; retired?: true };

/** A managed tag, as the index of listed cafés holds it. */
export type ListedTag = { id: string; kind: string; slug: string; label: string; sortOrder: number; retired: boolean };

/** A listed café in memory. */
export type IndexedCafe = {
  id: string;
  slug: string;
  name: string;
  venueName: string | null;
  addressLine1: string;
  town: string;
  postcode: string;
  lat: number;
  lng: number;
  footprintId: string | null;
  footprint: { name: string; slug: string; code: string } | null;
  hoursVerifiedAt: Date | null;
  schedule: Schedule;
  /** Session or exception id → index into `offers` */
  offerOf: Map<string, number>;
  /** The language the café's own text (its offers' titles) is written in */
  textLanguage: string;
  /** Each offer, with the café team's own translations of its title (for localisedText()) */
  offers: { title: string; titleTranslations: TextTranslation[]; audiences: string[]; languages: string[] }[];
  /** Languages of the café's team */
  cafeLanguages: string[];
  /** Café and offer languages, audiences of its offers, access features (tag slugs, in list order) */
  languages: string[];
  audiences: string[];
  access: string[];
};

/** One café in a list of cafés (search results, an area's cafés, cafés nearby), as loader data. */
export type CafeListing = {
  slug: string;
  name: string;
  /** "The Lamplight Rooms, 12 Market Street, Leicester LE1 1HL" */
  address: string;
  lat: number;
  lng: number;
  /** Straight-line distance, miles; null without a starting point */
  miles: number | null;
  status: OpeningStatusView;
  openNow: boolean;
  footprint: { name: string; slug: string } | null;
  /** In the footprint of the chosen GP practice */
  inFootprint: boolean;
  /** Tags: slug (for the page's language) and stored label */
  languages: { slug: string; label: string }[];
  audiences: { slug: string; label: string }[];
  access: { slug: string; label: string }[];
  /** Hours not confirmed for 90 days or more: "call before travelling" */
  stale: boolean;
  /** Listed for a usual session on a bank holiday its team has not answered (see the finder's filters) */
  bankHolidayNote?: string;
};

/** A café's address on one line: venue, street, town and postcode. */
export function cafeAddress(c: { venueName: string | null; addressLine1: string; town: string; postcode: string }): string {
  return [c.venueName, c.addressLine1, `${c.town} ${c.postcode}`].filter((part) => part && part.trim() !== "").join(", ");
}

