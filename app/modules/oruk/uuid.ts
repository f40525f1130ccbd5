/**
 * Stable public ids for the Open Referral UK API: name-based UUIDs (RFC 9562 version 5, SHA-1) of a
 * record's kind and its row id, in the app's own namespace.
 *
 * Why derived rather than stored: the row ids never change and are never reused, so a UUID made from one
 * is as stable as a stored column, without a migration, a backfill or a write on every path that creates
 * a row; and HSDS needs ids for things that have no row of their own (a café's location and address, the
 * link between a service and its location, a term attached to a service). The UUID does not reveal the row
 * id. Pure (no Node APIs), so it runs anywhere.
 */

/** The Café Network's namespace for its UUIDs (itself a random UUID, fixed forever). */
export const ORUK_NAMESPACE = "6f0d5a8e-3c1b-4b7e-9a54-2f7c1e9d8b30";

function utf8(text: string): number[] {
  return Array.from(new TextEncoder().encode(text));
}

function rotl(x: number, n: number): number {
  return (x << n) | (x >>> (32 - n));
}

/** SHA-1 of bytes (FIPS 180-4), as 20 bytes. */
export function sha1(bytes: readonly number[]): number[] {
  const ml = bytes.length * 8;
  const msg = [...bytes, 0x80];
  while (msg.length % 64 !== 56) msg.push(0);
  const hi = Math.floor(ml / 2 ** 32);
  for (const word of [hi, ml >>> 0]) msg.push((word >>> 24) & 0xff, (word >>> 16) & 0xff, (word >>> 8) & 0xff, word & 0xff);
  let h0 = 0x67452301;
  let h1 = 0xefcdab89;
  let h2 = 0x98badcfe;
  let h3 = 0x10325476;
  let h4 = 0xc3d2e1f0;
  const w = new Array<number>(80);
  for (let chunk = 0; chunk < msg.length; chunk += 64) {
    for (let i = 0; i < 16; i++) {
      const j = chunk + i * 4;
      w[i] = ((msg[j]! << 24) | (msg[j + 1]! << 16) | (msg[j + 2]! << 8) | msg[j + 3]!) >>> 0;
    }
    for (let i = 16; i < 80; i++) w[i] = rotl(w[i - 3]! ^ w[i - 8]! ^ w[i - 14]! ^ w[i - 16]!, 1) >>> 0;
    let [a, b, c, d, e] = [h0, h1, h2, h3, h4];
    for (let i = 0; i < 80; i++) {
      let f: number;
      let k: number;
      if (i < 20) [f, k] = [(b & c) | (~b & d), 0x5a827999];
      else if (i < 40) [f, k] = [b ^ c ^ d, 0x6ed9eba1];
      else if (i < 60) [f, k] = [(b & c) | (b & d) | (c & d), 0x8f1bbcdc];
      else [f, k] = [b ^ c ^ d, 0xca62c1d6];
      const temp = (rotl(a, 5) + f + e + k + w[i]!) >>> 0;
      e = d;
      d = c;
      c = rotl(b, 30) >>> 0;
      b = a;
      a = temp;
    }
    h0 = (h0 + a) >>> 0;
    h1 = (h1 + b) >>> 0;
    h2 = (h2 + c) >>> 0;
    h3 = (h3 + d) >>> 0;
    h4 = (h4 + e) >>> 0;
  }
  return [h0, h1, h2, h3, h4].flatMap((h) => [(h >>> 24) & 0xff, (h >>> 16) & 0xff, (h >>> 8) & 0xff, h & 0xff]);
}

function uuidBytes(uuid: string): number[] {
  const hex = uuid.replace(/-/g, "");
  return Array.from({ length: 16 }, (_, i) => parseInt(hex.slice(i * 2, i * 2 + 2), 16));
}

/** A version 5 UUID of `name` in `namespace`. */
export function uuidV5(name: string, namespace: string = ORUK_NAMESPACE): string {
  const hash = sha1([...uuidBytes(namespace), ...utf8(name)]).slice(0, 16);
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.map((b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const memo = new Map<string, string>();

/** The public UUID of a record: `kind` names what it is ("service:cafe", "location:cafe", …), `key` its row id. */
export function publicId(kind: string, key: string): string {
  const name = `${kind}:${key}`;
  let id = memo.get(name);
  if (!id) {
    id = uuidV5(name);
    if (memo.size > 200_000) memo.clear();
    memo.set(name, id);
  }
  return id;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a string is a UUID (any version), as the API's {id} must be. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
