import { hash, verify } from "@node-rs/argon2";

/**
 * Passwords are stored as argon2id hashes (OWASP's recommended parameters: 19 MiB, 2 iterations).
 * The comparison runs even for unknown accounts (against a fixed hash), so response times do not
 * reveal which email addresses have accounts.
 */
const OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export const MIN_PASSWORD_LENGTH = 10;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

const DUMMY_HASH =
  "$argon2id$v=19$m=19456,t=2,p=1$23U9TrMaAKcy/OmecLF+jA$dnSNd9jW9/10yRR+/x5NAQ8+gsfjLG10xeJD+zFf3gI";

export async function verifyPassword(passwordHash: string | null | undefined, password: string): Promise<boolean> {
  try {
    const ok = await verify(passwordHash ?? DUMMY_HASH, password);
    return ok && !!passwordHash;
  } catch {
    return false;
  }
}
