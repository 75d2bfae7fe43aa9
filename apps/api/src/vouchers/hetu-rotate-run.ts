import type { Db } from "@reskontra/db";
import { createHetuKeyFile, hetuKeyPath, readHetuKeyFile, replaceHetuKeyFile } from "./hetu-key-file";
import { HetuRotationRefusal, rotateHetuKey, type RotationResult } from "./hetu-rotate";

export interface RotationRun {
  db: Db;
  env: NodeJS.ProcessEnv;
  dataDir: string;
  /** Make the new key, move the codes to it, then put it in the data folder's key file. */
  generate: boolean;
  now: () => Date;
  batchSize?: number;
}

export const ROTATION_USAGE =
  "Usage: VOUCHER_HETU_KEY_PREVIOUS=<old key> VOUCHER_HETU_KEY=<new key> pnpm rotate-hetu-key\n" +
  "   or: pnpm rotate-hetu-key --generate   (the data folder's key file: a new random key replaces it)";

/**
 * Which keys a rotation goes between, and for `--generate` the key file's turn-over. The new key is
 * written to `voucher-hetu.key.next` before any code moves to it and takes the key file's place only
 * after the last one has, so a run killed in between loses no key: the re-run picks up the same
 * pending key, finds the codes already under it, and finishes the swap.
 */
export async function runHetuRotation(run: RotationRun): Promise<RotationResult & { keyFile: string | null }> {
  const { env } = run;
  const common = { now: run.now, ...(run.batchSize ? { batchSize: run.batchSize } : {}) };
  if (!run.generate) {
    const previous = env.VOUCHER_HETU_KEY_PREVIOUS;
    const next = env.VOUCHER_HETU_KEY;
    if (!previous || !next) throw new HetuRotationRefusal(`Both keys are needed.\n${ROTATION_USAGE}`);
    return { ...(await rotateHetuKey(run.db, { previous, next, ...common })), keyFile: null };
  }
  if (env.VOUCHER_HETU_KEY) {
    throw new HetuRotationRefusal(`--generate makes the new key itself: leave VOUCHER_HETU_KEY unset.\n${ROTATION_USAGE}`);
  }
  const keyFile = hetuKeyPath(run.dataDir);
  const pending = `${keyFile}.next`;
  let previous = env.VOUCHER_HETU_KEY_PREVIOUS;
  if (!previous) {
    const read = await readHetuKeyFile(keyFile).catch((error: Error) => {
      throw new HetuRotationRefusal(error.message);
    });
    if (!read)
      throw new HetuRotationRefusal(
        `There is no key file ${keyFile} to rotate from; name the old key in VOUCHER_HETU_KEY_PREVIOUS.`,
      );
    previous = read.key;
  }
  const { key: next } = await createHetuKeyFile(pending);
  const result = await rotateHetuKey(run.db, { previous, next, ...common });
  await replaceHetuKeyFile(pending, keyFile);
  return { ...result, keyFile };
}
