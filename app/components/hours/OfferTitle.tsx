import type { LocalisedText } from "~/modules/cafe";
import { Interpolate } from "~/components/Interpolate";
import { WrittenText } from "~/components/shell/Languages";

/** The title of the offer a session or exception belongs to, as the page shows it (null: none, or not known). */
export type OfferTitleOf = (link: { sessionId?: string; exceptionId?: string }) => LocalisedText | null;

/**
 * A text whose slots (`{title}`, or any names given) are filled by offers' titles, each in its own language
 * and marked as the page marks it (see WrittenText). `unmarked`: in their language (lang, dir) without the
 * visible mark, where a printed card has no room for one on every line.
 */
export function WithTitles({ text, titles, unmarked = false }: { text: string; titles: Readonly<Record<string, LocalisedText>>; unmarked?: boolean }) {
  const values = Object.fromEntries(
    Object.entries(titles).map(([slot, title]) => [
      slot,
      unmarked ? (
        <span key={slot} lang={title.lang} dir={title.dir}>
          {title.text}
        </span>
      ) : (
        <WrittenText key={slot} shown={title} as="span">
          {title.text}
        </WrittenText>
      ),
    ]),
  );
  return <Interpolate text={text} values={values} />;
}
