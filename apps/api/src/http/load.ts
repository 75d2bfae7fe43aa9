import { Worker } from "node:worker_threads";

/**
 * A small autocannon for benches: `connections` keep-alive clients in a worker thread of their own
 * (so the load does not share the servers' event loop) request the same path for `durationMs`;
 * only 200 answers count. Given a list of headers, client i sends the i-th (say, a session of its
 * own, as fifty people would). Returns requests per second and the latency percentiles.
 */
export async function hammer(options: {
  url: string;
  headers: Record<string, string> | readonly Record<string, string>[];
  connections: number;
  durationMs: number;
}): Promise<{ rps: number; ok: number; failed: number; p50: number; p95: number }> {
  const worker = new Worker(
    `
    const http = require("node:http");
    const { parentPort, workerData } = require("node:worker_threads");
    const { url, headers, connections, durationMs } = workerData;
    const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
    const target = new URL(url);
    let ok = 0, failed = 0;
    const latencies = [];
    const started = performance.now();
    const until = started + durationMs;
    const headersOf = (client) => (Array.isArray(headers) ? headers[client % headers.length] : headers);
    function once(client) {
      return new Promise((resolve) => {
        const t0 = performance.now();
        const req = http.request({ host: target.hostname, port: target.port, path: target.pathname + target.search, agent, headers: headersOf(client) }, (res) => {
          res.on("data", () => {});
          res.on("end", () => {
            if (res.statusCode === 200) ok++; else failed++;
            latencies.push(performance.now() - t0);
            resolve();
          });
        });
        req.on("error", () => { failed++; resolve(); });
        req.end();
      });
    }
    async function loop(client) { while (performance.now() < until) await once(client); }
    Promise.all(Array.from({ length: connections }, (_, client) => loop(client))).then(() => {
      const seconds = (performance.now() - started) / 1000;
      latencies.sort((a, b) => a - b);
      const at = (p) => latencies[Math.min(latencies.length - 1, Math.ceil(p * latencies.length) - 1)] ?? NaN;
      agent.destroy();
      parentPort.postMessage({ rps: ok / seconds, ok, failed, p50: at(0.5), p95: at(0.95) });
    });
    `,
    { eval: true, workerData: options },
  );
  try {
    return await new Promise((resolve, reject) => {
      worker.once("message", resolve);
      worker.once("error", reject);
    });
  } finally {
    await worker.terminate();
  }
}

export interface PostingClient {
  /** Sends every request at once and resolves when all have answered: elapsed ms and non-2xx answers. */
  postAll(requests: { path: string; headers: Record<string, string>; body: string }[]): Promise<{ ms: number; failed: number }>;
  close(): Promise<void>;
}

/**
 * HTTP clients for benches that post given bodies in rounds (a submit per draft): they run in a
 * worker thread of their own, as `hammer` does, so building and reading requests does not share
 * the server's event loop. Keep-alive, one socket per request in flight.
 */
export function postingClient(origin: string, connections: number): PostingClient {
  const worker = new Worker(
    `
    const http = require("node:http");
    const { parentPort, workerData } = require("node:worker_threads");
    const target = new URL(workerData.origin);
    const agent = new http.Agent({ keepAlive: true, maxSockets: workerData.connections });
    function post({ path, headers, body }) {
      return new Promise((resolve) => {
        const req = http.request({ host: target.hostname, port: target.port, path, method: "POST", agent,
          headers: { ...headers, "content-type": "application/json", "content-length": Buffer.byteLength(body) } }, (res) => {
          res.on("data", () => {});
          res.on("end", () => resolve(res.statusCode >= 200 && res.statusCode < 300));
        });
        req.on("error", () => resolve(false));
        req.end(body);
      });
    }
    parentPort.on("message", async (requests) => {
      const t0 = performance.now();
      const answers = await Promise.all(requests.map(post));
      parentPort.postMessage({ ms: performance.now() - t0, failed: answers.filter((ok) => !ok).length });
    });
    `,
    { eval: true, workerData: { origin, connections } },
  );
  return {
    postAll: (requests) =>
      new Promise((resolve, reject) => {
        const failed = (error: Error) => {
          worker.off("message", answered);
          reject(error);
        };
        const answered = (result: { ms: number; failed: number }) => {
          worker.off("error", failed);
          resolve(result);
        };
        worker.once("message", answered);
        worker.once("error", failed);
        worker.postMessage(requests);
      }),
    close: async () => {
      await worker.terminate();
    },
  };
}
