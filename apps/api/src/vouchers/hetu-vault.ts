import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from "node:crypto";

/**
 * Personal identity codes at rest: AES-256-GCM for display to roles that need the code, and a
 * keyed HMAC-SHA-256 for exact search, so neither the table nor an index holds it in plain text
 * and a stolen dump cannot be searched by guessing codes (the key is not in the database).
 * One master key (VOUCHER_HETU_KEY, 32 bytes base64) gives two subkeys through HKDF, so the
 * cipher and the MAC never share a key.
 */

// Development and tests only: refused when NODE_ENV is "production".
const DEVELOPMENT_KEY = "cmVza29udHJhLWRldmVsb3BtZW50LWhldHUta2V5ISE=";

export interface HetuVault {
  encrypt(hetu: string): Buffer;
  decrypt(ciphertext: Buffer): string;
  /** Hex HMAC of the normalized code: equal codes give equal hashes. */
  hash(hetu: string): string;
}

export function normalizeHetu(hetu: string): string {
  return hetu.trim().toUpperCase();
}

/** "010101A9992" → "010101A***": the birth date part, which providers may see. */
export function maskHetu(hetu: string): string {
  return `${normalizeHetu(hetu).slice(0, 7)}***`;
}

export function createHetuVault(base64Key: string): HetuVault {
  const master = Buffer.from(base64Key, "base64");
  if (master.length !== 32) throw new Error("VOUCHER_HETU_KEY must be 32 bytes, base64-encoded");
  const encKey = Buffer.from(hkdfSync("sha256", master, Buffer.alloc(0), "reskontra hetu aes-256-gcm", 32));
  const macKey = Buffer.from(hkdfSync("sha256", master, Buffer.alloc(0), "reskontra hetu hmac-sha-256", 32));
  return {
    encrypt(hetu) {
      const iv = randomBytes(12);
      const cipher = createCipheriv("aes-256-gcm", encKey, iv);
      const body = Buffer.concat([cipher.update(normalizeHetu(hetu), "utf8"), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]);
    },
    decrypt(ciphertext) {
      const decipher = createDecipheriv("aes-256-gcm", encKey, ciphertext.subarray(0, 12));
      decipher.setAuthTag(ciphertext.subarray(12, 28));
      return Buffer.concat([decipher.update(ciphertext.subarray(28)), decipher.final()]).toString("utf8");
    },
    hash(hetu) {
      return createHmac("sha256", macKey).update(normalizeHetu(hetu)).digest("hex");
    },
  };
}

/** The key from VOUCHER_HETU_KEY; without it, a fixed development key, refused in production. */
export function resolveHetuKey(env: NodeJS.ProcessEnv): string {
  const key = env.VOUCHER_HETU_KEY;
  if (key) return key;
  if (env.NODE_ENV === "production") throw new Error("VOUCHER_HETU_KEY is required in production (32 random bytes, base64)");
  return DEVELOPMENT_KEY;
}

let shared: HetuVault | undefined;

/** The process's vault, made once from its environment. */
export function hetuVault(): HetuVault {
  shared ??= createHetuVault(resolveHetuKey(process.env));
  return shared;
}
