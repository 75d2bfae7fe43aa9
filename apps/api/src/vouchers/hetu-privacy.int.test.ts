import { Writable } from "node:stream";
import { createTestDatabase, type TestDatabase } from "@reskontra/db/testing";
import { sql } from "drizzle-orm";
import { queryRows } from "@reskontra/db";
import { noJobQueue } from "@reskontra/jobs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildServer, type ApiServer } from "../http/server";
import { createLogger } from "../logger";
import { DEMO_PASSWORD } from "../seed/demo-people";
import { demoTotpCode } from "../seed/demo-totp";
import type { SeededDemo } from "../seed/seed-demo";
import { demoTemplate } from "../testing/demo-templates";
import { hetuVault } from "./hetu-vault";
import { OLLI, VILLE } from "./voucher-fixtures";

// The seed's fictional client Matti Meikäläinen (individual number in DVV's 900–999 test range).
const HETU = "120345-9159";
/**
 * The code's tail as it stands in the code ("-9159" not followed by more hex): a bare "9159" also
 * turns up by chance in timestamps, request ids, uuids and hashes, which made the check flaky.
 */
const HETU_TAIL = /-9159(?![0-9a-f-])/i;

let database: TestDatabase;
let app: ApiServer;
let demo: SeededDemo;
const lines: string[] = [];

beforeAll(async () => {
  const seeded = await createTestDatabase(demoTemplate);
  database = seeded;
  demo = seeded.prepared;
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  // Debug level: the most a misconfigured production could ever write.
  const logger = createLogger({ level: "debug", destination });
  app = await buildServer({
    deps: { db: database.db, clock: () => new Date("2026-11-23T10:00:00Z"), jobs: noJobQueue, logger },
    cookieSecure: "false",
  });
});
afterAll(async () => {
  await app?.close();
  await database?.dispose();
});

async function signIn(email: string): Promise<string> {
  const response = await app.inject({
    method: "POST",
    url: "/trpc/auth.login",
    payload: { json: { email, password: DEMO_PASSWORD } },
  });
  expect(response.statusCode).toBe(200);
  // An organizer admin's sign-in has a second step: the demo secret's code (auth/second-factor.ts).
  const challenge = response.cookies.find((c) => c.name === "rsk_2fa");
  const verified = challenge
    ? await app.inject({
        method: "POST",
        url: "/trpc/auth.verifySecondFactor",
        headers: { cookie: `rsk_2fa=${challenge.value}` },
        payload: { json: { code: demoTotpCode(new Date("2026-11-23T10:00:00Z")) } },
      })
    : response;
  const cookie = verified.cookies.find((c) => c.name === "rsk_session");
  if (!cookie) throw new Error("no session cookie");
  return `rsk_session=${cookie.value}`;
}

// The wire carries superjson's envelope: `{ json: … }` both ways.
const get = (path: string, input: unknown, cookie: string) =>
  app.inject({
    method: "GET",
    url: `/trpc/${path}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`,
    headers: { cookie },
  });

describe("identity codes stay out of logs, provider responses and storage", () => {
  it("a provider's search by identity code over HTTP: found, masked, and absent from every log line", async () => {
    const cookie = await signIn(VILLE);
    const organizationId = demo.organizationIds.virtanen;
    const response = await get("vouchers.provider.searchClients", { organizationId, query: HETU }, cookie);
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain("Matti Meikäläinen");
    expect(response.body).toContain("120345-***");
    expect(response.body).not.toMatch(HETU_TAIL);

    // A refusal that echoes the input (too long) must not leak it either.
    const refused = await get("vouchers.provider.searchClients", { organizationId, query: `${HETU} ${"x".repeat(100)}` }, cookie);
    expect(refused.statusCode).toBe(400);

    const log = lines.join("");
    expect(log).toContain("vouchers.provider.searchClients");
    expect(log).not.toContain(HETU);
    expect(log).not.toMatch(HETU_TAIL);
  });

  it("the client's page and tabs give the provider only the masked code", async () => {
    const cookie = await signIn(VILLE);
    const organizationId = demo.organizationIds.virtanen;
    const search = await get("vouchers.provider.searchClients", { organizationId, query: "Meikäläinen" }, cookie);
    const clientId = search.json<{ result: { data: { json: { hits: { id: string }[] } } } }>().result.data.json.hits[0]?.id;
    for (const path of ["client", "purchasingPowers", "balancePowers", "bookings", "events"]) {
      const response = await get(`vouchers.provider.${path}`, { organizationId, clientId }, cookie);
      expect(response.statusCode, path).toBe(200);
      expect(response.body, path).not.toMatch(HETU_TAIL);
    }
  });

  it("the organizer, whose role needs it, sees the full code", async () => {
    const cookie = await signIn(OLLI);
    const search = await get(
      "vouchers.provider.searchClients",
      { organizationId: demo.organizationIds.pirkanmaa, query: HETU },
      cookie,
    );
    expect(search.statusCode).toBe(403);
    const [client] = await queryRows<{ id: string }>(
      database.db,
      sql`SELECT id FROM voucher_clients WHERE name = 'Matti Meikäläinen'`,
    );
    const response = await get(
      "vouchers.organizer.client",
      { organizationId: demo.organizationIds.pirkanmaa, clientId: client?.id },
      cookie,
    );
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain(HETU);
    expect(lines.join("")).not.toMatch(HETU_TAIL);
  });

  it("stores the code only encrypted and as a keyed hash, and audits only its mask", async () => {
    const rows = await queryRows<Record<string, unknown>>(database.db, sql`SELECT * FROM voucher_clients`);
    expect(JSON.stringify(rows)).not.toMatch(HETU_TAIL);
    const [matti] = await queryRows<{ hetu_hash: string; hetu_ciphertext: Buffer }>(
      database.db,
      sql`SELECT hetu_hash, hetu_ciphertext FROM voucher_clients WHERE name = 'Matti Meikäläinen'`,
    );
    expect(matti?.hetu_hash).toBe(hetuVault().hash(HETU));
    const cipher = matti?.hetu_ciphertext;
    expect(cipher && hetuVault().decrypt(Buffer.from(cipher))).toBe(HETU);
    const audit = await queryRows<Record<string, unknown>>(database.db, sql`SELECT * FROM audit_log`);
    expect(JSON.stringify(audit)).not.toMatch(HETU_TAIL);
  });
});
