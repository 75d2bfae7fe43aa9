import { and, eq } from "drizzle-orm";
import { voucherServices, type DbOrTx } from "@reskontra/db";
import { AppError } from "../errors";

/**
 * The service if it is one of this organizer's; another county's service is "not found", so its
 * name never reaches a statement and its existence is not confirmed.
 */
export async function requireOwnService(db: DbOrTx, organizerId: string, serviceId: string) {
  const [service] = await db
    .select({ id: voucherServices.id, name: voucherServices.name })
    .from(voucherServices)
    .where(and(eq(voucherServices.id, serviceId), eq(voucherServices.organizationId, organizerId)));
  if (!service) throw new AppError("NOT_FOUND", { field: "serviceId" });
  return service;
}
