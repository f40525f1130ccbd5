/**
 * The café's change history in words: who, when, what changed, before → after. Audit rows hold
 * readable snapshots (labels, titles, times), written by the cafe module's writes (app/modules/cafe).
 */
import { isTextLanguage, statusLabel } from "~/modules/cafe";
import { t, type MessageKey } from "~/lib/i18n";
import { formatClock, formatFullDate, formatInstant, weekdayName } from "~/lib/dates";
import { describeException, describeSession, exceptionKindLabel } from "./schedule-text";

export type HistoryChange = { label: string; before?: string; after?: string };
export type HistoryItem = {
  id: string;
  when: string;
  who: string;
  what: string;
  summary: string | null;
  changes: HistoryChange[];
};

type Snapshot = Record<string, unknown>;

const FIELD_KEYS = new Set([
  "name",
  "description",
  "operator",
  "venueName",
  "addressLine1",
  "addressLine2",
  "town",
  "postcode",
  "footprint",
  "phone",
  "email",
  "website",
  "gettingThere",
  "whoFor",
  "accessNotes",
  "accessibility",
  "languages",
  "dayOfWeek",
  "startTime",
  "endTime",
  "validFrom",
  "validUntil",
  "offer",
  "capPlaces",
  "kind",
  "startDate",
  "endDate",
  "reason",
  "title",
  "audiences",
  "hoursVerifiedAt",
  "capPlacesDefault",
  "status",
  "invited",
  "reminded",
  // Partner directory: a group's profile and services
  "communities",
  "access",
  "isFree",
  "costNote",
  "minimumAge",
  "maximumAge",
  "supportTagIds",
  "audienceTagIds",
  "languageTagIds",
  "areaFootprintIds",
  "areaDistricts",
  "areaLLR",
  "locationName",
  "byAppointment",
  "sessions",
  "textLanguage",
  "language",
  "venues",
]);

/** Partner service fields whose snapshot holds "yes" (or nothing). */
const YES_NO_KEYS = new Set(["isFree", "areaLLR", "byAppointment"]);
const PARTNER_ACCESS = new Set(["drop-in", "self-referral", "referral", "remote"]);

function fieldLabel(key: string): string {
  return FIELD_KEYS.has(key) ? t(`manage.history.field.${key}` as MessageKey) : key;
}

/** A partner service's venues: "St Mark's, 1 Example Road, Leicester, LE1 1HL: Monday 10am to midday" each. */
function venuesText(value: unknown[]): string {
  if (!value.length) return t("manage.history.none");
  return value
    .filter(isSnapshot)
    .map((v) => {
      const place = [v.name, v.addressLine1, v.town, v.postcode].filter((x) => typeof x === "string" && x).join(", ");
      const sessions = Array.isArray(v.sessions) ? v.sessions.filter(isSnapshot).map((s) => describeSession(asSession(s))) : [];
      const hours = v.byAppointment ? t("manage.history.byAppointment") : sessions.join("; ");
      return hours ? `${place}: ${hours}` : place;
    })
    .join(" | ");
}

export function formatValue(key: string, value: unknown): string {
  if (key === "venues" && Array.isArray(value)) return venuesText(value);
  if (key === "sessions" && Array.isArray(value)) {
    return value.length ? value.filter(isSnapshot).map((s) => describeSession(asSession(s))).join("; ") : t("manage.history.none");
  }
  if (Array.isArray(value)) return value.length ? value.map(String).join(", ") : t("manage.history.none");
  if (YES_NO_KEYS.has(key)) return value === "yes" || value === true ? t("manage.history.yes") : t("manage.history.no");
  if (value === null || value === undefined || value === "") {
    return key === "capPlaces" ? t("manage.history.capDefault") : t("manage.history.none");
  }
  switch (key) {
    case "dayOfWeek":
      return typeof value === "number" ? weekdayName(value) : String(value);
    case "startTime":
    case "endTime":
      return formatClock(String(value));
    case "validFrom":
    case "validUntil":
    case "startDate":
    case "endDate":
      return formatFullDate(String(value));
    case "hoursVerifiedAt":
      return formatInstant(String(value));
    case "kind":
      return exceptionKindLabel(String(value));
    case "status":
      return statusLabel(String(value));
    case "access":
      return PARTNER_ACCESS.has(String(value)) ? t(`partners.access.${String(value)}` as MessageKey) : String(value);
    case "textLanguage":
    case "language":
      return isTextLanguage(value) ? t(`manage.language.${value}`) : String(value);
    default:
      return String(value);
  }
}

function isSnapshot(v: unknown): v is Snapshot {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function asSession(s: Snapshot) {
  return { dayOfWeek: Number(s.dayOfWeek), startTime: String(s.startTime ?? ""), endTime: String(s.endTime ?? "") };
}

function asException(s: Snapshot) {
  return {
    kind: String(s.kind ?? ""),
    startDate: String(s.startDate ?? ""),
    endDate: String(s.endDate ?? ""),
    startTime: typeof s.startTime === "string" ? s.startTime : null,
    endTime: typeof s.endTime === "string" ? s.endTime : null,
    reason: typeof s.reason === "string" ? s.reason : null,
  };
}

const SESSION_CORE = ["dayOfWeek", "startTime", "endTime"];
const EXCEPTION_CORE = ["kind", "startDate", "endDate", "startTime", "endTime", "reason"];

function listed(snapshot: Snapshot, skip: string[], side: "before" | "after"): HistoryChange[] {
  return Object.entries(snapshot)
    .filter(([key, value]) => !skip.includes(key) && value !== null && value !== "" && !(Array.isArray(value) && !value.length))
    .map(([key, value]) => ({ label: fieldLabel(key), [side]: formatValue(key, value) }));
}

function diff(before: Snapshot, after: Snapshot, skip: string[] = []): HistoryChange[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => !skip.includes(k));
  return keys
    .filter((k) => JSON.stringify(before[k] ?? null) !== JSON.stringify(after[k] ?? null))
    .map((k) => ({ label: fieldLabel(k), before: formatValue(k, before[k]), after: formatValue(k, after[k]) }));
}

export function actionLabel(action: string): string {
  const text = t(`manage.history.action.${action}` as MessageKey) as string | undefined;
  return text ?? action;
}

/** Snapshot fields that hold ids (a partner service's tags and footprints), shown by name. */
const ID_LIST_KEYS = new Set(["supportTagIds", "audienceTagIds", "languageTagIds", "areaFootprintIds"]);

function named(snapshot: Snapshot, names: ReadonlyMap<string, string>): Snapshot {
  return Object.fromEntries(
    Object.entries(snapshot).map(([key, value]) =>
      ID_LIST_KEYS.has(key) && Array.isArray(value) ? [key, value.map((id) => names.get(String(id)) ?? String(id)).sort((a, b) => a.localeCompare(b, "en-GB"))] : [key, value],
    ),
  );
}

/**
 * One audit entry in words. `names` gives the names of the ids a partner service's snapshot holds (its
 * tags and footprints).
 */
export function describeAuditEntry(
  entry: {
    id: string;
    action: string;
    actorName: string | null;
    createdAt: string | Date;
    before: unknown;
    after: unknown;
  },
  names: ReadonlyMap<string, string> = new Map(),
): HistoryItem {
  const before = isSnapshot(entry.before) ? named(entry.before, names) : null;
  const after = isSnapshot(entry.after) ? named(entry.after, names) : null;
  let summary: string | null = null;
  let changes: HistoryChange[] = [];

  if (entry.action.startsWith("cafe.session.")) {
    const main = after ?? before;
    if (main) summary = describeSession(asSession(before ?? main));
    if (before && after) {
      changes = diff(before, after);
    } else if (after) changes = listed(after, SESSION_CORE, "after");
    else if (before) changes = listed(before, SESSION_CORE, "before");
  } else if (entry.action.startsWith("cafe.exception.") || entry.action === "cafe.bank-holiday.answered") {
    if (after) summary = describeException(asException(after));
    else if (before) summary = describeException(asException(before));
    if (before && after) changes = [{ label: fieldLabel("kind"), before: describeException(asException(before)), after: describeException(asException(after)) }];
    else changes = listed(after ?? before ?? {}, EXCEPTION_CORE, after ? "after" : "before");
  } else if (entry.action.startsWith("cafe.translation.") || entry.action.startsWith("cafe.offer-translation.")) {
    // The language (and the offer) the translation is of, then what changed in it.
    const main = after ?? before ?? {};
    const language = formatValue("language", main.language);
    summary = typeof main.offer === "string" ? `${main.offer}: ${language}` : language;
    const skip = ["language", "offer"];
    changes = before && after ? diff(before, after, skip) : listed(main, skip, after ? "after" : "before");
  } else if (entry.action.startsWith("cafe.offer.")) {
    const main = after ?? before;
    if (main && typeof main.title === "string") summary = main.title;
    if (before && after) changes = diff(before, after);
    else changes = listed(after ?? before ?? {}, ["title"], after ? "after" : "before");
  } else if (before && after) {
    changes = diff(before, after);
  } else if (after) {
    changes = listed(after, [], "after");
  } else if (before) {
    changes = listed(before, [], "before");
  }

  return {
    id: entry.id,
    when: formatInstant(entry.createdAt),
    who: entry.actorName ?? t("manage.history.system"),
    what: actionLabel(entry.action),
    summary,
    changes,
  };
}
