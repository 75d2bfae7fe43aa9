import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { renderInvoicePdf, type InvoiceDocument } from "@reskontra/documents";
import type { Logger } from "pino";

/** Renders one dispatch's PDF: in the calling thread, or in a pool of render threads. */
export type RenderPdf = (doc: InvoiceDocument) => Promise<Buffer>;

export const renderInline: RenderPdf = (doc) => renderInvoicePdf(doc);

const ROLE = "reskontra-pdf-render";

type Reply = { ready: true } | { id: number; pdf: Uint8Array } | { id: number; failed: true };

/** True in a thread the pool started: the process's entry file then serves renders instead of starting. */
export function isRenderThread(): boolean {
  return !isMainThread && (workerData as { role?: unknown } | null)?.role === ROLE;
}

/**
 * The render thread's loop. A document that fails to render is answered "failed" without the error:
 * the pool renders it again in the main thread, which throws the very error (a domain error with its
 * code, say BARCODE_AMOUNT_TOO_LARGE) that the dispatch job records; an error object does not cross threads whole.
 */
export function serveRenderThread(): void {
  const port = parentPort;
  if (!port) throw new Error("serveRenderThread runs only in a worker thread");
  port.on("message", ({ id, doc }: { id: number; doc: InvoiceDocument }) => {
    renderInvoicePdf(doc).then(
      (pdf) => {
        // A copy of its own, so its memory moves to the main thread instead of being copied again.
        const bytes = new Uint8Array(pdf);
        port.postMessage({ id, pdf: bytes } satisfies Reply, [bytes.buffer]);
      },
      () => port.postMessage({ id, failed: true } satisfies Reply),
    );
  });
  port.postMessage({ ready: true } satisfies Reply);
}

interface Pending {
  doc: InvoiceDocument;
  resolve: (pdf: Buffer) => void;
  reject: (error: unknown) => void;
}

interface Thread {
  worker: Worker;
  ready: boolean;
  pending: Map<number, Pending>;
}

export interface RenderPool {
  render: RenderPdf;
  /** Threads asked for; 0 once they could not start (rendering then stays in the main thread). */
  readonly threads: number;
  /** PDFs rendered so far in the threads and in the main thread (fallbacks included): for the log and tests. */
  rendered(): { inThreads: number; inMainThread: number };
  close(): Promise<void>;
}

/**
 * PDF rendering off the worker's event loop: `threads` worker threads, each running `entry` (the
 * process's own entry file, which serves renders when isRenderThread()). Rendering is most of a
 * delivery's CPU; in the main thread it held up the database and SMTP work of every other dispatch
 * in the batch. Nothing is lost to a thread: a render it fails, or one in flight when it dies, is
 * done again in the main thread; a thread that dies is replaced at the next render, and if the
 * threads cannot start at all the pool says so once and renders in the main thread from then on.
 */
export function startRenderPool(options: { entry: string; threads: number; logger: Logger }): RenderPool {
  const { entry, logger } = options;
  const slots: (Thread | null)[] = Array.from({ length: Math.max(0, options.threads) }, () => null);
  let nextId = 1;
  let closed = false;
  let broken = slots.length === 0;
  const counts = { inThreads: 0, inMainThread: 0 };

  const inline: RenderPdf = (doc) => {
    counts.inMainThread++;
    return renderInline(doc);
  };
  const settleInline = (pending: Pending) => inline(pending.doc).then(pending.resolve, pending.reject);

  function spawn(index: number): Thread {
    const worker = new Worker(entry, { workerData: { role: ROLE } });
    const thread: Thread = { worker, ready: false, pending: new Map() };
    worker.on("message", (reply: Reply) => {
      if ("ready" in reply) {
        thread.ready = true;
        return;
      }
      const pending = thread.pending.get(reply.id);
      if (!pending) return;
      thread.pending.delete(reply.id);
      if ("pdf" in reply) {
        counts.inThreads++;
        pending.resolve(Buffer.from(reply.pdf.buffer, reply.pdf.byteOffset, reply.pdf.byteLength));
      } else {
        void settleInline(pending);
      }
    });
    const lost = (cause: unknown) => {
      if (slots[index] !== thread) return;
      slots[index] = null;
      if (!closed && !thread.ready && !broken) {
        broken = true;
        logger.error({ err: cause, entry }, "PDF render threads could not start; rendering in the main thread");
      } else if (!closed) {
        logger.warn({ err: cause }, "a PDF render thread stopped; its renders are done in the main thread and it is replaced");
      }
      for (const pending of thread.pending.values()) void settleInline(pending);
      thread.pending.clear();
    };
    worker.on("error", lost);
    worker.on("exit", (code) => lost(new Error(`exit code ${code}`)));
    return thread;
  }

  function pick(): Thread | null {
    if (broken || closed) return null;
    let best: Thread | null = null;
    for (let i = 0; i < slots.length; i++) {
      const thread = (slots[i] ??= spawn(i));
      if (!best || thread.pending.size < best.pending.size) best = thread;
    }
    return best;
  }

  return {
    get threads() {
      return broken ? 0 : slots.length;
    },
    render(doc) {
      const thread = pick();
      if (!thread) return inline(doc);
      const id = nextId++;
      return new Promise<Buffer>((resolve, reject) => {
        const pending = { doc, resolve, reject };
        thread.pending.set(id, pending);
        try {
          thread.worker.postMessage({ id, doc });
        } catch {
          // A document that cannot be copied to a thread (it never should): rendered here instead.
          thread.pending.delete(id);
          void settleInline(pending);
        }
      });
    },
    rendered: () => ({ ...counts }),
    async close() {
      closed = true;
      await Promise.all(slots.flatMap((thread) => (thread ? [thread.worker.terminate()] : [])));
    },
  };
}
