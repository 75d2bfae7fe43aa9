/**
 * Reads an e-invoice operator's HTTP answer. Operators answer in JSON or in XML (a Finvoice
 * acknowledgement in its SOAP frame, or a SOAP fault), so this looks for the few things we keep:
 * the operator's id for the message, when the operator received it, and, on a refusal, why.
 */

/** What the dispatch row keeps of a successful hand-over. */
export interface OperatorAck {
  messageId: string | null;
  receivedAt: Date;
  /** The answer's body as the operator sent it (clipped), for an agent who must check. */
  response: string | null;
}

const KEPT_CHARS = 4000;
const REASON_CHARS = 500;

/** An instant only when it says its zone: a bare local time would be read in the server's zone. */
function instantOf(value: unknown): Date | null {
  if (typeof value !== "string" || !/(Z|[+-]\d{2}:?\d{2})$/i.test(value.trim())) return null;
  const at = new Date(value.trim());
  return Number.isNaN(at.getTime()) ? null : at;
}

function firstString(...values: unknown[]): string | null {
  for (const value of values) if (typeof value === "string" && value.trim() !== "") return value.trim();
  return null;
}

/** The text of the first element with one of these local names, whatever its namespace prefix. */
function xmlText(body: string, names: string[]): string | null {
  for (const name of names) {
    const match = new RegExp(`<(?:[\\w.-]+:)?${name}(?:\\s[^>]*)?>([^<]*)</`, "i").exec(body);
    if (match?.[1]?.trim()) return match[1].trim();
  }
  return null;
}

function parseJson(body: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(body);
    return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

interface AnswerFields {
  messageId: string | null;
  timestamp: string | null;
  reason: string | null;
}

function fieldsOf(body: string): AnswerFields {
  const json = parseJson(body);
  if (json) {
    const error = json.error;
    return {
      messageId: firstString(json.messageId, json.message_id, json.id),
      timestamp: firstString(json.receivedAt, json.received_at, json.timestamp),
      reason: firstString(
        json.reason,
        json.message,
        typeof error === "object" && error !== null ? (error as Record<string, unknown>).message : error,
      ),
    };
  }
  if (body.trimStart().startsWith("<")) {
    return {
      messageId: xmlText(body, ["MessageId", "MessageIdentifier"]),
      timestamp: xmlText(body, ["Timestamp", "MessageTimeStamp"]),
      reason: xmlText(body, ["faultstring", "Reason", "Text"]),
    };
  }
  return { messageId: null, timestamp: null, reason: body.trim() || null };
}

/** Reads the whole answer once; `now` stands in for the receipt time when the operator gives none. */
export async function readOperatorAnswer(response: Response, now: Date): Promise<{ ack: OperatorAck; reason: string }> {
  const body = await response.text().catch(() => "");
  const fields = fieldsOf(body);
  return {
    ack: {
      messageId: fields.messageId ?? firstString(response.headers.get("x-message-id")),
      receivedAt: instantOf(fields.timestamp) ?? now,
      response: body.trim() ? body.slice(0, KEPT_CHARS) : null,
    },
    reason: (fields.reason ?? "").replace(/\s+/g, " ").slice(0, REASON_CHARS),
  };
}
