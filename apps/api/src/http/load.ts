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
 *
 * Bare HTTP/1.1 over sockets, as wrk or autocannon speak it, not node's http client: the load
 * runs on the same two cores as the server and PostgreSQL, and node's client (parser, streams and
 * message objects per request) spent about as much CPU per submit as the server's whole HTTP
 * layer, which the absolute submits-per-second goal then charged to the product. It reads what
 * the servers send: a length, or chunks; anything it cannot read counts as failed.
 */
export function postingClient(origin: string): PostingClient {
  const worker = new Worker(
    `
    const net = require("node:net");
    const { parentPort, workerData } = require("node:worker_threads");
    const target = new URL(workerData.origin);
    const host = target.host;
    const idle = [];

    // The status of one complete answer at the start of buffer, and where it ends; null while incomplete.
    function answerIn(buffer) {
      const head = buffer.indexOf("\\r\\n\\r\\n");
      if (head < 0) return null;
      const lines = buffer.toString("latin1", 0, head).split("\\r\\n");
      const status = Number(lines[0].split(" ")[1]);
      let length = null, chunked = false, close = false;
      for (const line of lines.slice(1)) {
        const colon = line.indexOf(":");
        const name = line.slice(0, colon).trim().toLowerCase();
        const value = line.slice(colon + 1).trim().toLowerCase();
        if (name === "content-length") length = Number(value);
        else if (name === "transfer-encoding") chunked = value.includes("chunked");
        else if (name === "connection") close = value === "close";
      }
      const bodyStart = head + 4;
      if (length !== null) return buffer.length >= bodyStart + length ? { status, end: bodyStart + length, close } : null;
      if (chunked) {
        const last = buffer.indexOf("0\\r\\n\\r\\n", bodyStart);
        return last >= 0 ? { status, end: last + 5, close } : null;
      }
      return { status: 0, end: buffer.length, close: true };
    }

    function connection() {
      return new Promise((resolve) => {
        const socket = net.connect({ host: target.hostname, port: Number(target.port) });
        socket.setNoDelay(true);
        const conn = { socket, buffer: Buffer.alloc(0), waiting: null, dead: false };
        socket.on("data", (data) => {
          conn.buffer = conn.buffer.length === 0 ? data : Buffer.concat([conn.buffer, data]);
          const answer = conn.waiting && answerIn(conn.buffer);
          if (!answer) return;
          conn.buffer = conn.buffer.subarray(answer.end);
          if (answer.close) { conn.dead = true; socket.destroy(); }
          const done = conn.waiting;
          conn.waiting = null;
          done(answer.status >= 200 && answer.status < 300);
        });
        const lost = () => {
          conn.dead = true;
          const done = conn.waiting;
          conn.waiting = null;
          if (done) done(false);
        };
        socket.on("error", lost);
        socket.on("close", lost);
        socket.once("connect", () => resolve(conn));
        socket.once("error", () => resolve(conn));
      });
    }

    async function post({ path, headers, body }) {
      let conn = idle.pop();
      while (conn && conn.dead) conn = idle.pop();
      if (!conn) conn = await connection();
      if (conn.dead) return false;
      const extra = Object.entries(headers).map(([name, value]) => name + ": " + value + "\\r\\n").join("");
      const answered = new Promise((resolve) => { conn.waiting = resolve; });
      conn.socket.write(
        "POST " + path + " HTTP/1.1\\r\\nhost: " + host + "\\r\\n" + extra +
        "content-type: application/json\\r\\ncontent-length: " + Buffer.byteLength(body) + "\\r\\n\\r\\n" + body,
      );
      const ok = await answered;
      if (!conn.dead) idle.push(conn);
      return ok;
    }

    parentPort.on("message", async (requests) => {
      const t0 = performance.now();
      const answers = await Promise.all(requests.map(post));
      parentPort.postMessage({ ms: performance.now() - t0, failed: answers.filter((ok) => !ok).length });
    });
    `,
    { eval: true, workerData: { origin } },
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
