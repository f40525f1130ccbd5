/**
 * A café's print view (a poster and a card with a QR code) and its text summary, for cafés with a public
 * page (see ./public-cafe-rows.server.ts).
 */
import QRCode from "qrcode";
import { cafeUrl, findPublicCafe, publicSchedule, shownOfferTitles, type PublicCafeStatus } from "./public-cafe-rows.server";
import type { LocalisedText } from "./localised-text";
import { notRunningNotice, printedSessionText } from "./public-cafe-text";
import { cafeTextSummary, SUMMARY_CHANGES_DAYS } from "./text-summary";
import { addDays } from "~/lib/london-time";
import { seasonBounds, UPCOMING_CHANGES_DAYS, upcomingChanges, weeklyHoursSummary } from "~/modules/schedule";
import { now as clockNow, todayInLondon } from "~/platform/clock.server";
import { currentLocale } from "~/platform/request-locale.server";

/**
 * A weekly session as the poster and the card print it. `title`: its offer's title as the page shows it
 * (the café's own translation into the page's language, or as written), which fills the slot `{title}` of
 * `text`; null when the session is tied to no offer (`text` is then the whole line).
 */
export type PrintedSession = { text: string; title: LocalisedText | null };

export type CafePrint = {
  slug: string;
  name: string;
  status: PublicCafeStatus;
  /** Demonstration data: the poster, card and text say it is not a real café */
  isDemo: boolean;
  operator: string;
  addressLines: string[];
  phone: string | null;
  whoFor: string | null;
  /** The language the café writes in (its address and "who for" are as written) */
  textLanguage: string;
  /** "Wed 5pm–9pm; Sat midday–4pm" */
  hours: string;
  /** One line per weekly session running today or starting within six months, a seasonal one with its
   * dates, since a poster stays up for months: "Wednesday 5pm–9pm ({title}), until 31 March" */
  sessions: PrintedSession[];
  url: string;
  qrSvg: string;
  textSummary: string;
};

export async function cafePrint(slug: string, at: Date = clockNow()): Promise<CafePrint | null> {
  const cafe = await findPublicCafe(slug);
  if (!cafe) return null;
  const today = todayInLondon(at);
  // Offers are named as the page in its language names them, on the poster and in the text alike.
  const titles = shownOfferTitles(cafe, currentLocale());
  const schedule = publicSchedule(cafe, today, titles);
  const offerOfSession = new Map(cafe.sessions.map((s) => [s.id, s.offerId]));
  const url = cafeUrl(cafe.slug);
  const horizon = addDays(today, UPCOMING_CHANGES_DAYS);
  const printed = schedule.sessions
    .map((s) => ({ s, bounds: seasonBounds(s) }))
    .filter(({ s, bounds }) => {
      if (s.validUntil && s.validUntil < today) return false;
      if (!s.validFrom || s.validFrom <= today) return true;
      return !!bounds?.first && bounds.first < horizon;
    })
    .sort((a, b) => a.s.dayOfWeek - b.s.dayOfWeek || a.s.startTime.localeCompare(b.s.startTime));
  const notice = notRunningNotice(cafe.status);
  const qrSvg = await QRCode.toString(url, { type: "svg", errorCorrectionLevel: "M", margin: 2, color: { dark: "#000000", light: "#ffffff" } });
  return {
    slug: cafe.slug,
    name: cafe.name,
    status: cafe.status,
    isDemo: cafe.isDemo,
    operator: cafe.organisation.name,
    addressLines: [cafe.venueName, cafe.addressLine1, cafe.addressLine2, `${cafe.town} ${cafe.postcode}`].filter((x): x is string => !!x && x.trim() !== ""),
    phone: cafe.phone,
    whoFor: cafe.whoFor,
    textLanguage: cafe.textLanguage,
    hours: weeklyHoursSummary(schedule, { asOf: today }),
    sessions: printed.map(({ s, bounds }): PrintedSession => {
      const offerId = s.id ? offerOfSession.get(s.id) : null;
      const title = (offerId && titles.get(offerId)) || null;
      return title ? { text: printedSessionText({ ...s, label: "{title}" }, bounds, today), title } : { text: printedSessionText(s, bounds, today), title: null };
    }),
    url,
    qrSvg,
    textSummary: cafeTextSummary({
      name: cafe.name,
      venueName: cafe.venueName,
      addressLine1: cafe.addressLine1,
      town: cafe.town,
      postcode: cafe.postcode,
      phone: cafe.phone,
      url,
      sessions: schedule.sessions,
      asOf: today,
      changes: notice ? [] : upcomingChanges(schedule, today, SUMMARY_CHANGES_DAYS),
      notice,
      demo: cafe.isDemo,
    }),
  };
}
