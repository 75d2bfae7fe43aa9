import {
  allowedInvoiceActions,
  decideInvoice,
  raise,
  toCents,
  type InvoiceAction,
  type InvoiceCommand,
  type InvoiceState,
} from "@reskontra/domain";
import { and, eq, inArray } from "drizzle-orm";
import { dispatches, type DbOrTx } from "@reskontra/db";
import { APP_ERRORS, AppError, type AppErrorCode } from "../errors";
import { isAgent, type AuthedContext } from "../trpc/authed";
import { isOwnerOf, type InvoiceRow } from "./invoice-access";

/** A dispatch still waiting or already delivered blocks another send; failed and uncertain ones do not. */
export async function liveDispatchOf(tx: DbOrTx, invoiceId: string) {
  const [live] = await tx
    .select({ id: dispatches.id })
    .from(dispatches)
    .where(and(eq(dispatches.invoiceId, invoiceId), inArray(dispatches.status, ["queued", "sent"])));
  return live;
}

export function invoiceStateOf(row: InvoiceRow, hasLiveDispatch = false): InvoiceState {
  return {
    status: row.status,
    kind: row.kind,
    grossCents: toCents(row.grossCents, "grossCents"),
    paidCents: toCents(row.paidCents, "paidCents"),
    hasLiveDispatch,
  };
}

/** The domain's decision, or its refusal thrown with the api's tRPC code for that refusal. */
export function decideOrThrow(state: InvoiceState, command: InvoiceCommand, now: Date) {
  const decision = decideInvoice(state, command, now);
  if (decision.ok) return decision;
  const options = {
    ...(decision.field !== undefined ? { field: decision.field } : {}),
    ...(decision.params !== undefined ? { params: decision.params } : {}),
  };
  if (decision.code in APP_ERRORS) throw new AppError(decision.code as AppErrorCode, options);
  return raise(decision);
}

/** The buttons the caller gets on the invoice's page, decided by the same rules the use cases apply. */
export function invoiceActionsFor(ctx: AuthedContext, row: InvoiceRow, hasLiveDispatch: boolean, now: Date): InvoiceAction[] {
  return allowedInvoiceActions(invoiceStateOf(row, hasLiveDispatch), { owner: isOwnerOf(ctx, row), agent: isAgent(ctx) }, now);
}
