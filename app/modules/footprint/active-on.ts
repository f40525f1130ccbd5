/**
 * Footprints and practice memberships change over time (PCNs open, close, merge; practices move between
 * them). One rule says whether such a dated record is in force on a London date: from its first date to
 * its last, both inclusive, either end open when unknown.
 */
export function inForceOn(from: string | null, until: string | null, date: string): boolean {
  if (from && from > date) return false;
  if (until && until < date) return false;
  return true;
}

/** Is a footprint active on a date? Opened on or before it (if known) and not closed by then. */
export function isActiveOn(footprint: { openedOn: string | null; closedOn: string | null }, date: string): boolean {
  return inForceOn(footprint.openedOn, footprint.closedOn, date);
}

/** Is a practice a member of its footprint on the date? */
export function practiceActiveOn(p: { activeFrom: string | null; activeUntil: string | null }, date: string): boolean {
  return inForceOn(p.activeFrom, p.activeUntil, date);
}
