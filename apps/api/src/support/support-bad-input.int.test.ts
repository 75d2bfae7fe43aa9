import {
  supportAttachments,
  supportCallbacks,
  supportCalls,
  supportInboundMails,
  supportLines,
  supportSavedReplies,
  supportSuggestions,
  supportThirdParties,
  supportThirdPartyTopics,
  supportTickets,
} from "@reskontra/db";
import type { AddressInfo } from "node:net";
import { storeAttachments } from "@reskontra/usecases/support";
import { TRPCError } from "@trpc/server";
import { eq, isNotNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { SESSION_COOKIE } from "../auth/tokens";
import { buildServer, type ApiServer } from "../http/server";
import { appRouter } from "../router";
import { DEMO_CTI_SECRET } from "../seed/seed-support";
import { createHarness, type Harness } from "../testing";
import { describeError } from "../trpc/format-error";

// The outside probe's bad input, walked over every support procedure: each text field gets NUL, a
// lone surrogate and a megabyte; each id a non-id, an empty one, an unknown one and another
// organization's. Every answer is a refusal in plain words (never a 500, never a type's name), and
// another organization's ticket, attachment or suggestion never comes back to a requester.

type Json = { [key: string]: unknown };
type Procedure = { _def: { type: string; inputs: z.ZodType[] } };
const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, Procedure>).filter(([path]) =>
  path.startsWith("support."),
);

const UNKNOWN_ID = "7b0c4a52-1f8e-4d4b-9a3e-0d6f7c2b9e11";
const TYPE_WORDS = /uuid|string|expected|received|regex|pattern|NaN|undefined|\bnull\b/i;
const MEGABYTE = "x".repeat(1_000_000);

/** The input's JSON Schema: every `.input()` of the procedure merged, as the client must send it. */
function inputSchema(procedure: Procedure): Json {
  const properties: Json = {};
  for (const input of procedure._def.inputs) {
    const schema = z.toJSONSchema(input, { io: "input", unrepresentable: "any" }) as Json;
    Object.assign(properties, schema.properties ?? {});
  }
  return { type: "object", properties };
}

const isUuid = (schema: Json) => schema.format === "uuid";
function nonNull(schema: Json): Json {
  const anyOf = schema.anyOf as Json[] | undefined;
  return anyOf?.find((s) => s.type !== "null") ?? schema;
}

/** A plausible value for a schema: the probe varies one leaf of it at a time. */
function sample(schema: Json, name: string, ids: Record<string, string>): unknown {
  const s = nonNull(schema);
  if (s.enum) return (s.enum as unknown[])[0];
  if (s.type === "object" || s.properties) {
    const out: Json = {};
    for (const [key, sub] of Object.entries((s.properties ?? {}) as Record<string, Json>)) out[key] = sample(sub, key, ids);
    return out;
  }
  if (s.type === "array") {
    const item = sample((s.items ?? {}) as Json, name, ids);
    return Array.from({ length: Math.max(1, Number(s.minItems ?? 1)) }, () => item);
  }
  if (s.type === "integer" || s.type === "number") return Math.max(1, Number(s.minimum ?? 1));
  if (s.type === "boolean") return false;
  if (isUuid(s)) return ids[name] ?? UNKNOWN_ID;
  if (/month/i.test(name)) return "2026-11";
  if (/date/i.test(name)) return "2026-11-23";
  if (/at$|time/i.test(name)) return "2026-11-23T10:00:00.000Z";
  if (/email/i.test(name)) return "testi@asiakas.example";
  if (/phone/i.test(name)) return "+358401234567";
  if (/website|url/i.test(name)) return "https://example.fi";
  return "Laskun 1001021 tiedot".padEnd(Math.max(3, Number(s.minLength ?? 1)), ".").slice(0, Number(s.maxLength ?? 100));
}

type Leaf = { path: (string | number)[]; schema: Json };
function leaves(schema: Json, path: (string | number)[] = []): Leaf[] {
  const s = nonNull(schema);
  if (s.type === "object" || s.properties) {
    return Object.entries((s.properties ?? {}) as Record<string, Json>).flatMap(([key, sub]) => leaves(sub, [...path, key]));
  }
  if (s.type === "array") return leaves((s.items ?? {}) as Json, [...path, 0]);
  return [{ path, schema: s }];
}

function withLeaf(input: unknown, path: (string | number)[], value: unknown): unknown {
  const copy = structuredClone(input) as Json;
  let at: Json = copy;
  for (const key of path.slice(0, -1)) at = at[key as string] as Json;
  at[path.at(-1) as string] = value;
  return copy;
}

type Variant = { name: string; value: unknown; mustRefuse: boolean; foreign?: boolean };
function variants(leaf: Leaf, foreignIds: Record<string, string>): Variant[] {
  const name = String(leaf.path.findLast((p) => typeof p === "string"));
  const s = leaf.schema;
  if (isUuid(s)) {
    const out: Variant[] = [
      { name: "not an id", value: "lasku-123", mustRefuse: true },
      { name: "empty id", value: "", mustRefuse: true },
      { name: "NUL in id", value: `${UNKNOWN_ID}\u0000`, mustRefuse: true },
      { name: "unknown id", value: UNKNOWN_ID, mustRefuse: false },
    ];
    const foreign = foreignIds[name];
    if (foreign) out.push({ name: "other organization's id", value: foreign, mustRefuse: false, foreign: true });
    return out;
  }
  if (s.type === "integer" || s.type === "number") {
    return [
      { name: "absurd number", value: 1e20, mustRefuse: true },
      { name: "NaN-like text", value: "NaN", mustRefuse: true },
      { name: "negative", value: -1, mustRefuse: false },
    ];
  }
  if (s.type === "string" && !s.enum) {
    const out: Variant[] = [
      { name: "NUL", value: "Lasku\u0000 1001021", mustRefuse: true },
      { name: "lone surrogate", value: "Lasku \uD800 1001021", mustRefuse: true },
      { name: "1 MB", value: MEGABYTE, mustRefuse: true },
    ];
    if (/month|date|at$|time/i.test(name)) {
      out.push(
        { name: "year 0", value: /month/i.test(name) ? "0000-01" : "0000-01-01", mustRefuse: false },
        { name: "year 9999", value: /month/i.test(name) ? "9999-12" : "9999-12-31", mustRefuse: false },
        { name: "NaN date", value: "NaN", mustRefuse: true },
      );
    }
    return out;
  }
  return [];
}

describe("support procedures refuse bad input in plain words", () => {
  let h: Harness;
  const callers: Record<string, Awaited<ReturnType<Harness["as"]>>> = {};
  const ids: Record<string, string> = {};
  const foreignIds: Record<string, string> = {};
  let foreignTexts: string[] = [];

  beforeAll(async () => {
    h = await createHarness();
    for (const email of [
      "agentti@demo.reskontra.fi",
      "tuote@demo.reskontra.fi",
      "ville.virtanen@demo.reskontra.fi",
      "paakayttaja@demo.reskontra.fi",
    ]) {
      callers[email] = await h.as(email);
    }
    // Another organization's requester files a ticket of their own: the probe's "second tenant".
    const aino = await h.as("aino.aalto@demo.reskontra.fi");
    const ainos = await aino.support.tickets.create({
      organizationId: h.demo.organizationIds.aalto,
      subject: "Aallon oma salainen asia",
      description: "Laskun 1001021 summa on väärin, Aallon oma salainen kuvaus.",
      category: "invoices",
      sendWithoutIdentifier: true,
    });
    const db = h.deps.db;
    // …with a file on it, so the probe can ask for another organization's attachment too.
    await storeAttachments(db, { ticketId: ainos.id, messageId: ainos.messageId, uploadedBy: null, now: h.now.value }, [
      { fileName: "aalto.txt", bytes: new TextEncoder().encode("Aallon oma salainen liite"), contentType: "text/plain" },
    ]);
    const virtanen = h.demo.organizationIds.virtanen;
    const aalto = h.demo.organizationIds.aalto;
    const own = await db.select().from(supportTickets).where(eq(supportTickets.organizationId, virtanen)).limit(1);
    const other = await db.select().from(supportTickets).where(eq(supportTickets.organizationId, aalto)).limit(1);
    const [line] = await db.select().from(supportLines).limit(1);
    const [party] = await db.select().from(supportThirdParties).limit(1);
    const [topic] = await db.select().from(supportThirdPartyTopics).limit(1);
    const [saved] = await db.select().from(supportSavedReplies).limit(1);
    const [call] = await db.select().from(supportCalls).limit(1);
    const [callback] = await db.select().from(supportCallbacks).limit(1);
    const [mail] = await db.select().from(supportInboundMails).limit(1);
    const [suggestion] = await db
      .select()
      .from(supportSuggestions)
      .where(eq(supportSuggestions.organizationId, virtanen))
      .limit(1);
    const [otherAttachment] = await db
      .select({ id: supportAttachments.id })
      .from(supportAttachments)
      .innerJoin(supportTickets, eq(supportTickets.id, supportAttachments.ticketId))
      .where(eq(supportTickets.organizationId, aalto))
      .limit(1);
    const [attachment] = await db.select().from(supportAttachments).where(isNotNull(supportAttachments.ticketId)).limit(1);
    Object.assign(ids, {
      ticketId: own[0]?.id,
      sourceTicketId: own[0]?.id,
      organizationId: virtanen,
      lineId: line?.id,
      thirdPartyId: party?.id,
      topicId: topic?.id,
      savedReplyId: saved?.id,
      callId: call?.id,
      callbackId: callback?.id,
      inboundMailId: mail?.id,
      suggestionId: suggestion?.id,
      targetId: suggestion?.id,
      attachmentId: attachment?.id,
      assigneeUserId: h.demo.userIds["agentti@demo.reskontra.fi"],
    });
    Object.assign(foreignIds, {
      ticketId: other[0]?.id,
      sourceTicketId: other[0]?.id,
      organizationId: aalto,
      ...(otherAttachment ? { attachmentId: otherAttachment.id } : {}),
    });
    // Suggestions are shown to every requester by design (issue 11: they vote for others'), so only
    // tickets and their attachments are another organization's secrets here.
    foreignTexts = [other[0]?.subject, other[0]?.description, "aalto.txt"].filter((t): t is string => !!t);
    expect(otherAttachment, "the other organization's ticket has a file").toBeDefined();
    expect(other[0], "the demo has a ticket of another organization").toBeDefined();
  });
  afterAll(() => h.dispose());

  it("walks every support procedure", () => {
    expect(procedures.length).toBeGreaterThanOrEqual(60);
  });

  it("every bad value is refused with a 4xx naming the field in plain words, and nothing of another organization leaks", async () => {
    const problems: string[] = [];
    let calls = 0;
    const requesters = ["ville.virtanen@demo.reskontra.fi", "paakayttaja@demo.reskontra.fi"];
    for (const [path, procedure] of procedures) {
      const schema = inputSchema(procedure);
      const base = sample(schema, "", ids);
      const call = (email: string, input: unknown) => {
        const fn = path.split(".").reduce<unknown>((at, key) => (at as Json)[key], callers[email]) as (
          i: unknown,
        ) => Promise<unknown>;
        return fn(input);
      };
      for (const leaf of leaves(schema)) {
        for (const variant of variants(leaf, foreignIds)) {
          const input = withLeaf(base, leaf.path, variant.value);
          const who = variant.foreign ? requesters : Object.keys(callers);
          for (const email of who) {
            const label = `${path} ${leaf.path.join(".")} ${variant.name} as ${email.split("@")[0]}`;
            calls += 1;
            const outcome = await call(email, input).then(
              (value) => ({ ok: true as const, value }),
              (error: unknown) => ({ ok: false as const, error }),
            );
            if (outcome.ok) {
              if (variant.mustRefuse) problems.push(`${label}: accepted`);
              const text = JSON.stringify(outcome.value) ?? "";
              if (variant.foreign && foreignTexts.some((t) => text.includes(t))) problems.push(`${label}: leaked`);
              continue;
            }
            if (!(outcome.error instanceof TRPCError)) {
              problems.push(`${label}: threw ${String(outcome.error).slice(0, 120)}`);
              continue;
            }
            if (outcome.error.code === "INTERNAL_SERVER_ERROR") {
              problems.push(`${label}: 500 ${String(outcome.error.cause ?? outcome.error.message).slice(0, 160)}`);
              continue;
            }
            for (const locale of ["fi", "en"] as const) {
              const described = describeError(outcome.error, locale);
              if (TYPE_WORDS.test(described.message)) problems.push(`${label} (${locale}): "${described.message}"`);
              if (described.data.appCode === "INPUT_INVALID" && !described.data.field) problems.push(`${label}: no field`);
            }
          }
        }
      }
    }
    expect(problems).toEqual([]);
    expect(calls).toBeGreaterThan(1000);
  }, 600_000);
});

// The two plain HTTP routes over a listening server, as the probe reaches them.
describe("support's HTTP routes refuse bad input with a 4xx", () => {
  let h: Harness;
  let app: ApiServer;
  let base: string;
  let ticket: { id: string; messageId: string };
  let attachmentId: string;
  const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
  const VILLE = "ville.virtanen@demo.reskontra.fi";
  const AINO = "aino.aalto@demo.reskontra.fi";

  beforeAll(async () => {
    h = await createHarness();
    app = await buildServer({ deps: h.deps, cookieSecure: "false" });
    await app.listen({ port: 0, host: "127.0.0.1" });
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    const ville = await h.as(VILLE);
    ticket = await ville.support.tickets.create({
      organizationId: h.demo.organizationIds.virtanen,
      subject: "Kuvakaappaus",
      description: "Laskun 1001021 kuvakaappaus liitteenä.",
      category: "invoices",
      sendWithoutIdentifier: true,
    });
    const uploaded = await upload(VILLE, ticket.id, ticket.messageId, PNG, "kuva.png");
    expect(uploaded.status).toBe(201);
    attachmentId = ((await uploaded.json()) as { id: string }).id;
  });
  afterAll(async () => {
    await app?.close();
    await h?.dispose();
  });

  const cookie = async (email: string) => `${SESSION_COOKIE}=${await h.signIn(email)}`;
  async function upload(email: string, ticketId: string, messageId: string, body: Uint8Array, rawName: string) {
    return fetch(`${base}/files/support/tickets/${ticketId}/messages/${messageId}/attachments?name=${rawName}`, {
      method: "POST",
      headers: { cookie: await cookie(email), "content-type": "application/octet-stream" },
      body: Buffer.from(body),
    });
  }
  const download = async (email: string, id: string) =>
    fetch(`${base}/files/support/attachments/${id}`, { headers: { cookie: await cookie(email), "accept-language": "en" } });

  async function expectPlainRefusal(response: Response, status: number) {
    expect(response.status).toBe(status);
    const text = await response.text();
    const body = JSON.parse(text) as { error: { message: string } };
    expect(body.error.message).toBeTruthy();
    expect(body.error.message).not.toMatch(TYPE_WORDS);
    return text;
  }

  it("upload: bad and unknown ids, NUL and broken characters in the name, another tenant's ticket, a file far too large", async () => {
    for (const [ticketId, messageId] of [
      ["lasku-123", ticket.messageId],
      [ticket.id, "%00"],
      [`${ticket.id}%00`, ticket.messageId],
      [UNKNOWN_ID, ticket.messageId],
      [ticket.id, UNKNOWN_ID],
    ] as const) {
      await expectPlainRefusal(await upload(VILLE, ticketId, messageId, PNG, "kuva.png"), 404);
    }
    // The name is cleaned, not refused: NUL, a lone surrogate's bytes, a path and a megabyte.
    for (const name of ["ku%00va.png", "ku%ED%A0%80va.png", "..%2F..%2Fetc%2Fpasswd", encodeURIComponent("x".repeat(100_000))]) {
      const response = await upload(VILLE, ticket.id, ticket.messageId, PNG, name);
      expect(response.status, name.slice(0, 40)).toBeLessThan(500);
      if (response.status === 201) {
        const saved = (await response.json()) as { fileName: string };
        expect(saved.fileName).not.toMatch(/[/\uD800-\uDFFF]/);
        expect(saved.fileName).not.toContain("\u0000");
        expect(saved.fileName.length).toBeLessThanOrEqual(255);
      }
    }
    await expectPlainRefusal(await upload(AINO, ticket.id, ticket.messageId, PNG, "kuva.png"), 404);
    await expectPlainRefusal(await upload(VILLE, ticket.id, ticket.messageId, new Uint8Array(12 * 1024 * 1024), "iso.png"), 413);
  });

  it("download: bad, unknown and another tenant's attachment ids are a 404 in plain words", async () => {
    for (const id of ["lasku-123", "%00", `${attachmentId}%00`, "%ED%A0%80", UNKNOWN_ID, "x".repeat(4000)]) {
      await expectPlainRefusal(await download(VILLE, id), 404);
    }
    const foreign = await expectPlainRefusal(await download(AINO, attachmentId), 404);
    expect(foreign).toContain("attachmentId");
    expect((await download(VILLE, attachmentId)).status).toBe(200);
  });

  it("a batch of bad calls over /trpc: each refused on its own in the caller's language, none a 500", async () => {
    const paths = ["support.tickets.create", "support.tickets.reply", "support.tickets.resolve", "support.workspace.addNote"];
    const inputs = [
      { organizationId: h.demo.organizationIds.virtanen, subject: "A\u0000", description: "B\uD800", category: "invoices" },
      { ticketId: ticket.id, body: "x".repeat(30_000) },
      { ticketId: "" },
      { ticketId: UNKNOWN_ID, body: "Muistiinpano" },
    ];
    const body = Object.fromEntries(inputs.map((json, i) => [String(i), { json }]));
    for (const locale of ["fi", "en"]) {
      const response = await fetch(`${base}/trpc/${paths.join(",")}?batch=1`, {
        method: "POST",
        headers: { cookie: `${await cookie(VILLE)}; rsk_locale=${locale}`, "content-type": "application/json" },
        body: JSON.stringify(body),
      });
      expect(response.status).toBeLessThan(500);
      const answers = (await response.json()) as { error?: { json: { message: string; data: { httpStatus: number } } } }[];
      expect(answers).toHaveLength(paths.length);
      for (const answer of answers) {
        expect(answer.error?.json.data.httpStatus).toBeGreaterThanOrEqual(400);
        expect(answer.error?.json.data.httpStatus).toBeLessThan(500);
        expect(answer.error?.json.message).not.toMatch(TYPE_WORDS);
      }
      expect(answers[0]?.error?.json.message).toMatch(locale === "en" ? /cannot be saved/ : /ei voi tallentaa/);
    }
    // A batch mixing queries and mutations is refused whole by tRPC itself: a 400, not a 500.
    const mixed = await fetch(`${base}/trpc/support.tickets.get,support.tickets.reply?batch=1`, {
      method: "POST",
      headers: { cookie: await cookie(VILLE), "content-type": "application/json" },
      body: JSON.stringify({ 0: { json: { ticketId: "" } }, 1: { json: { ticketId: "", body: "" } } }),
    });
    expect(mixed.status).toBe(400);
  });

  it("CTI webhook: NUL, absurd dates, unknown or malformed lines, batches and a megabyte are refused, never a 500", async () => {
    const post = (line: string, body: unknown) =>
      fetch(`${base}/hooks/support/phone/${line}`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${DEMO_CTI_SECRET}` },
        body: typeof body === "string" ? body : JSON.stringify(body),
      });
    const event = { event: "call.new", callId: "probe-1", from: "+358401234567", timestamp: "2026-11-23T08:00:00Z" };
    const bad: [string, unknown][] = [
      ["software", { ...event, callId: "probe\u0000-1" }],
      ["software", { ...event, callId: "probe-\uD800" }],
      ["software", { ...event, from: "+358\u000040" }],
      ["software", { ...event, timestamp: "0000-01-01T00:00:00Z" }],
      ["software", { ...event, timestamp: "NaN" }],
      ["software", { ...event, callId: "x".repeat(1_000_000) }],
      ["software", [event, event]],
      ["software", "{not json"],
      ["software", ""],
      [UNKNOWN_ID, event],
      ["%00", event],
      ["lasku-123", event],
    ];
    for (const [line, body] of bad) {
      const response = await post(line, body);
      expect(response.status, `${line} ${JSON.stringify(body).slice(0, 60)}`).toBeGreaterThanOrEqual(400);
      expect(response.status, `${line} ${JSON.stringify(body).slice(0, 60)}`).toBeLessThan(500);
    }
    // Year 9999 is a far future but a real instant: stored or refused, never a failure.
    expect((await post("software", { ...event, callId: "probe-9999", timestamp: "9999-12-31T23:59:59Z" })).status).toBeLessThan(
      500,
    );
  });
});
