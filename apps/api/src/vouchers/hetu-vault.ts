import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from "node:crypto";

/**
 * Personal identity codes at rest: AES-256-GCM for display to roles that need the code, and a
 * keyed HMAC-SHA-256 for exact search, so neither the table nor an index holds it in plain text
 * and a stolen dump cannot be searched by guessing codes (the key is not in the database).
 * One master key (VOUCHER_HETU_KEY, 32 bytes base64) gives two subkeys and a key id through HKDF,
 * so the cipher and the MAC never share a key.
 *
 * A ciphertext is `key id (4) | iv (12) | tag (16) | body`: the key id says which key wrote it, so a
 * rotation finds the rows still to move in SQL and a re-run skips those already moved. Ciphertexts
 * written before key ids (`iv | tag | body`) are still read, by trying the keys in turn.
 */

const KEY_ID_BYTES = 4;
const IV_BYTES = 12;
const TAG_BYTES = 16;

export interface HetuVault {
  /** 8 hex digits naming the current key: safe to print and audit, it reveals nothing of the key. */
  keyId: string;
  /** The current key's id as stored in front of each ciphertext. */
  keyIdBytes: Buffer;
  /** The previous key's id while a rotation is under way, else null. */
  previousKeyId: string | null;
  previousKeyIdBytes: Buffer | null;
  encrypt(hetu: string): Buffer;
  /** Under the current key or, during a rotation, the previous one. */
  decrypt(ciphertext: Buffer): string;
  /** Hex HMAC of the normalized code under the current key: equal codes give equal hashes. */
  hash(hetu: string): string;
  /** The hashes to look a code up by: the current key's and, during a rotation, the previous key's. */
  hashes(hetu: string): string[];
}

export function normalizeHetu(hetu: string): string {
  return hetu.trim().toUpperCase();
}

/** "010101A9992" → "010101A***": the birth date part, which providers may see. */
export function maskHetu(hetu: string): string {
  return `${normalizeHetu(hetu).slice(0, 7)}***`;
}

/** What a valid key looks like, for every message that refuses one. */
export const HETU_KEY_FORMAT = "32 random bytes in base64, 44 characters ending in '=' (make one with `openssl rand -base64 32`)";

/** A fresh random key in the form VOUCHER_HETU_KEY takes. */
export function generateHetuKey(): string {
  return randomBytes(32).toString("base64");
}

/** True for a key in the one accepted form; never echo the value when it is false. */
export function isHetuKey(text: string): boolean {
  return /^[A-Za-z0-9+/]{43}=$/.test(text) && Buffer.from(text, "base64").length === 32;
}

interface KeyMaterial {
  id: Buffer;
  encKey: Buffer;
  macKey: Buffer;
}

function keyMaterial(base64Key: string, name: string): KeyMaterial {
  if (!isHetuKey(base64Key)) throw new Error(`${name} is not a valid key: it must be ${HETU_KEY_FORMAT}`);
  const master = Buffer.from(base64Key, "base64");
  const derive = (info: string, length: number) => Buffer.from(hkdfSync("sha256", master, Buffer.alloc(0), info, length));
  return {
    id: derive("reskontra hetu key id", KEY_ID_BYTES),
    encKey: derive("reskontra hetu aes-256-gcm", 32),
    macKey: derive("reskontra hetu hmac-sha-256", 32),
  };
}

function open(encKey: Buffer, sealed: Buffer): string | null {
  if (sealed.length < IV_BYTES + TAG_BYTES) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", encKey, sealed.subarray(0, IV_BYTES));
    decipher.setAuthTag(sealed.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(sealed.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}

/** The code under one key: with its key id in front, or in the format written before key ids. */
function openWith(key: KeyMaterial, ciphertext: Buffer): string | null {
  if (ciphertext.subarray(0, KEY_ID_BYTES).equals(key.id)) {
    const opened = open(key.encKey, ciphertext.subarray(KEY_ID_BYTES));
    if (opened !== null) return opened;
  }
  return open(key.encKey, ciphertext);
}

/** `current` encrypts and hashes; `previous`, given only during a rotation, is tried when reading. */
export function createHetuVault(current: string, previous?: string | null): HetuVault {
  const now = keyMaterial(current, "VOUCHER_HETU_KEY");
  const before = previous ? keyMaterial(previous, "VOUCHER_HETU_KEY_PREVIOUS") : null;
  const keys = before && !before.id.equals(now.id) ? [now, before] : [now];
  const hmac = (key: KeyMaterial, hetu: string) => createHmac("sha256", key.macKey).update(normalizeHetu(hetu)).digest("hex");
  return {
    keyId: now.id.toString("hex"),
    keyIdBytes: now.id,
    previousKeyId: before?.id.toString("hex") ?? null,
    previousKeyIdBytes: before?.id ?? null,
    encrypt(hetu) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv("aes-256-gcm", now.encKey, iv);
      const body = Buffer.concat([cipher.update(normalizeHetu(hetu), "utf8"), cipher.final()]);
      return Buffer.concat([now.id, iv, cipher.getAuthTag(), body]);
    },
    decrypt(ciphertext) {
      for (const key of keys) {
        const opened = openWith(key, ciphertext);
        if (opened !== null) return opened;
      }
      // No detail from the cipher: the message may reach a log, the code and key never do.
      throw new Error("An identity code could not be decrypted with the configured key (VOUCHER_HETU_KEY)");
    },
    hash: (hetu) => hmac(now, hetu),
    hashes: (hetu) => keys.map((key) => hmac(key, hetu)),
  };
}

let shared: HetuVault | undefined;

/** Sets the process's keys; a process's start calls this once it has resolved them (hetu-key-startup.ts). */
export function useHetuKeys(keys: { current: string; previous?: string | null | undefined }): HetuVault {
  shared = createHetuVault(keys.current, keys.previous);
  return shared;
}

/**
 * The process's vault. Never a built-in key: a process that did not resolve its keys at start may
 * still name them in its environment; otherwise this refuses.
 */
export function hetuVault(): HetuVault {
  if (shared) return shared;
  const current = process.env.VOUCHER_HETU_KEY;
  if (!current) {
    throw new Error(`No key for identity codes: set VOUCHER_HETU_KEY (${HETU_KEY_FORMAT}) or start with \`pnpm start\``);
  }
  return useHetuKeys({ current, previous: process.env.VOUCHER_HETU_KEY_PREVIOUS });
}
