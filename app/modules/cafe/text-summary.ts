/**
 * A café in one short plain text that staff can paste into a text message: name, address, the usual
 * weekly sessions (each session for a particular group named by its offer, "Thu 6pm–9pm (Men’s evening)"),
 * the changes in the coming fortnight ("Closed Wed 2 Dec.", "Wed 6pm–9pm sessions end after Wed 30 Dec."),
 * when seasonal sessions end or start later on ("Wed 6pm–9pm sessions until 31 Mar."), phone and the page's
 * address, in at most 300 characters. Demonstration data says so first. Pure: no I/O.
 *
 * When everything does not fit, the note on later season ends and starts goes first, then the changes are
 * cut (the first ones kept, then "Check the page for changes."); only when even that leaves no room for the
 * whole week are the weekly hours shortened (whole days dropped, "…"; a session is never shown without its
 * group), then the address is cut to its postcode, then the hours are left out; the page's address and the
 * demonstration marker are never cut.
 */
import { t } from "~/lib/i18n";
import { shorten } from "~/lib/text";
import { formatShortDayDate, formatShortDayMonth, shortWeekdayName } from "~/lib/dates";
import { addDays, isValidDate } from "~/lib/london-time";
import type { WeeklySessionRule } from "~/modules/schedule";
import { formatTimeRange, joinWeeklyParts, weeklyHoursParts } from "~/modules/schedule";
import { isIndefinite, seasonBounds, UPCOMING_CHANGES_DAYS, type UpcomingChange } from "~/modules/schedule";

export const TEXT_SUMMARY_MAX = 300;

/** The summary names changes this many days ahead (today included). */
export const SUMMARY_CHANGES_DAYS = 14;

/** A session's group (its offer's title) is cut to this length in the summary. */
const LABEL_MAX = 40;

export type SummaryInput = {
  name: string;
  venueName?: string | null;
  addressLine1: string;
  town: string;
  postcode: string;
  phone?: string | null;
  url: string;
  /** The weekly sessions; a `label` (the offer's title) says who a session is for */
  sessions: readonly WeeklySessionRule[];
  /** London date ("YYYY-MM-DD"): only sessions running then */
  asOf?: string;
  /** The changes to the usual week in the coming fortnight (see ./upcoming-changes.ts), in date order */
  changes?: readonly UpcomingChange[];
  /** A note such as "Paused: not running at the moment" that replaces the hours and changes */
  notice?: string | null;
  /** Demonstration data: the text starts by saying it is not a real café */
  demo?: boolean;
};

function clean(text: string | null | undefined): string {
  return (text ?? "").replace(/\s+/g, " ").trim();
}

function withLabel(range: string, label: string | null | undefined): string {
  const group = clean(label);
  return group ? t("finder.summary.session", { range, label: shorten(group, LABEL_MAX) }) : range;
}

/**
 * The usual week in a few words, each session with its group: "Wed 6pm–9pm (Women-only evening); Sat
 * 10am–1pm"; consecutive days alike are joined ("Mon–Fri 5pm–9pm"). Whole days are dropped from the end
 * ("…") to fit `maxLength`; null when not even the first day fits, "" when there are no sessions.
 */
export function labelledWeeklyHours(sessions: readonly WeeklySessionRule[], asOf: string | undefined, maxLength: number): string | null {
  const parts = weeklyHoursParts(sessions, asOf, (range, session) => withLabel(range, session.label));
  if (parts.length === 0) return "";
  const text = joinWeeklyParts(parts, maxLength);
  return text.length <= maxLength ? text : null;
}

/** A change in the coming fortnight in a few words: "Closed Wed 2 Dec", "Extra session Thu 3 Dec 6pm–9pm". */
export function changeSentence(change: UpcomingChange): string | null {
  const ranges = (list: readonly { startTime: string; endTime: string; label: string | null }[]) =>
    list.map((s) => withLabel(formatTimeRange(s.startTime, s.endTime), s.label)).join(", ");
  switch (change.kind) {
    case "closed": {
      if (!change.cancelsSessions) return null;
      if (isIndefinite(change)) return t("finder.summary.changeClosedIndefinitely", { date: formatShortDayDate(change.startDate) });
      const date =
        change.startDate === change.endDate
          ? formatShortDayDate(change.startDate)
          : t("finder.summary.dateRange", { from: formatShortDayDate(change.startDate), to: formatShortDayDate(change.endDate) });
      return t("finder.summary.changeClosed", { date });
    }
    case "hours":
      return change.sessions.length > 0
        ? t("finder.summary.changeHours", { date: formatShortDayDate(change.date), hours: ranges(change.sessions) })
        : t("finder.summary.changeClosed", { date: formatShortDayDate(change.date) });
    case "extra":
      return t("finder.summary.changeExtra", { date: formatShortDayDate(change.date), hours: withLabel(formatTimeRange(change.startTime, change.endTime), change.label) });
    case "bank-holiday-open":
      return t("finder.summary.changeBankHolidayOpen", { date: formatShortDayDate(change.date) });
    case "bank-holiday-check":
      return t("finder.summary.changeBankHolidayCheck", { date: formatShortDayDate(change.date) });
    case "season-start":
    case "season-end": {
      const params = { day: shortWeekdayName(change.dayOfWeek), range: formatTimeRange(change.startTime, change.endTime), date: formatShortDayDate(change.date) };
      return t(change.kind === "season-start" ? "finder.summary.changeSeasonStart" : "finder.summary.changeSeasonEnd", params);
    }
  }
}

/**
 * The seasonal sessions' ends and starts beyond the changes in the summary: "Wed 6pm–9pm sessions until
 * 31 Mar; Thu 5pm–8pm sessions from 7 Jan." (sessions running on `asOf` that end, and sessions that start
 * within the café page's six months). "" when there are none.
 */
export function seasonNote(sessions: readonly WeeklySessionRule[], asOf: string | undefined, changes: readonly UpcomingChange[]): string {
  if (!asOf || !isValidDate(asOf)) return "";
  const horizon = addDays(asOf, UPCOMING_CHANGES_DAYS);
  const said = new Set(
    changes.flatMap((c) => (c.kind === "season-start" || c.kind === "season-end" ? [`${c.kind}|${c.dayOfWeek}|${c.startTime}|${c.endTime}`] : [])),
  );
  const notes: { date: string; text: string }[] = [];
  for (const s of sessions) {
    const bounds = seasonBounds(s);
    if (!bounds) continue;
    const params = { day: shortWeekdayName(s.dayOfWeek), range: formatTimeRange(s.startTime, s.endTime) };
    const running = (!s.validFrom || s.validFrom <= asOf) && (!s.validUntil || s.validUntil >= asOf);
    if (running && bounds.last && bounds.last >= asOf && !said.has(`season-end|${s.dayOfWeek}|${s.startTime}|${s.endTime}`)) {
      notes.push({ date: bounds.last, text: t("finder.summary.seasonUntil", { ...params, date: formatShortDayMonth(bounds.last) }) });
    }
    if (bounds.first && bounds.first > asOf && bounds.first < horizon && !said.has(`season-start|${s.dayOfWeek}|${s.startTime}|${s.endTime}`)) {
      const text = t("finder.summary.seasonFrom", { ...params, date: formatShortDayMonth(bounds.first) });
      const until = bounds.last ? t("finder.summary.seasonFromUntil", { text, date: formatShortDayMonth(bounds.last) }) : text;
      notes.push({ date: bounds.first, text: until });
    }
  }
  if (notes.length === 0) return "";
  return `${notes
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((n) => n.text)
    .join("; ")}.`;
}

/** The ways to say the changes, longest first: all of them, the first few and "more on the page", or only that. */
function changeVariants(changes: readonly UpcomingChange[]): string[] {
  const sentences = changes.map(changeSentence).filter((s): s is string => !!s).map((s) => `${s}.`);
  if (sentences.length === 0) return [""];
  const more = `${t("finder.summary.moreChanges")}.`;
  const variants = [sentences.join(" ")];
  for (let k = sentences.length - 1; k >= 1; k -= 1) variants.push([...sentences.slice(0, k), more].join(" "));
  variants.push(`${t("finder.summary.checkPage")}.`);
  return variants;
}

/** Text as a sentence: with a full stop, unless it ends in "…". */
function sentence(text: string): string {
  return !text || text.endsWith(t("hours.summary.more")) ? text : `${text}.`;
}

export function cafeTextSummary(input: SummaryInput, maxLength = TEXT_SUMMARY_MAX): string {
  const name = clean(input.name);
  const url = clean(input.url);
  const phone = clean(input.phone);
  const fullAddress = [clean(input.venueName), clean(input.addressLine1), `${clean(input.town)} ${clean(input.postcode)}`.trim()]
    .filter(Boolean)
    .join(", ");
  const postcode = clean(input.postcode);
  const phoneText = phone ? `${t("finder.summary.phone", { phone })}.` : "";
  const demo = input.demo ? `${t("finder.summary.demo", { cafeShort: t("brand.cafeShort") })}.` : "";
  const notice = clean(input.notice);

  const assemble = (address: string, hours: string, season: string, changes: string) =>
    [demo, address ? `${name}, ${address}.` : `${name}.`, sentence(hours), season, changes, phoneText, url].filter(Boolean).join(" ");

  const changes = notice ? [""] : changeVariants(input.changes ?? []);
  const seasons = notice ? [""] : [...new Set([seasonNote(input.sessions, input.asOf, input.changes ?? []), ""])];
  const hoursSentence = (hours: string) => (hours ? t("finder.summary.hours", { hours }) : t("hours.summary.none"));
  const wholeWeek = labelledWeeklyHours(input.sessions, input.asOf, Number.POSITIVE_INFINITY) ?? "";
  for (const address of [fullAddress, postcode]) {
    if (notice) {
      const text = assemble(address, notice, "", "");
      if (text.length <= maxLength) return text;
      continue;
    }
    // Every usual session, with each wording of the changes in turn (longest first, down to "Check the
    // page for changes"): a session is never dropped to make room for a longer wording of the changes.
    for (const change of changes) {
      for (const season of seasons) {
        const text = assemble(address, hoursSentence(wholeWeek), season, change);
        if (text.length <= maxLength) return text;
      }
    }
    // Then the week shortened, with the shortest wording of the changes.
    const change = changes[changes.length - 1]!;
    // Room for the hours: what is left, minus the space and the full stop around them.
    const room = maxLength - assemble(address, "", "", change).length - 2;
    const prefix = t("finder.summary.hours", { hours: "" }).length;
    if (room - prefix < 12) continue;
    const hours = labelledWeeklyHours(input.sessions, input.asOf, room - prefix);
    if (hours === null) continue;
    const text = assemble(address, hoursSentence(hours), "", change);
    if (text.length <= maxLength) return text;
  }
  // Still too long (a very long name or group): the name, shortened, and what must stay.
  const changeNote = changes[0] ? `${t("finder.summary.checkPage")}.` : "";
  for (const tail of [[changeNote, phoneText, url], [changeNote, url], [url]]) {
    const fixed = [demo, ...tail].filter(Boolean).join(" ");
    const room = maxLength - fixed.length - 2;
    if (room >= 10) return [demo, `${shorten(name, room)}.`, ...tail].filter(Boolean).join(" ");
  }
  return [demo, url].filter(Boolean).join(" ").slice(0, maxLength);
}
