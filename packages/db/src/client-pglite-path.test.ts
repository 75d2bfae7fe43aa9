import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createDb } from "./client";

describe("createDb on an embedded PGlite path", () => {
  const root = mkdtempSync(join(tmpdir(), "reskontra-pglite-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("opens a database under folders that do not exist yet (DATA_DIR elsewhere, ./data/pglite by default)", async () => {
    const database = await createDb(join(root, "data", "nested", "pglite"));
    const { rows } = await database.executeSql("SELECT 1 AS one");
    expect(rows).toEqual([{ one: 1 }]);
    await database.close();
  });
});
