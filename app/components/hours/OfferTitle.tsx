import type { LocalisedText } from "~/modules/cafe";
import { Interpolate } from "~/components/Interpolate";
import { WrittenText } from "~/components/shell/Languages";

/** The title of the offer a session or exception belongs to, as the page shows it (null: none, or not known). */
export type OfferTitleOf = (link: { sessionId?: string; exceptionId?: string }) => LocalisedText | null;

/**
 * A text whose slots (`{title}`, or any names given) are filled by offers' titles, each in its own language
 * and marked as the page marks it (see WrittenText).
 */
export function WithTitles({ text, titles }: { text: string; titles: Readonly<Record<string, LocalisedText>> }) {
  const values = Object.fromEntries(
    Object.entries(titles).map(([slot, title]) => [
      slot,
      <WrittenText key={slot} shown={title} as="span">
        {title.text}
      </WrittenText>,
    ]),
  );
  return <Interpolate text={text} values={values} />;
}
