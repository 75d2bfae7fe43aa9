import { memberships, supportLines, users } from "@reskontra/db";
import type { TicketCategory, TicketChannel } from "@reskontra/domain";
import { createTicket } from "@reskontra/usecases/support";
import { eq } from "drizzle-orm";
import type { Harness } from "../../testing";

export const AGENT = "agentti@demo.reskontra.fi";
export const VILLE = "ville.virtanen@demo.reskontra.fi";

/** Files a ticket the way every room does, through createTicket. */
export function fileTicket(
  h: Harness,
  ticket: { subject: string; description: string; category?: TicketCategory; channel?: TicketChannel; lineId?: string },
) {
  const ville = h.demo.userIds[VILLE] ?? null;
  return h.deps.db.transaction((tx) =>
    createTicket(tx, {
      organizationId: h.demo.organizationIds.virtanen,
      requesterUserId: ville,
      requesterEmail: VILLE,
      requesterName: "Ville Virtanen",
      channel: ticket.channel ?? "web",
      subject: ticket.subject,
      description: ticket.description,
      category: ticket.category ?? "invoices",
      ...(ticket.lineId ? { lineId: ticket.lineId } : {}),
      actorUserId: ville,
      now: h.now.value,
    }),
  );
}

export async function lineId(h: Harness, code: string): Promise<string> {
  const [line] = await h.deps.db.select({ id: supportLines.id }).from(supportLines).where(eq(supportLines.code, code));
  if (!line) throw new Error(`no line ${code}`);
  return line.id;
}

/** A second agent of the operator, who belongs to no line. */
export async function addAgent(h: Harness, email: string): Promise<string> {
  const [user] = await h.deps.db
    .insert(users)
    .values({ email, name: "Toinen Agentti", passwordHash: "x" })
    .returning({ id: users.id });
  if (!user) throw new Error("no user");
  await h.deps.db.insert(memberships).values({ userId: user.id, organizationId: h.demo.organizationIds.operator, role: "agent" });
  return user.id;
}
