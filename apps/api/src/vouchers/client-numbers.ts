import { isUniqueViolation, voucherClientNumbers, writeAudit } from "@reskontra/db";
import { AppError } from "../errors";
import { helsinkiToday, type ProviderContext } from "./context";
import { loadVisibleClient } from "./visibility";

/** Sets the provider's own customer number for a visible client: what its invoices to the client carry. */
export async function setClientNumber(ctx: ProviderContext, clientId: string, customerNumber: string) {
  const providerId = ctx.tenant.organizationId;
  const now = ctx.clock();
  await loadVisibleClient(ctx.db, providerId, clientId, helsinkiToday(ctx));
  try {
    await ctx.db.transaction(async (tx) => {
      await tx
        .insert(voucherClientNumbers)
        .values({ providerId, clientId, customerNumber })
        .onConflictDoUpdate({
          target: [voucherClientNumbers.providerId, voucherClientNumbers.clientId],
          set: { customerNumber },
        });
      await writeAudit(tx, {
        at: now,
        actorUserId: ctx.auth.user.id,
        organizationId: providerId,
        action: "voucher.client_number.set",
        entityType: "voucher_client",
        entityId: clientId,
        after: { customerNumber },
        requestId: ctx.requestId,
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError("CLIENT_NUMBER_TAKEN", { field: "customerNumber", params: { customerNumber } });
    }
    throw error;
  }
  return { clientId, customerNumber };
}
