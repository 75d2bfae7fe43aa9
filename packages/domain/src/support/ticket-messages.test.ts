import { describe, expect, it } from "vitest";
import { effectOfMessage, REOPEN_WITHIN_DAYS } from "./ticket-messages";

const now = new Date("2026-12-02T10:00:00Z");
const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000);

describe("what a message does to its ticket", () => {
  it("the requester's answer takes a ticket waiting for them back to open", () => {
    expect(
      effectOfMessage({ status: "waiting_customer", kind: "customer", resolvedAt: null, firstResponseAt: now, now }).status,
    ).toBe("open");
  });

  it(`a reply within ${REOPEN_WITHIN_DAYS} days reopens a resolved ticket; later it starts a new one`, () => {
    expect(effectOfMessage({ status: "resolved", kind: "customer", resolvedAt: daysAgo(3), firstResponseAt: now, now })).toEqual({
      status: "open",
      firstResponse: false,
      startsNewTicket: false,
    });
    expect(
      effectOfMessage({
        status: "resolved",
        kind: "customer",
        resolvedAt: daysAgo(REOPEN_WITHIN_DAYS + 1),
        firstResponseAt: now,
        now,
      }).startsNewTicket,
    ).toBe(true);
    expect(
      effectOfMessage({ status: "closed", kind: "customer", resolvedAt: daysAgo(1), firstResponseAt: now, now }).startsNewTicket,
    ).toBe(true);
  });

  it("the first agent reply opens a new ticket and stops the first-response clock, later ones do not", () => {
    expect(effectOfMessage({ status: "new", kind: "reply", resolvedAt: null, firstResponseAt: null, now })).toEqual({
      status: "open",
      firstResponse: true,
      startsNewTicket: false,
    });
    expect(
      effectOfMessage({ status: "open", kind: "reply", resolvedAt: null, firstResponseAt: daysAgo(1), now }).firstResponse,
    ).toBe(false);
  });

  it("an internal note changes nothing", () => {
    expect(
      effectOfMessage({ status: "waiting_third_party", kind: "note", resolvedAt: null, firstResponseAt: null, now }),
    ).toEqual({
      status: "waiting_third_party",
      firstResponse: false,
      startsNewTicket: false,
    });
  });
});
