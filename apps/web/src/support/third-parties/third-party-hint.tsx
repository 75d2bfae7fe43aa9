/** On the requester's view of a ticket: the third party the question belongs to, with its direct contact. */
export function ThirdPartyHint(_props: { ticketId: string }) {
  return null;
}
