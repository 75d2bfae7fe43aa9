import { invoices } from "@reskontra/db";
import type { TestServer } from "../src/testing";

/** A 1×1 PNG: what a screenshot is by its first bytes. */
export const SCREENSHOT_PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);

/** The demo holds a handful of invoices; a user's first numbered one is the one a request asks about. */
export async function numberedInvoiceOf(server: TestServer, email: string): Promise<{ id: string; number: string }> {
  const rows = await server.database.db
    .select({ id: invoices.id, number: invoices.invoiceNumber, userId: invoices.userId })
    .from(invoices);
  const row = rows.find((r) => r.userId === server.demo.userIds[email] && r.number !== null);
  if (!row?.number) throw new Error(`the demo has no numbered invoice of ${email}`);
  return { id: row.id, number: row.number };
}
