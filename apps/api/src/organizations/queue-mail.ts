import { sendMail } from "@reskontra/jobs";
import { outgoingMails, type DbOrTx } from "@reskontra/db";
import type { Deps } from "../trpc/context";

/** Writes the mail to the outbox inside the caller's transaction; `sendQueuedMail` hands it to the worker after commit. */
export async function queueMail(
  tx: DbOrTx,
  mail: { idempotencyKey: string; toAddress: string; subject: string; body: string; now: Date },
): Promise<string | null> {
  const [row] = await tx
    .insert(outgoingMails)
    .values({
      idempotencyKey: mail.idempotencyKey,
      toAddress: mail.toAddress,
      subject: mail.subject,
      body: mail.body,
      createdAt: mail.now,
    })
    .onConflictDoNothing()
    .returning({ id: outgoingMails.id });
  return row?.id ?? null;
}

/** After commit: a failed enqueue is picked up by the outbox sweep, so it is logged, not raised. */
export async function sendQueuedMail(ctx: Pick<Deps, "jobs" | "logger">, mailId: string | null): Promise<void> {
  if (!mailId) return;
  await ctx.jobs
    .send(sendMail, { mailId }, { singletonKey: mailId })
    .catch((error: unknown) => ctx.logger.warn({ err: error, mailId }, "mail left for the outbox sweep"));
}

export function appUrl(ctx: Pick<Deps, "publicUrl">, path: string): string {
  return `${(ctx.publicUrl ?? "http://localhost:3000").replace(/\/$/, "")}${path}`;
}
