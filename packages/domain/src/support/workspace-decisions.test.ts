import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TICKET_STATUSES, type TicketStatus } from "./lists";
import { decideMerge, decideStatusChange, type TicketLifecycle } from "./workspace-decisions";

const now = new Date("2026-12-02T10:00:00Z");
const earlier = new Date("2026-11-30T09:00:00Z");
const open: TicketLifecycle = { status: "open", mergedIntoTicketId: null, resolvedAt: null, closedAt: null };

describe("an agent changes a ticket's status", () => {
  it("resolving stops the resolution clock now; closing a resolved ticket keeps its resolution time", () => {
    expect(decideStatusChange(open, "resolved", now)).toEqual({
      ok: true,
      changed: true,
      status: "resolved",
      resolvedAt: now,
      closedAt: null,
    });
    expect(decideStatusChange({ ...open, status: "resolved", resolvedAt: earlier }, "closed", now)).toEqual({
      ok: true,
      changed: true,
      status: "closed",
      resolvedAt: earlier,
      closedAt: now,
    });
  });

  it("taking a resolved ticket back to work clears its resolution", () => {
    expect(decideStatusChange({ ...open, status: "resolved", resolvedAt: earlier }, "waiting_customer", now)).toMatchObject({
      status: "waiting_customer",
      resolvedAt: null,
      closedAt: null,
    });
  });

  it("refuses 'new' after filing and any change on a merged ticket; the same status changes nothing", () => {
    expect(decideStatusChange(open, "new", now)).toEqual({ ok: false, code: "WORKSPACE_STATUS_NOT_ALLOWED", field: "status" });
    expect(decideStatusChange({ ...open, status: "closed", mergedIntoTicketId: "t2", closedAt: earlier }, "open", now)).toEqual({
      ok: false,
      code: "WORKSPACE_TICKET_MERGED",
      field: "status",
    });
    expect(decideStatusChange(open, "open", now)).toMatchObject({ ok: true, changed: false, status: "open" });
  });

  it("for any ticket and any target status, the stamps agree with the status", () => {
    const status = fc.constantFrom<TicketStatus>(...TICKET_STATUSES);
    const stamp = fc.option(fc.date({ min: new Date("2026-01-01"), max: now, noInvalidDate: true }), { nil: null });
    fc.assert(
      fc.property(status, status, stamp, stamp, (from, to, resolvedAt, closedAt) => {
        const d = decideStatusChange({ status: from, mergedIntoTicketId: null, resolvedAt, closedAt }, to, now);
        if (!d.ok) return to === "new" && from !== "new";
        expect(d.status).toBe(to);
        if (!d.changed) return true;
        expect(d.resolvedAt !== null).toBe(to === "resolved" || to === "closed");
        expect(d.closedAt !== null).toBe(to === "closed");
        return true;
      }),
    );
  });
});

describe("merging a duplicate", () => {
  const t = (id: string, over: Partial<TicketLifecycle> = {}) => ({ id, ...open, ...over });
  it("merges into another open ticket only", () => {
    expect(decideMerge(t("a"), t("b"))).toEqual({ ok: true });
    expect(decideMerge(t("a"), t("a"))).toMatchObject({ code: "WORKSPACE_MERGE_SAME" });
    expect(decideMerge(t("a", { mergedIntoTicketId: "c" }), t("b"))).toMatchObject({ code: "WORKSPACE_TICKET_MERGED" });
    expect(decideMerge(t("a"), t("b", { status: "closed", closedAt: now }))).toMatchObject({
      code: "WORKSPACE_MERGE_TARGET_CLOSED",
    });
  });
});
