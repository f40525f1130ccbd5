/**
 * What the café's audit trail records of each change: readable snapshots of sessions, exceptions, offers
 * and details (labels, titles and times rather than ids), and of a change only the values that differ.
 * The history page words them (~/components/manage/history-text.ts). Pure: no I/O.
 */
import type { ExceptionRow, SessionRow } from "~/modules/schedule";
import type { CafeDetailsText } from "./cafe-details";

type TagLink = { tag: { kind: string; label: string } };

/** The labels of one kind of tag, in alphabetical order. */
export function tagLabels(tags: readonly TagLink[], kind: string): string[] {
  return tags
    .filter((t) => t.tag.kind === kind)
    .map((t) => t.tag.label)
    .sort((a, b) => a.localeCompare(b));
}

export function sessionSnapshot(s: SessionRow & { capPlaces: number | null }) {
  return {
    dayOfWeek: s.dayOfWeek,
    startTime: s.startTime,
    endTime: s.endTime,
    validFrom: s.validFrom,
    validUntil: s.validUntil,
    offer: s.offer?.title ?? null,
    capPlaces: s.capPlaces,
  };
}

/** An exception; only an extra session carries its own CAP places. */
export function exceptionSnapshot(e: ExceptionRow & { capPlaces?: number | null }) {
  return {
    kind: e.kind,
    startDate: e.startDate,
    endDate: e.endDate,
    startTime: e.startTime,
    endTime: e.endTime,
    reason: e.reason,
    offer: e.offer?.title ?? null,
    ...(e.kind === "extra" ? { capPlaces: e.capPlaces ?? null } : {}),
  };
}

export function offerSnapshot(o: { title: string; description: string; tags: readonly TagLink[] }) {
  return {
    title: o.title,
    description: o.description,
    audiences: tagLabels(o.tags, "audience"),
    languages: tagLabels(o.tags, "language"),
  };
}

/** A café's details as stored, with its operator, footprint and tags. */
export type DetailsRow = CafeDetailsText & { textLanguage?: string; organisation: { name: string }; footprint: { name: string } | null; tags: readonly TagLink[] };

export function detailsSnapshot(c: DetailsRow) {
  return {
    name: c.name,
    description: c.description,
    ...(c.textLanguage === undefined ? {} : { textLanguage: c.textLanguage }),
    operator: c.organisation.name,
    venueName: c.venueName,
    addressLine1: c.addressLine1,
    addressLine2: c.addressLine2,
    town: c.town,
    postcode: c.postcode,
    footprint: c.footprint?.name ?? null,
    phone: c.phone,
    email: c.email,
    website: c.website,
    gettingThere: c.gettingThere,
    whoFor: c.whoFor,
    accessNotes: c.accessNotes,
    accessibility: tagLabels(c.tags, "access"),
    languages: tagLabels(c.tags, "language"),
  };
}

/** Keeps only the keys whose values differ, so the history shows what changed. */
export function changedOnly<T extends Record<string, unknown>>(before: T, after: T): { before: Partial<T>; after: Partial<T> } {
  const b: Partial<T> = {};
  const a: Partial<T> = {};
  for (const key of Object.keys(after) as (keyof T)[]) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      b[key] = before[key];
      a[key] = after[key];
    }
  }
  return { before: b, after: a };
}
