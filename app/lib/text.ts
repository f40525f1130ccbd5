/** Cutting text to fit a length, for the short plain texts staff paste into a message. Pure. */

/**
 * The longest start of `text` of at most `max` characters (UTF-16 units, as `length` counts them) that ends
 * between two letters as a reader sees them: an emoji or a rarer Chinese character (two units) is never cut in
 * half, nor a vowel sign parted from its consonant. (Where Intl.Segmenter is missing, in older browsers,
 * only the first is kept.)
 */
export function startOf(text: string, max: number): string {
  if (typeof Intl.Segmenter !== "function") {
    const low = text.charCodeAt(max);
    return text.slice(0, low >= 0xdc00 && low <= 0xdfff ? max - 1 : max);
  }
  let end = 0;
  for (const { index, segment } of new Intl.Segmenter(undefined, { granularity: "grapheme" }).segment(text)) {
    if (index + segment.length > max) break;
    end = index + segment.length;
  }
  return text.slice(0, end);
}

/** Cuts text to `max` characters at a word boundary where possible, marking the cut with "…". */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 1) return "…".slice(0, Math.max(0, max));
  const cut = startOf(text, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, "")}…`;
}
