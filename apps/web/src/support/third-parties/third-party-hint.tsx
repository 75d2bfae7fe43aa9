import { dialablePhone } from "@reskontra/domain";
import { Card } from "@reskontra/ui";
import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "../../trpc";
import { useThirdPartyText } from "./texts";
import "./third-parties.css";

/** On the requester's view of a ticket: the third party the question belongs to, with its direct contact. */
export function ThirdPartyHint({ ticketId }: { ticketId: string }) {
  const trpc = useTRPC();
  const { tt } = useThirdPartyText();
  const triage = useQuery(trpc.support.thirdParties.suggestForTicket.queryOptions({ ticketId }));
  // An agent looking at the requester's page sees the triage panel on their own view instead.
  if (!triage.data || triage.data.view !== "requester" || !triage.data.contact) return null;
  const c = triage.data.contact;
  return (
    <Card title={tt("hint.title", { name: c.name })}>
      <section className="third-party-hint" data-testid="third-party-hint">
        <p>{tt(c.forwarded ? "hint.forwarded" : "hint.intro", { name: c.name })}</p>
        {c.instructions ? <p>{c.instructions}</p> : null}
        <dl>
          {c.phone ? (
            <>
              <dt>{tt("hint.phone")}</dt>
              <dd>
                <a href={`tel:${dialablePhone(c.phone)}`}>{c.phone}</a>
              </dd>
            </>
          ) : null}
          {c.email ? (
            <>
              <dt>{tt("hint.email")}</dt>
              <dd>
                <a href={`mailto:${c.email}`}>{c.email}</a>
              </dd>
            </>
          ) : null}
          {c.website ? (
            <>
              <dt>{tt("hint.web")}</dt>
              <dd>
                <a href={c.website} target="_blank" rel="noreferrer noopener">
                  {c.website}
                </a>
              </dd>
            </>
          ) : null}
        </dl>
      </section>
    </Card>
  );
}
