import { formatPhoneNumber } from "@reskontra/domain";
import { Button, DateTimeText, SelectField, StatusBadge, Table } from "@reskontra/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link } from "wouter";
import { useTRPC } from "../../trpc";
import type { Call, Callback } from "./api-types";
import { helsinkiTime } from "./opening-text";
import { usePhoneText } from "./texts";

/** The ticket on the agent's side of the desk, "#100042"; "—" for none. */
function TicketLink({ ticketId, number }: { ticketId: string | null; number: number | null }) {
  return ticketId ? <Link to={`/support/workspace/tickets/${ticketId}`}>#{number}</Link> : <>—</>;
}

/** "3 min 05 s", or "—" while the call is still going on. */
export function durationText(seconds: number | null, ongoing: string): string {
  if (seconds === null) return ongoing;
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return m > 0 ? `${m} min ${String(s).padStart(2, "0")} s` : `${s} s`;
}

/** Calls with line, caller (recognised name or number), direction, duration, ticket and summary. */
export function CallsTable({
  calls,
  empty,
  showTicket,
  onAttach,
}: {
  calls: Call[];
  empty: string;
  showTicket: boolean;
  /** Offered for a PBX call that is on no ticket yet. */
  onAttach?: (call: Call) => void;
}) {
  const { pt, locale } = usePhoneText();
  return (
    <Table
      rows={calls}
      rowKey={(c) => c.id}
      rowTestId={(c) => `call-${c.id}`}
      empty={empty}
      columns={[
        { key: "time", header: pt("calls.time"), cell: (c) => helsinkiTime(c.startedAt) },
        { key: "line", header: pt("calls.line"), cell: (c) => (locale === "en" ? c.lineNameEn : c.lineNameFi) },
        {
          key: "caller",
          header: pt("calls.caller"),
          cell: (c) => {
            const number = c.direction === "inbound" ? c.callerNumber : c.calledNumber;
            const who = c.callerName ?? c.callerOrganizationName;
            return (
              <>
                {who ? <strong>{who} </strong> : null}
                {number ? formatPhoneNumber(number) : pt("calls.unknownCaller")}
              </>
            );
          },
        },
        {
          key: "direction",
          header: pt("calls.direction"),
          cell: (c) =>
            `${pt(c.direction === "inbound" ? "calls.inbound" : "calls.outbound")}${c.viaPbx ? ` (${pt("calls.pbx")})` : ""}`,
        },
        { key: "duration", header: pt("calls.duration"), cell: (c) => durationText(c.durationSeconds, pt("calls.ongoing")) },
        ...(showTicket
          ? [
              {
                key: "ticket",
                header: pt("calls.ticket"),
                cell: (c: Call) =>
                  !c.ticketId && onAttach ? (
                    <Button variant="secondary" onClick={() => onAttach(c)}>
                      {pt("calls.attach")}
                    </Button>
                  ) : (
                    <TicketLink ticketId={c.ticketId} number={c.ticketNumber} />
                  ),
              },
            ]
          : []),
        { key: "summary", header: pt("calls.summary"), cell: (c) => c.summary },
      ]}
    />
  );
}

/** Callbacks with their promised time (late ones marked), and for due ones: called, not reached, reassign. */
export function CallbacksTable({ callbacks, empty }: { callbacks: Callback[]; empty: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { pt, locale } = usePhoneText();
  const assignees = useQuery(trpc.support.phone.assignees.queryOptions());
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.support.phone.dueCallbacks.queryKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.support.phone.ticketCallbacks.queryKey() }),
    ]);
  const complete = useMutation(trpc.support.phone.completeCallback.mutationOptions({ onSuccess: refresh }));
  const reassign = useMutation(trpc.support.phone.reassignCallback.mutationOptions({ onSuccess: refresh }));
  return (
    <Table
      rows={callbacks}
      rowKey={(c) => c.id}
      rowTestId={(c) => `callback-${c.phoneNumber}`}
      empty={empty}
      columns={[
        {
          key: "promised",
          header: pt("callbacks.promised"),
          cell: (c) => (
            <span className={c.late ? "phone-late" : undefined}>
              <DateTimeText instant={c.promisedAt} locale={locale} />
              {c.late ? (
                <>
                  {" "}
                  <StatusBadge tone="danger">{pt("callbacks.late")}</StatusBadge>
                </>
              ) : null}
            </span>
          ),
        },
        { key: "line", header: pt("calls.line"), cell: (c) => (locale === "en" ? c.lineNameEn : c.lineNameFi) },
        {
          key: "number",
          header: pt("callbacks.number"),
          cell: (c) => (
            <>
              <a href={`tel:${c.phoneNumber}`}>{formatPhoneNumber(c.phoneNumber)}</a>
              {c.contactName ? ` ${c.contactName}` : ""}
            </>
          ),
        },
        {
          key: "ticket",
          header: pt("calls.ticket"),
          cell: (c) => <TicketLink ticketId={c.ticketId} number={c.ticketNumber} />,
        },
        { key: "note", header: pt("form.note"), cell: (c) => c.note },
        {
          key: "assignee",
          header: pt("callbacks.assignee"),
          cell: (c) =>
            c.status === "due" && (assignees.data?.length ?? 0) > 1 ? (
              <SelectField
                label={pt("callbacks.reassign")}
                value={c.assigneeUserId ?? ""}
                onChange={(e) => reassign.mutate({ callbackId: c.id, assigneeUserId: e.target.value })}
                options={(assignees.data ?? []).map((a) => ({ value: a.id, label: a.name }))}
              />
            ) : (
              (c.assigneeName ?? "—")
            ),
        },
        {
          key: "actions",
          header: <span className="rk-visually-hidden">{pt("callbacks.actions")}</span>,
          cell: (c) =>
            c.status === "due" ? (
              <span className="phone-actions">
                <Button onClick={() => complete.mutate({ callbackId: c.id, outcome: "done" })} disabled={complete.isPending}>
                  {pt("callbacks.done")}
                </Button>{" "}
                <Button
                  variant="secondary"
                  onClick={() => complete.mutate({ callbackId: c.id, outcome: "failed" })}
                  disabled={complete.isPending}
                >
                  {pt("callbacks.failed")}
                </Button>
              </span>
            ) : (
              pt(`callbacks.status.${c.status}`)
            ),
        },
      ]}
    />
  );
}
