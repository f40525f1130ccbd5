import { Link } from "@remix-run/react";
import { formatInstantTime, formatShortDayDate } from "~/lib/dates";
import { t } from "~/lib/i18n";
import type { CapOption } from "~/modules/bookings";
import { milesText } from "~/components/finder/text";

/** A session with CAP places, as the CAP's pages list it. */
export type CapOptionView = CapOption;

export function sessionText(o: Pick<CapOptionView, "date" | "start" | "end" | "label">) {
  const when = t("bookings.results.session", { day: formatShortDayDate(o.date), start: formatInstantTime(o.start), end: formatInstantTime(o.end) });
  return o.label ? `${when} (${o.label})` : when;
}

/** What to say about a session: when, where, places left, the café's phone, a bank holiday not confirmed. */
export function CapOptionDetails({ option: o }: { option: CapOptionView }) {
  return (
    <>
      <p className="nhsuk-u-margin-bottom-1">
        <strong>{o.cafe.name}</strong>
        {o.cafe.miles !== null ? ` — ${milesText(o.cafe.miles)}` : ""}
      </p>
      <p className="nhsuk-u-margin-bottom-1">
        {sessionText(o)}: <strong>{t("bookings.results.placesLeft", { left: o.left, offered: o.offered })}</strong>
      </p>
      {o.confirmed ? null : <p className="nhsuk-u-margin-bottom-1">{t("bookings.results.unconfirmed", { name: o.bankHoliday ?? "" })}</p>}
      <p className="nhsuk-body-s nhsuk-u-margin-bottom-1">{o.cafe.address}</p>
      <p className="nhsuk-body-s">{o.cafe.phone ? t("cap.phone", { phone: o.cafe.phone }) : t("cap.noPhone")}</p>
    </>
  );
}

/** The sessions found, each with a link to book it (the search travels with it, for the next options). */
export function CapOptionList({ options, search }: { options: CapOptionView[]; search: string }) {
  return (
    <ol className="nhsuk-list cap-options">
      {options.map((o) => (
        <li key={o.option} className="panel">
          <CapOptionDetails option={o} />
          <Link className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0" to={`/cap/book?${new URLSearchParams({ option: o.option, search })}`}>
            {t("bookings.results.book")}
            <span className="nhsuk-u-visually-hidden"> {t("bookings.results.bookAt", { cafe: o.cafe.name, time: sessionText(o) })}</span>
          </Link>
        </li>
      ))}
    </ol>
  );
}
