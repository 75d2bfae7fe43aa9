import { encode, sendBatch, type BatchRequest, type CallOutcome, type Locale } from "./http-client";
import type { Prng } from "./prng";

export interface Call {
  path: string;
  type: "query" | "mutation";
  /** The signed-in caller's e-mail, or null for anonymous. */
  caller: string | null;
  input: unknown;
}

/** Procedures that must arrive alone (http/request-guard.ts). */
const ALONE = new Set(["auth.login"]);
// A GET longer than this is sent alone (node refuses request lines past 16 kB, as it would the web's);
// a POST body past this too, so one huge call cannot take nine others down with its 413.
const MAX_URL = 8_000;
const MAX_BODY = 150_000;

export interface Sent<C extends Call> {
  call: C;
  outcome: CallOutcome;
  locale: Locale;
}

/** Batches the calls as the web's client would (≤ 10 of one kind and caller), each batch in Finnish or, by the seed, English. */
export function batchesOf<C extends Call>(calls: readonly C[], prng: Prng, baseUrl: string, cookies: Record<string, string>) {
  const groups = new Map<string, C[]>();
  for (const call of calls) {
    const key = `${call.caller ?? "-"} ${call.type} ${ALONE.has(call.path) ? call.path : ""}`;
    groups.set(key, [...(groups.get(key) ?? []), call]);
  }
  const batches: { request: BatchRequest; calls: C[] }[] = [];
  for (const group of groups.values()) {
    let current: C[] = [];
    const flush = () => {
      if (current.length === 0) return;
      const first = current[0] as C;
      batches.push({
        calls: current,
        request: {
          type: first.type,
          paths: current.map((c) => c.path),
          inputs: current.map((c) => c.input),
          cookie: first.caller ? (cookies[first.caller] ?? null) : null,
          // Finnish is the default: most batches carry no language; some ask for English.
          locale: prng.chance(0.3) ? "en" : null,
        },
      });
      current = [];
    };
    for (const call of group) {
      const next = [...current, call];
      const { url, body } = encode(baseUrl, {
        type: call.type,
        paths: next.map((c) => c.path),
        inputs: next.map((c) => c.input),
        cookie: null,
        locale: null,
      });
      const tooBig = url.length > MAX_URL || (body?.length ?? 0) > MAX_BODY;
      if (current.length > 0 && (tooBig || next.length > 10 || ALONE.has(call.path))) flush();
      current.push(call);
    }
    flush();
  }
  return prng.shuffle(batches);
}

/** Sends the batches, `parallel` at a time; every call with its outcome and the language it asked for. */
export async function sendAll<C extends Call>(
  baseUrl: string,
  batches: { request: BatchRequest; calls: C[] }[],
  parallel: number,
): Promise<{ sent: Sent<C>[]; requests: number; responseStatuses: number[] }> {
  const sent: Sent<C>[] = [];
  const responseStatuses: number[] = [];
  let next = 0;
  async function worker() {
    while (next < batches.length) {
      const batch = batches[next++];
      if (!batch) return;
      const { status, calls } = await sendBatch(baseUrl, batch.request);
      responseStatuses.push(status);
      calls.forEach((outcome, i) => sent.push({ call: batch.calls[i] as C, outcome, locale: batch.request.locale ?? "fi" }));
    }
  }
  await Promise.all(Array.from({ length: parallel }, worker));
  return { sent, requests: batches.length, responseStatuses };
}
