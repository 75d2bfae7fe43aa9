import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * Test-only: an e-invoice operator on a local port. It keeps one message per Idempotency-Key and
 * answers a repeated key with the first acknowledgement, as a real operator's deduplication does;
 * `refuseNext` makes the next requests fail with a given status and body first.
 */

export interface OperatorRequest {
  headers: IncomingHttpHeaders;
  body: string;
}

export interface FakeOperator {
  url: string;
  /** Every request, in order, including refused ones and repeats. */
  requests: OperatorRequest[];
  /** The messages the operator took, one per key. */
  messages: Map<string, { body: string; messageId: string }>;
  refuseNext(...answers: { status: number; body: string; contentType?: string }[]): void;
  close(): Promise<void>;
}

/** Helsinki 3.12.2026 10.15: what every acknowledgement says as the receipt time. */
export const OPERATOR_RECEIVED_AT = "2026-12-03T08:15:00Z";

export async function startFakeOperator(): Promise<FakeOperator> {
  const requests: OperatorRequest[] = [];
  const messages = new Map<string, { body: string; messageId: string }>();
  const refusals: { status: number; body: string; contentType?: string }[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      requests.push({ headers: req.headers, body });
      const refusal = refusals.shift();
      if (refusal) {
        res.writeHead(refusal.status, { "Content-Type": refusal.contentType ?? "text/plain; charset=utf-8" }).end(refusal.body);
        return;
      }
      const key = String(req.headers["idempotency-key"] ?? "");
      const message = messages.get(key) ?? { body, messageId: `OP-${messages.size + 1}` };
      messages.set(key, message);
      res
        .writeHead(202, { "Content-Type": "application/json" })
        .end(JSON.stringify({ messageId: message.messageId, receivedAt: OPERATOR_RECEIVED_AT, status: "accepted" }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/finvoice`,
    requests,
    messages,
    refuseNext: (...answers) => refusals.push(...answers),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
