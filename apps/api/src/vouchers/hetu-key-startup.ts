import { existsSync } from "node:fs";
import type { Db } from "@reskontra/db";
import { createHetuKeyFile, hetuKeyPath, readHetuKeyFile } from "./hetu-key-file";
import { countAllCodes, countStoredCodes, opensUnder, sampleOtherCode } from "./hetu-key-store";
import { HETU_KEY_FORMAT, isHetuKey, useHetuKeys } from "./hetu-vault";

function missingKeyMessage(file: string): string {
  return (
    `VOUCHER_HETU_KEY is not set and there is no key file ${file}. Set VOUCHER_HETU_KEY to the key the stored ` +
    `identity codes are under: ${HETU_KEY_FORMAT}. This process never makes a key of its own.`
  );
}

/** The api alone, before it touches the database: without VOUCHER_HETU_KEY or a key file it cannot start at all. */
export function exitWithoutHetuKey(env: NodeJS.ProcessEnv, dataDir: string): void {
  const file = hetuKeyPath(dataDir);
  if (env.VOUCHER_HETU_KEY || existsSync(file)) return;
  process.stderr.write(`${missingKeyMessage(file)}\n`);
  process.exit(2);
}

/** A start that must not go on: the caller prints the message and exits with code 2. */
export class HetuKeyRefusal extends Error {}

export interface HetuKeyStart {
  env: NodeJS.ProcessEnv;
  dataDir: string;
  db: Db;
  /**
   * `pnpm start` (one process, the embedded database in development) may make the key file on its
   * first start. The api alone never does: several instances would each make their own key and
   * write codes that the others cannot read; it takes VOUCHER_HETU_KEY, or a key file already there.
   */
  mayGenerate: boolean;
}

/**
 * Resolves and installs the process's identity-code keys, then checks that every stored code is
 * under them before anything (the demo seed, a request) reads or writes one. Gives the startup
 * banner's line, or null when there is nothing to say. Never prints a key or a code.
 */
export async function startHetuKeys(start: HetuKeyStart): Promise<string | null> {
  const { env, dataDir, db } = start;
  for (const name of ["VOUCHER_HETU_KEY", "VOUCHER_HETU_KEY_PREVIOUS"]) {
    const value = env[name];
    if (value !== undefined && value !== "" && !isHetuKey(value)) {
      throw new HetuKeyRefusal(`${name} is not a valid key: it must be ${HETU_KEY_FORMAT}.`);
    }
  }
  const previous = env.VOUCHER_HETU_KEY_PREVIOUS || null;
  const file = hetuKeyPath(dataDir);
  const notes: string[] = [];
  let current = env.VOUCHER_HETU_KEY || null;
  if (!current) {
    const read = await readHetuKeyFile(file).catch((error: Error) => {
      throw new HetuKeyRefusal(error.message);
    });
    if (read) {
      current = read.key;
      notes.push(`key from ${file}${read.tightened ? " (its mode was narrowed to 600)" : ""}`);
    } else if (!start.mayGenerate || env.NODE_ENV === "production") {
      throw new HetuKeyRefusal(missingKeyMessage(file));
    } else {
      const stored = await countAllCodes(db);
      if (stored > 0) {
        throw new HetuKeyRefusal(
          `The database holds ${stored} identity codes but there is no key for them: set VOUCHER_HETU_KEY to the key ` +
            "they were stored under, or move them to a new key with `VOUCHER_HETU_KEY_PREVIOUS=<that key> pnpm rotate-hetu-key --generate` " +
            '(README, "Identity-code key").',
        );
      }
      const made = await createHetuKeyFile(file);
      current = made.key;
      notes.push(made.created ? `generated a new random key into ${file} (mode 600); keep it with the data` : `key from ${file}`);
    }
  }
  const vault = useHetuKeys({ current, previous });
  const counts = await countStoredCodes(db, vault);
  if (counts.other > 0) {
    const sample = await sampleOtherCode(db, vault);
    if (!sample || !opensUnder(vault, sample)) {
      throw new HetuKeyRefusal(
        `${counts.other} of the ${counts.total} stored identity codes are not under the configured key (key id ${vault.keyId}` +
          `${vault.previousKeyId ? `, previous ${vault.previousKeyId}` : ""}). Start with the key they were stored under ` +
          "(VOUCHER_HETU_KEY, or VOUCHER_HETU_KEY_PREVIOUS during a rotation).",
      );
    }
    notes.push(`${counts.other} codes are in the format before key ids; \`pnpm rotate-hetu-key\` moves them`);
  }
  if (counts.previous > 0)
    notes.push(`${counts.previous} codes are still under the previous key; finish with \`pnpm rotate-hetu-key\``);
  return notes.length > 0 ? `Identity codes: ${notes.join("; ")}` : null;
}

/** For a process's start: the refusal goes to stderr with exit code 2, like the other configuration refusals. */
export async function startHetuKeysOrExit(start: HetuKeyStart): Promise<string | null> {
  try {
    return await startHetuKeys(start);
  } catch (error) {
    if (!(error instanceof HetuKeyRefusal)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
  }
}
