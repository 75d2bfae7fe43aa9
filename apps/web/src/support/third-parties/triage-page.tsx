import { Link, useParams } from "wouter";
import { useThirdPartyText } from "./texts";
import { TriagePanel } from "./triage-panel";

/** A ticket's triage on its own page, reached from the directory by the ticket's number. */
export function TriagePage() {
  const { ticketId = "" } = useParams();
  const { tt } = useThirdPartyText();
  return (
    <>
      <p>
        <Link href="/support/third-parties">{tt("party.back")}</Link>
      </p>
      <TriagePanel ticketId={ticketId} />
    </>
  );
}
