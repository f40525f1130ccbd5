/**
 * The café listing an accepted offer creates, planned from the application's sections: its name and
 * venue, who it is for, its culturally specific offer, its languages and its weekly sessions. Pure and
 * lenient: a section never saved, or a line that cannot be a session, is left out (the organisation
 * completes the listing through the café self-service before launch).
 */
import { t } from "~/lib/i18n";
import { parseTime } from "~/lib/london-time";

export type CafePlan = {
  name: string;
  venueName: string | null;
  addressLine1: string;
  town: string;
  postcode: string;
  whoFor: string | null;
  offer: { title: string; description: string } | null;
  languageTagIds: string[];
  sessions: { dayOfWeek: number; startTime: string; endTime: string }[];
};

type Sections = Partial<Record<string, unknown>>;

const record = (v: unknown): Record<string, unknown> => (v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
const str = (v: unknown, max: number): string => (typeof v === "string" ? v.trim().slice(0, max) : "");

/** The sections' JSON as stored (key → data), read leniently. */
export function parseSections(rows: readonly { key: string; data: string }[]): Sections {
  const out: Sections = {};
  for (const row of rows) {
    try {
      out[row.key] = JSON.parse(row.data) as unknown;
    } catch {
      out[row.key] = null;
    }
  }
  return out;
}

export function cafePlanFromSections(sections: Sections, fallbackName: string): CafePlan {
  const cafe = record(sections.cafe);
  const communities = record(sections.communities);
  const languages = record(sections.languages);
  const sessionRows = Array.isArray(record(sections.sessions).sessions) ? (record(sections.sessions).sessions as unknown[]) : [];
  const culturalOffer = str(communities.culturalOffer, 1000);
  const sessions: CafePlan["sessions"] = [];
  for (const row of sessionRows) {
    const r = record(row);
    const day = typeof r.day === "number" ? r.day : Number(r.day);
    const start = str(r.start, 5);
    const end = str(r.end, 5);
    const from = parseTime(start);
    const to = parseTime(end);
    if (!Number.isInteger(day) || day < 1 || day > 7 || from === null || to === null || from === to) continue;
    if (sessions.some((s) => s.dayOfWeek === day && s.startTime === start)) continue;
    sessions.push({ dayOfWeek: day, startTime: start, endTime: end });
  }
  return {
    name: str(cafe.cafeName, 120) || fallbackName,
    venueName: str(cafe.venueName, 120) || null,
    addressLine1: str(cafe.addressLine1, 120),
    town: str(cafe.town, 80),
    postcode: str(cafe.postcode, 10),
    whoFor: str(communities.communities, 300) || null,
    offer: culturalOffer ? { title: t("grantsAward.cafe.culturalOfferTitle"), description: culturalOffer } : null,
    languageTagIds: Array.isArray(languages.languageTagIds) ? languages.languageTagIds.filter((id): id is string => typeof id === "string" && id.length > 0).slice(0, 30) : [],
    sessions: sessions.slice(0, 21),
  };
}
