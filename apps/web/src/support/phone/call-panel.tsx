/** Calls logged on a ticket, "log a call" and "schedule a callback", on the agent's ticket view. */
export function CallPanel(_props: { ticketId: string }) {
  return null;
}
