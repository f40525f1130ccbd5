/**
 * A booking's reference: six characters the call handler reads out and the caller writes down, from an
 * alphabet without look-alikes (no 0/O/D/Q, 1/I/L, 2/Z, 5/S, 8/B, U/V). 20 characters give 64 million
 * references; the database's unique index refuses a repeat and the booking is tried again with another.
 */
export const REFERENCE_ALPHABET = "ACEFGHJKMNPRTWXY3467" as const;
export const REFERENCE_LENGTH = 6;

/** A new random reference; `random` returns numbers in [0, 1) (crypto-backed on the server). */
export function newReference(random: () => number): string {
  let out = "";
  for (let i = 0; i < REFERENCE_LENGTH; i += 1) {
    out += REFERENCE_ALPHABET[Math.floor(random() * REFERENCE_ALPHABET.length) % REFERENCE_ALPHABET.length];
  }
  return out;
}

/** A reference as typed (lower case, spaces, dashes) in its stored form, or null when it cannot be one. */
export function normaliseReference(input: string): string | null {
  const value = input.toUpperCase().replace(/[\s-]/g, "");
  if (value.length !== REFERENCE_LENGTH) return null;
  return [...value].every((c) => REFERENCE_ALPHABET.includes(c)) ? value : null;
}
