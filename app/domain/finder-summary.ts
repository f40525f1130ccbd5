/**
 * A café in one short plain text that staff can paste into a text message: name, address, the usual
 * weekly sessions, phone and the page's address, in at most 300 characters. Pure: no I/O.
 *
 * When everything does not fit, the weekly hours are shortened first (whole days dropped, "…"), then the
 * address is cut to its postcode, then the hours are left out; the page's address is never cut.
 */
import { t } from "~/i18n";
import type { WeeklySessionRule } from "./opening-hours";
import { weeklyHoursSummary } from "./opening-text";

export const TEXT_SUMMARY_MAX = 300;

export type SummaryInput = {
  name: string;
  venueName?: string | null;
  addressLine1: string;
  town: string;
  postcode: string;
  phone?: string | null;
  url: string;
  sessions: readonly WeeklySessionRule[];
  /** London date ("YYYY-MM-DD"): only sessions running then */
  asOf?: string;
  /** A note such as "Paused: not running at the moment" that replaces the hours */
  notice?: string | null;
};

function clean(text: string | null | undefined): string {
  return (text ?? "").replace(/\s+/g, " ").trim();
}

/** Cuts text to `max` characters at a word boundary where possible, marking the cut with "…". */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 1) return "…".slice(0, Math.max(0, max));
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, "")}…`;
}

export function cafeTextSummary(input: SummaryInput, maxLength = TEXT_SUMMARY_MAX): string {
  const name = clean(input.name);
  const url = clean(input.url);
  const phone = clean(input.phone);
  const fullAddress = [clean(input.venueName), clean(input.addressLine1), `${clean(input.town)} ${clean(input.postcode)}`.trim()]
    .filter(Boolean)
    .join(", ");
  const postcode = clean(input.postcode);
  const phoneText = phone ? t("finder.summary.phone", { phone }) : "";

  const assemble = (address: string, hours: string) =>
    [address ? `${name}, ${address}.` : `${name}.`, hours ? `${hours}.` : "", phoneText ? `${phoneText}.` : "", url]
      .filter(Boolean)
      .join(" ");

  const notice = clean(input.notice);
  for (const address of [fullAddress, postcode]) {
    const without = assemble(address, "");
    // Room for the hours: what is left, minus the space and the full stop around them.
    const room = maxLength - without.length - 2;
    if (notice) {
      if (notice.length <= room) return assemble(address, notice);
      continue;
    }
    if (room < 20) continue;
    const hours = weeklyHoursSummary({ sessions: input.sessions }, { asOf: input.asOf, maxLength: room - t("finder.summary.hours", { hours: "" }).length });
    const text = assemble(address, t("finder.summary.hours", { hours }));
    if (text.length <= maxLength) return text;
  }
  // Still too long (a very long name): name, phone and address of the page only, the name shortened.
  const tail = [phoneText ? `${phoneText}.` : "", url].filter(Boolean).join(" ");
  const room = maxLength - tail.length - 2;
  if (room <= 0) return url.slice(0, maxLength);
  return `${shorten(name, room)}. ${tail}`.slice(0, maxLength);
}
