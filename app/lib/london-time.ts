/**
 * Wall-clock time in Europe/London, and civil dates, without any dependency.
 *
 * Every opening time in Café Network is London wall-clock time: a date "YYYY-MM-DD", a time "HH:MM" and an
 * ISO weekday (1 = Monday … 7 = Sunday). This module converts between those and instants (`Date`).
 *
 * ## The clock-change rule
 *
 * A wall-clock time W on a date D stands for **the first instant at which London clocks show D W or later**:
 *
 * - Spring (last Sunday of March): clocks jump from 01:00 to 02:00, so 01:00–01:59 never happens. A time in
 *   that gap moves forward to the first valid instant, 02:00 BST (01:00 UTC).
 * - Autumn (last Sunday of October): clocks fall back from 02:00 to 01:00, so 01:00–01:59 happens twice.
 *   An ambiguous time is its first occurrence, in BST.
 *
 * The rule is the same for a session's start and its end, so a session never has negative length; a session
 * that lies wholly inside the spring gap has zero length and never happens (see opening-hours.ts).
 *
 * ## Speed
 *
 * The London offset is read from `Intl.DateTimeFormat` (one cached formatter) once per UTC day, with the
 * exact minute of a clock change found by bisection, and kept in a small cache. After that, every
 * conversion is integer arithmetic without allocation (the string-returning helpers allocate their result).
 */

export const LONDON_TIME_ZONE = "Europe/London";

export const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;
export const MINUTES_PER_DAY = 1440;

/** A London wall-clock reading of an instant. */
export interface LondonWallClock {
  /** "YYYY-MM-DD" */
  date: string;
  /** "HH:MM", 24-hour */
  time: string;
  /** ISO weekday: 1 = Monday … 7 = Sunday */
  weekday: number;
  /** Minutes since midnight, 0 … 1439 */
  minutes: number;
  /** Days since 1970-01-01 of `date` (see dayNumber) */
  dayNumber: number;
  /** Minutes ahead of UTC: 0 in winter (GMT), 60 in summer (BST) */
  offsetMinutes: number;
}

// ---------------------------------------------------------------------------------------------------------
// Offsets from Intl, cached per UTC day

let formatter: Intl.DateTimeFormat | undefined;

function londonFormatter(): Intl.DateTimeFormat {
  formatter ??= new Intl.DateTimeFormat("en-GB", {
    timeZone: LONDON_TIME_ZONE,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
  });
  return formatter;
}

/** The London offset (minutes ahead of UTC) at an instant, straight from Intl. */
function intlOffsetMinutes(ms: number): number {
  let year = 1970;
  let month = 1;
  let day = 1;
  let hour = 0;
  let minute = 0;
  let second = 0;
  for (const part of londonFormatter().formatToParts(ms)) {
    switch (part.type) {
      case "year":
        year = Number(part.value);
        break;
      case "month":
        month = Number(part.value);
        break;
      case "day":
        day = Number(part.value);
        break;
      case "hour":
        hour = Number(part.value);
        break;
      case "minute":
        minute = Number(part.value);
        break;
      case "second":
        second = Number(part.value);
        break;
      default:
        break;
    }
  }
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  return Math.round((wall - Math.floor(ms / 1000) * 1000) / MINUTE_MS);
}

/** The offsets of one UTC day: `before` until the instant `change` (if any), `after` from it on. */
interface UtcDayOffsets {
  before: number;
  after: number;
  /** The instant (ms) the clocks change that day, or +Infinity when they do not. */
  change: number;
}

const utcDays = new Map<number, UtcDayOffsets>();
const UTC_DAY_CACHE_LIMIT = 20_000;

function utcDayOffsets(utcDay: number): UtcDayOffsets {
  const cached = utcDays.get(utcDay);
  if (cached) return cached;
  const first = utcDay * DAY_MS;
  const last = first + DAY_MS - MINUTE_MS;
  const before = intlOffsetMinutes(first);
  const after = intlOffsetMinutes(last);
  let change = Number.POSITIVE_INFINITY;
  if (before !== after) {
    // Bisect to the first minute that no longer has the morning's offset (clocks change on the minute).
    let lo = first;
    let hi = last;
    while (hi - lo > MINUTE_MS) {
      const mid = lo + Math.floor((hi - lo) / MINUTE_MS / 2) * MINUTE_MS;
      if (intlOffsetMinutes(mid) === before) lo = mid;
      else hi = mid;
    }
    change = hi;
  }
  if (utcDays.size >= UTC_DAY_CACHE_LIMIT) utcDays.clear();
  const offsets = { before, after, change };
  utcDays.set(utcDay, offsets);
  return offsets;
}

/** Minutes London is ahead of UTC at an instant: 0 (GMT) or 60 (BST). */
export function londonOffsetMinutes(instant: Date | number): number {
  const ms = typeof instant === "number" ? instant : instant.getTime();
  const offsets = utcDayOffsets(Math.floor(ms / DAY_MS));
  return ms < offsets.change ? offsets.before : offsets.after;
}

// ---------------------------------------------------------------------------------------------------------
// Instant → wall clock

/** London wall-clock milliseconds ("local epoch") of an instant. */
function localMs(ms: number): number {
  const offsets = utcDayOffsets(Math.floor(ms / DAY_MS));
  return ms + (ms < offsets.change ? offsets.before : offsets.after) * MINUTE_MS;
}

/** The London date of an instant, as a day number (days since 1970-01-01). */
export function londonDayNumber(instant: Date | number): number {
  const ms = typeof instant === "number" ? instant : instant.getTime();
  return Math.floor(localMs(ms) / DAY_MS);
}

/** Minutes since London midnight of an instant (0 … 1439; seconds are dropped). */
export function londonMinuteOfDay(instant: Date | number): number {
  const ms = typeof instant === "number" ? instant : instant.getTime();
  const local = localMs(ms);
  return Math.floor((local - Math.floor(local / DAY_MS) * DAY_MS) / MINUTE_MS);
}

/** The London wall clock of an instant. */
export function toLondon(instant: Date | number): LondonWallClock {
  const ms = typeof instant === "number" ? instant : instant.getTime();
  if (!Number.isFinite(ms)) throw new RangeError("Invalid instant");
  const offsetMinutes = londonOffsetMinutes(ms);
  const local = ms + offsetMinutes * MINUTE_MS;
  const day = Math.floor(local / DAY_MS);
  const minutes = Math.floor((local - day * DAY_MS) / MINUTE_MS);
  return {
    date: dateOfDayNumber(day),
    time: formatTime(minutes),
    weekday: weekdayOfDayNumber(day),
    minutes,
    dayNumber: day,
    offsetMinutes,
  };
}

/** The London date ("YYYY-MM-DD") of an instant. */
export function londonDate(instant: Date | number): string {
  return dateOfDayNumber(londonDayNumber(instant));
}

/** The London time ("HH:MM") of an instant. */
export function londonTime(instant: Date | number): string {
  return formatTime(londonMinuteOfDay(instant));
}

// ---------------------------------------------------------------------------------------------------------
// Wall clock → instant

/**
 * The instant (ms) of a London wall-clock time, by the clock-change rule above. `minutes` may be 1440 (the
 * next midnight) or any other count: it is added to the date's midnight as wall-clock time.
 */
export function wallToEpochMs(dayNumber: number, minutes: number): number {
  const local = dayNumber * DAY_MS + minutes * MINUTE_MS;
  const utcDay = Math.floor(local / DAY_MS);
  const a = utcDayOffsets(utcDay - 1);
  const b = utcDayOffsets(utcDay);
  const c = utcDayOffsets(utcDay + 1);
  // Fast path: no clock change near this time.
  if (
    a.change === Number.POSITIVE_INFINITY &&
    b.change === Number.POSITIVE_INFINITY &&
    c.change === Number.POSITIVE_INFINITY &&
    a.before === b.before &&
    b.before === c.before
  ) {
    return local - b.before * MINUTE_MS;
  }
  // Every offset in force nearby gives a candidate; a candidate is real when that offset is in force then.
  let best = Number.POSITIVE_INFINITY;
  for (const offsets of [a, b, c]) {
    for (const offset of [offsets.before, offsets.after]) {
      const candidate = local - offset * MINUTE_MS;
      if (candidate < best && londonOffsetMinutes(candidate) === offset) best = candidate;
    }
  }
  if (best !== Number.POSITIVE_INFINITY) return best; // the first occurrence of an ambiguous time
  // No candidate: the time falls in a spring-forward gap. It moves forward to the instant the clocks change.
  for (const offsets of [a, b, c]) {
    if (
      offsets.change !== Number.POSITIVE_INFINITY &&
      offsets.change + offsets.before * MINUTE_MS <= local &&
      local < offsets.change + offsets.after * MINUTE_MS
    ) {
      return offsets.change;
    }
  }
  /* c8 ignore next -- unreachable for Europe/London */
  return local - b.after * MINUTE_MS;
}

/**
 * The instant of a London date and time ("YYYY-MM-DD", "HH:MM"), by the clock-change rule above:
 * a time in the spring gap moves forward to 02:00 BST; an autumn time that happens twice is the first (BST).
 */
export function fromLondon(date: string, time = "00:00"): Date {
  const day = dayNumber(date);
  const minutes = parseTime(time);
  if (Number.isNaN(day) || minutes === null) throw new RangeError(`Invalid London date or time: ${date} ${time}`);
  return new Date(wallToEpochMs(day, minutes));
}

/** The instant London's day `date` begins. */
export function londonMidnight(date: string): Date {
  return fromLondon(date, "00:00");
}

// ---------------------------------------------------------------------------------------------------------
// Civil dates as day numbers (days since 1970-01-01), after H. Hinnant's civil-calendar algorithms

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Days since 1970-01-01 of a "YYYY-MM-DD" date; NaN when the text is not a real calendar date. */
export function dayNumber(date: string): number {
  const match = DATE_PATTERN.exec(date);
  if (!match) return Number.NaN;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return Number.NaN;
  return daysFromCivil(year, month, day);
}

/** Whether a text is a real calendar date written "YYYY-MM-DD". */
export function isValidDate(date: string): boolean {
  return !Number.isNaN(dayNumber(date));
}

/** Year, month (1–12) and day of a day number. */
export function civilOfDayNumber(n: number): { year: number; month: number; day: number } {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

const dateTexts = new Map<number, string>();

/** The "YYYY-MM-DD" date of a day number. */
export function dateOfDayNumber(n: number): string {
  const cached = dateTexts.get(n);
  if (cached !== undefined) return cached;
  const { year, month, day } = civilOfDayNumber(n);
  const text = `${String(year).padStart(4, "0")}-${month < 10 ? "0" : ""}${month}-${day < 10 ? "0" : ""}${day}`;
  if (dateTexts.size >= UTC_DAY_CACHE_LIMIT) dateTexts.clear();
  dateTexts.set(n, text);
  return text;
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a day number. 1970-01-01 was a Thursday. */
export function weekdayOfDayNumber(n: number): number {
  return ((((n + 3) % 7) + 7) % 7) + 1;
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a "YYYY-MM-DD" date. */
export function isoWeekday(date: string): number {
  const n = dayNumber(date);
  if (Number.isNaN(n)) throw new RangeError(`Invalid date: ${date}`);
  return weekdayOfDayNumber(n);
}

/** The date `days` days after (or before, if negative) a "YYYY-MM-DD" date. */
export function addDays(date: string, days: number): string {
  const n = dayNumber(date);
  if (Number.isNaN(n)) throw new RangeError(`Invalid date: ${date}`);
  return dateOfDayNumber(n + days);
}

/** The Monday on or before a date: the first day of its ISO week. */
export function startOfWeek(date: string): string {
  return addDays(date, 1 - isoWeekday(date));
}

// ---------------------------------------------------------------------------------------------------------
// Times of day

function digit(text: string, index: number): number {
  const code = text.charCodeAt(index) - 48;
  return code >= 0 && code <= 9 ? code : Number.NaN;
}

/**
 * Minutes since midnight of "HH:MM" (also "H:MM" and "HH:MM:00"); "24:00" is 1440 (the next midnight).
 * Null when the text is not a time. (Hand-written rather than a regular expression: it runs for every
 * session of every café the finder looks at.)
 */
export function parseTime(time: string): number | null {
  const colon = time.charCodeAt(1) === 58 ? 1 : time.charCodeAt(2) === 58 ? 2 : -1;
  if (colon < 0) return null;
  const end = colon + 3;
  if (time.length !== end && !(time.length === end + 3 && time.slice(end) === ":00")) return null;
  const hours = colon === 1 ? digit(time, 0) : digit(time, 0) * 10 + digit(time, 1);
  const tens = digit(time, colon + 1);
  const minutes = tens * 10 + digit(time, colon + 2);
  if (Number.isNaN(hours) || Number.isNaN(minutes) || tens > 5) return null;
  if (hours === 24 && minutes === 0) return MINUTES_PER_DAY;
  if (hours > 23) return null;
  return hours * 60 + minutes;
}

/** "HH:MM" of minutes since midnight (1440 is written "24:00"). */
export function formatTime(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${h < 10 ? "0" : ""}${h}:${m < 10 ? "0" : ""}${m}`;
}
