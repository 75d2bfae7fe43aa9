import { createDb } from "@reskontra/db";
import { loadConfig } from "../config";
import { HetuRotationRefusal } from "./hetu-rotate";
import { ROTATION_USAGE, runHetuRotation } from "./hetu-rotate-run";

// `pnpm rotate-hetu-key [--generate] [--batch-size=N]`: moves every stored identity code to a new key
// (README, "Identity-code key"). Stop the api and the worker first; PGlite allows one process anyway.
const args = process.argv.slice(2);
const generate = args.includes("--generate");
const batchArg = args.find((a) => a.startsWith("--batch-size="));
const batchSize = batchArg ? Number(batchArg.slice("--batch-size=".length)) : undefined;
const unknown = args.filter((a) => a !== "--generate" && a !== batchArg);
if (unknown.length > 0 || (batchSize !== undefined && !(Number.isInteger(batchSize) && batchSize > 0))) {
  process.stderr.write(`${ROTATION_USAGE}\n  --batch-size=N   codes per transaction (default 500)\n`);
  process.exit(2);
}

const config = loadConfig();
const database = await createDb(config.DATABASE_URL, { max: 1 });
try {
  const result = await runHetuRotation({
    db: database.db,
    env: process.env,
    dataDir: config.DATA_DIR,
    generate,
    now: () => new Date(),
    ...(batchSize ? { batchSize } : {}),
  });
  const lines = [
    `Re-encrypted ${result.reencrypted} identity codes in ${result.batches} ${result.batches === 1 ? "batch" : "batches"} from key id ${result.fromKeyId} to ${result.toKeyId}; ` +
      `${result.alreadyUnderNewKey} were already under the new key.`,
  ];
  if (result.keyFile) lines.push(`The new key is in ${result.keyFile} (mode 600).`);
  else lines.push("Start the api and the worker with the new key in VOUCHER_HETU_KEY.");
  process.stdout.write(`${lines.join("\n")}\n`);
} catch (error) {
  if (!(error instanceof HetuRotationRefusal)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exitCode = 2;
} finally {
  await database.close();
}
