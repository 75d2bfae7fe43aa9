import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeAudit } from "./audit";
import { queryRows } from "./rows";
import { createTestDatabase, type TestDatabase } from "./testing";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database.dispose());

describe("migrated database", () => {
  it("has pg_trgm", async () => {
    const rows = await queryRows<{ s: number }>(database.db, sql`select similarity('Virtanen', 'Virtane') as s`);
    expect(Number(rows[0]?.s)).toBeGreaterThan(0.5);
  });

  it("keeps the audit log append-only", async () => {
    await writeAudit(database.db, {
      at: new Date("2026-11-23T10:00:00Z"),
      actorUserId: null,
      organizationId: null,
      action: "test.created",
      entityType: "test",
      entityId: "1",
      after: { a: 1 },
    });
    const rows = await queryRows<{ action: string }>(database.db, sql`select action from audit_log`);
    expect(rows.map((r) => r.action)).toEqual(["test.created"]);
    await expect(database.db.execute(sql`update audit_log set action = 'x'`)).rejects.toThrow();
    await expect(database.db.execute(sql`delete from audit_log`)).rejects.toThrow();
  });
});
