import { eq } from "drizzle-orm";
import { outgoingMails, type DbOrTx } from "@reskontra/db";

/** Inserts a mail once per idempotency key and returns its id either way. */
export async function queueMail(
  tx: DbOrTx,
  mail: { idempotencyKey: string; toAddress: string; subject: string; body: string; createdAt: Date },
): Promise<string> {
  const [inserted] = await tx.insert(outgoingMails).values(mail).onConflictDoNothing().returning({ id: outgoingMails.id });
  if (inserted) return inserted.id;
  const [existing] = await tx
    .select({ id: outgoingMails.id })
    .from(outgoingMails)
    .where(eq(outgoingMails.idempotencyKey, mail.idempotencyKey));
  if (!existing) throw new Error(`outgoing mail ${mail.idempotencyKey} vanished`);
  return existing.id;
}
