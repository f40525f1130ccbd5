/**
 * An offer as the public café page will list it, before it is saved (the management preview): its
 * title, description, audiences and languages, and the times of the café's current sessions that carry
 * it ("Wednesday 6pm–9pm"). Pure: the caller passes the tags chosen and today's date.
 */
import { t } from "~/lib/i18n";
import { weekdayName } from "~/lib/dates";
import { formatTimeRange } from "~/modules/schedule";

export type OfferPreviewInput = { title: string; description: string; audienceTagIds: string[]; languageTagIds: string[] };

type SessionOfOffer = { offerId: string | null; dayOfWeek: number; startTime: string; endTime: string; validUntil: string | null };

/** `offerId` null: a new offer, which no session carries yet. */
export function offerListing(
  offerId: string | null,
  input: OfferPreviewInput,
  tags: readonly { id: string; kind: string; label: string }[],
  sessions: readonly SessionOfOffer[],
  today: string,
) {
  const labels = (ids: string[], kind: string) => tags.filter((tag) => tag.kind === kind && ids.includes(tag.id)).map((tag) => tag.label);
  return {
    title: input.title,
    description: input.description,
    audiences: labels(input.audienceTagIds, "audience"),
    languages: labels(input.languageTagIds, "language"),
    sessions: sessions
      .filter((s) => offerId !== null && s.offerId === offerId && (!s.validUntil || s.validUntil >= today))
      .map((s) => t("finder.cafe.offerSession", { day: weekdayName(s.dayOfWeek), range: formatTimeRange(s.startTime, s.endTime) })),
  };
}
