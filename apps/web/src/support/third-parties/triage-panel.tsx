/** The suggested third party for a ticket and "forward by mail", on the agent's ticket view. */
export function TriagePanel(_props: { ticketId: string }) {
  return null;
}
