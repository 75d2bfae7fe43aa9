import { randomBytes } from "node:crypto";
import { mkdir, open, rename, rm } from "node:fs/promises";
import path from "node:path";

/**
 * Writes `dir/name` so a reader (the print service, the operator's pickup) sees either nothing
 * or the whole file: the bytes go to a hidden temporary name, are flushed to disk, and are
 * renamed into place. Writing the same name again replaces it, which makes a rerun harmless.
 */
export async function writeFileAtomically(dir: string, name: string, content: Buffer | string): Promise<string> {
  if (name.includes("/") || name.includes("\\") || name.startsWith(".")) throw new Error(`unsafe outbox file name "${name}"`);
  await mkdir(dir, { recursive: true });
  const target = path.join(dir, name);
  const temporary = path.join(dir, `.${name}.${randomBytes(4).toString("hex")}.tmp`);
  const handle = await open(temporary, "wx");
  try {
    await handle.writeFile(content);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  return target;
}
