import { randomBytes } from "node:crypto";
import { chmod, link, mkdir, readFile, rename, stat, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { generateHetuKey, HETU_KEY_FORMAT, isHetuKey } from "./hetu-vault";

/** The development key's home: in the data folder, beside the embedded database it protects. */
export const HETU_KEY_FILE = "voucher-hetu.key";

export function hetuKeyPath(dataDir: string): string {
  return path.join(dataDir, HETU_KEY_FILE);
}

export interface KeyFileRead {
  key: string;
  /** The file could be read by others and was narrowed to its owner (mode 600). */
  tightened: boolean;
}

/** The key in `file`, or null when there is none. A file that holds no valid key is refused, never replaced. */
export async function readHetuKeyFile(file: string): Promise<KeyFileRead | null> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
  const key = text.trim();
  if (!isHetuKey(key)) throw new Error(`The key file ${file} holds no valid key: it must be ${HETU_KEY_FORMAT}`);
  const { mode } = await stat(file);
  const tightened = (mode & 0o077) !== 0;
  if (tightened) await chmod(file, 0o600);
  return { key, tightened };
}

/**
 * Writes a new random key to `file` (mode 600) unless one is there already, and gives the key the
 * file holds afterwards. The key is written to a private temporary file and hard-linked into place,
 * so a reader never sees a half-written file and two processes racing agree on one key.
 */
export async function createHetuKeyFile(file: string): Promise<{ key: string; created: boolean }> {
  await mkdir(path.dirname(file), { recursive: true });
  const key = generateHetuKey();
  const temporary = `${file}.${randomBytes(6).toString("hex")}.tmp`;
  await writeFile(temporary, `${key}\n`, { mode: 0o600, flag: "wx" });
  try {
    await link(temporary, file);
    return { key, created: true };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    const existing = await readHetuKeyFile(file);
    if (!existing) throw error;
    return { key: existing.key, created: false };
  } finally {
    await unlink(temporary);
  }
}

/** Puts the key in `from` in the place of `to` in one step (rename), so `to` never holds anything but a whole key. */
export async function replaceHetuKeyFile(from: string, to: string): Promise<void> {
  await chmod(from, 0o600);
  await rename(from, to);
}
