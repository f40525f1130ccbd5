import { formatDayDate, formatInstantTime } from "~/lib/dates";
import { t } from "~/lib/i18n";

/**
 * The words of what a booking sends or shows: the café's emails (never the caller's call-back number) and
 * the plain-text summary the call handler reads out or sends to the caller. Worded here, at the moment of
 * the change, by the server code that writes them to the outbox.
 */
export type EmailWords = { subject: string; text: string };

type Session = { date: string; start: Date | string; end: Date | string };
type BookingForEmail = Session & { reference: string; cafe: string; callerName: string; needs: string | null };

function when(session: Session) {
  return { day: formatDayDate(session.date), start: formatInstantTime(session.start), end: formatInstantTime(session.end) };
}

export function bookedEmail(booking: BookingForEmail, link: string): EmailWords {
  const vars = { ...when(booking), reference: booking.reference, cafe: booking.cafe, initials: booking.callerName, link };
  return {
    subject: t("bookings.email.bookedSubject", vars),
    text: t("bookings.email.bookedText", { ...vars, needs: booking.needs || t("bookings.email.noNeeds") }),
  };
}

export function cancelledEmail(booking: Omit<BookingForEmail, "callerName" | "needs">, reason: string, link: string): EmailWords {
  const vars = { ...when(booking), reference: booking.reference, cafe: booking.cafe, reason, link };
  return { subject: t("bookings.email.cancelledSubject", vars), text: t("bookings.email.cancelledText", vars) };
}

/** What the call handler reads out or sends to the caller. */
export function callerSummary(booking: Session & {
  reference: string;
  cafe: string;
  address: string;
  phone: string | null;
  bankHoliday?: string | null;
}): string {
  const text = t("bookings.summary", {
    ...when(booking),
    reference: booking.reference,
    cafe: booking.cafe,
    address: booking.address,
    phone: booking.phone ?? t("bookings.summary.noPhone"),
  });
  return booking.bankHoliday ? text + t("bookings.summary.unconfirmed", { name: booking.bankHoliday }) : text;
}
