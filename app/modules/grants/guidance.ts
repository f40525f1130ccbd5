/**
 * A round's guidance as applicants read it. Officers type it as plain text: paragraphs separated by blank
 * lines, with http(s) addresses written out. It is never read as HTML: the page shows each paragraph as
 * text, and only the addresses become links (a full stop or bracket right after an address ends it).
 */

export type GuidancePiece = { kind: "text"; text: string } | { kind: "link"; href: string; text: string };
export type GuidanceParagraph = GuidancePiece[];

const ADDRESS = /\bhttps?:\/\/[^\s<>"]+/gi;
const TRAILING = /[.,;:!?)\]}'"]+$/;

/** The pieces of one paragraph: text, and the addresses in it as links. */
function pieces(paragraph: string): GuidanceParagraph {
  const out: GuidanceParagraph = [];
  let last = 0;
  for (const match of paragraph.matchAll(ADDRESS)) {
    const raw = match[0];
    const trailing = TRAILING.exec(raw)?.[0] ?? "";
    const address = raw.slice(0, raw.length - trailing.length);
    const start = match.index;
    if (!isWebAddress(address)) continue;
    if (start > last) out.push({ kind: "text", text: paragraph.slice(last, start) });
    out.push({ kind: "link", href: address, text: address });
    last = start + address.length;
  }
  if (last < paragraph.length) out.push({ kind: "text", text: paragraph.slice(last) });
  return out;
}

function isWebAddress(candidate: string): boolean {
  try {
    const url = new URL(candidate);
    return (url.protocol === "https:" || url.protocol === "http:") && url.hostname.length > 0;
  } catch {
    return false;
  }
}

/** The guidance as paragraphs (blank lines separate them; single line breaks become spaces). */
export function guidanceParagraphs(guidance: string): GuidanceParagraph[] {
  return guidance
    .replace(/\r\n?/g, "\n")
    .split(/\n[ \t]*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, " ").trim())
    .filter((p) => p !== "")
    .map(pieces);
}
