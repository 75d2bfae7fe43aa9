import { writeFile, mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { renderInvoicePdf } from "@reskontra/documents";
import { sampleInvoiceDocument, sampleReminderDocument } from "@reskontra/documents/testing";
import pino from "pino";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt } from "../../../../tooling/bundle-node.mjs";
import { startRenderPool, type RenderPool } from "./render-pool";

// The threads run the worker's built entry, as production does (dist/main.js serves renders in a render thread).
const workerDir = fileURLToPath(new URL("../..", import.meta.url));
let entry = "";
const pools: RenderPool[] = [];
const logger = pino({ level: "silent" });

beforeAll(async () => {
  const { outdir } = await ensureBuilt({ cwd: workerDir, entries: ["src/main.ts"] });
  entry = path.join(outdir, "main.js");
}, 120_000);

afterEach(async () => {
  await Promise.all(pools.splice(0).map((pool) => pool.close()));
});

function pool(options: { entry?: string; threads: number }): RenderPool {
  const started = startRenderPool({ entry: options.entry ?? entry, threads: options.threads, logger });
  pools.push(started);
  return started;
}

describe("the PDF render pool", () => {
  it("renders in its threads the very bytes the main thread renders", async () => {
    const renders = pool({ threads: 2 });
    const docs = Array.from({ length: 12 }, (_, i) =>
      i % 2 === 0 ? { ...sampleInvoiceDocument, invoiceNumber: `1234560${i}` } : sampleReminderDocument,
    );
    const threaded = await Promise.all(docs.map((doc) => renders.render(doc)));
    const inline = await Promise.all(docs.map((doc) => renderInvoicePdf(doc)));
    expect(threaded.every((pdf, i) => inline[i]?.equals(pdf))).toBe(true);
    expect(renders.rendered()).toEqual({ inThreads: 12, inMainThread: 0 });
    expect(renders.threads).toBe(2);
  }, 60_000);

  it("fails a document that cannot be rendered with the main thread's own error", async () => {
    const renders = pool({ threads: 1 });
    const bad = { ...sampleInvoiceDocument, virtualBarcode: "123" };
    const inlineError = await renderInvoicePdf(bad).catch((error: unknown) => error);
    const threadError = await renders.render(bad).catch((error: unknown) => error);
    expect(inlineError).toBeInstanceOf(RangeError);
    expect(threadError).toBeInstanceOf(RangeError);
    expect((threadError as Error).message).toBe((inlineError as Error).message);
  }, 60_000);

  it("renders in the main thread, losing nothing, when its threads cannot start", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "reskontra-render-"));
    const broken = path.join(dir, "broken.mjs");
    await writeFile(broken, "throw new Error('no renderer here');\n");
    const renders = pool({ entry: broken, threads: 2 });
    const pdfs = await Promise.all([1, 2, 3].map(() => renders.render(sampleInvoiceDocument)));
    const expected = await renderInvoicePdf(sampleInvoiceDocument);
    expect(pdfs.every((pdf) => pdf.equals(expected))).toBe(true);
    expect(renders.rendered()).toEqual({ inThreads: 0, inMainThread: 3 });
    expect(renders.threads).toBe(0);
    // And it stays that way: no new thread is tried for the next document.
    await renders.render(sampleInvoiceDocument);
    expect(renders.rendered().inMainThread).toBe(4);
  }, 60_000);
});
