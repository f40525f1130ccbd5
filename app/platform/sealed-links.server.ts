import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from "node:crypto";
import { sessionSecrets } from "./session-secret.server";

/**
 * Sealing a secret link (a password-reset or invitation link) for the time it waits in the database:
 * AES-256-GCM with a key derived from the session secret by HKDF-SHA256 under its own purpose label, so
 * the key is used for nothing else and the database alone never holds a working link.
 *
 * Each sealed value names its key by an id (a hash of the derived key, not the key): with several
 * SESSION_SECRET values (rotation: the first signs, all verify) the first seals and every one of them
 * opens. A secret that is no longer configured cannot open what it sealed: `openLink` returns null and the
 * caller treats the link as lost (the outbox marks such an email failed; the person asks for a new link).
 */
const PURPOSE = "cafe-network/outbox-link/v1";
const VERSION = "v1";

export type SealedLink = { keyId: string; ciphertext: string };

type Key = { id: string; key: Buffer };

function deriveKey(secret: string): Key {
  const key = Buffer.from(hkdfSync("sha256", secret, "", PURPOSE, 32));
  const id = createHash("sha256").update(PURPOSE).update(key).digest("hex").slice(0, 16);
  return { id, key };
}

let cache: { secrets: string; keys: Key[] } | undefined;
function keys(): Key[] {
  const secrets = sessionSecrets();
  const joined = secrets.join("\n");
  if (cache?.secrets !== joined) cache = { secrets: joined, keys: secrets.map(deriveKey) };
  return cache.keys;
}

/** Seals `link` with the current key (the first session secret's). */
export function sealLink(link: string): SealedLink {
  const { id, key } = keys()[0]!;
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(Buffer.from(`${VERSION}.${id}`));
  const body = Buffer.concat([cipher.update(link, "utf8"), cipher.final()]);
  const tag = cipher.getAuthTag();
  return { keyId: id, ciphertext: `${VERSION}.${iv.toString("base64url")}.${body.toString("base64url")}.${tag.toString("base64url")}` };
}

/** The link sealed in `sealed`, or null when no configured secret's key opens it (or it was altered). */
export function openLink(sealed: SealedLink): string | null {
  const key = keys().find((k) => k.id === sealed.keyId);
  const [version, iv, body, tag, ...rest] = sealed.ciphertext.split(".");
  if (!key || version !== VERSION || !iv || body === undefined || !tag || rest.length > 0) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", key.key, Buffer.from(iv, "base64url"), { authTagLength: 16 });
    decipher.setAAD(Buffer.from(`${VERSION}.${key.id}`));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}
