import { formatDateTime, formatEuroAmount } from "@reskontra/domain";
import { Alert, Button, Money, Table } from "@reskontra/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { refusalOf, useTRPC } from "../trpc";
import type { DryRunItem } from "./api-types";
import { useReminderText } from "./texts";

const CHANNELS = ["email", "einvoice", "post"] as const;
/** How often the page asks how the run is doing, and for how long before it says the run goes on in the background. */
const POLL_MS = 2000;
const POLL_LIMIT_MS = 3 * 60_000;

/** What a run would send now, by the dry run: the run's own candidate query and planner. */
export function sendsOf(items: DryRunItem[]) {
  const sends = items.filter((i) => i.outcome === "send");
  const byChannel = CHANNELS.map((channel) => ({ channel, count: sends.filter((i) => i.channel === channel).length }));
  return { sends, byChannel };
}

/**
 * "Run reminders now" in two steps: first what would be sent — how many, to whom by which
 * channel and what the transaction fees cost — from a fresh dry run; then, once confirmed, the
 * run's progress and its result, polled from the run's event rows.
 */
export function RunNow({ organizationId, feeCents }: { organizationId: string; feeCents: number }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { rt, locale } = useReminderText();
  const [checking, setChecking] = useState(false);
  const [expected, setExpected] = useState<number | null>(null);
  const [givenUp, setGivenUp] = useState(false);
  const dry = useQuery(trpc.reminders.dryRun.queryOptions({ organizationId }));
  const runNow = useMutation(
    trpc.reminders.runNow.mutationOptions({
      onSuccess: async () => {
        setGivenUp(false);
        await queryClient.invalidateQueries(trpc.reminders.lastRun.pathFilter());
      },
    }),
  );
  const polling = runNow.isSuccess && expected !== null;
  useEffect(() => {
    if (!polling) return;
    const timer = setTimeout(() => setGivenUp(true), POLL_LIMIT_MS);
    return () => clearTimeout(timer);
  }, [polling]);
  const last = useQuery({
    ...trpc.reminders.lastRun.queryOptions({ organizationId }),
    refetchInterval: (q) => {
      const r = q.state.data;
      if (!polling || !r) return false;
      const finished = r.sent + r.failed + r.uncertain >= (expected ?? 0);
      return finished || givenUp ? false : POLL_MS;
    },
  });
  const open = async () => {
    setChecking(true);
    runNow.reset();
    await dry.refetch();
  };
  const cancel = () => setChecking(false);
  const run = last.data;
  return (
    <div className="reminders-run">
      {!checking ? (
        <Button disabled={runNow.isPending} onClick={() => void open()}>
          {rt("dry.runNow")}
        </Button>
      ) : null}
      {checking && !dry.isFetching && dry.data ? (
        <Confirm
          items={dry.data}
          feeCents={feeCents}
          busy={runNow.isPending}
          onCancel={cancel}
          onConfirm={(count) => {
            setExpected(count);
            setChecking(false);
            runNow.mutate({ organizationId });
          }}
        />
      ) : null}
      {checking && dry.isFetching ? <p role="status">{rt("run.checking")}</p> : null}
      {runNow.error ? <Alert>{refusalOf(runNow.error)?.message}</Alert> : null}
      {polling && run ? (
        <Progress run={run} expected={expected} givenUp={givenUp} />
      ) : run && !checking ? (
        <p className="reminders-status" data-testid="run-last">
          {rt("run.last", {
            at: formatDateTime(run.requestedAt, locale),
            name: run.requestedByName ?? "",
            created: run.created,
            sent: run.sent,
            failed: run.failed,
          })}
        </p>
      ) : null}
      {runNow.isSuccess && !polling ? <Alert tone="success">{rt("dry.queued")}</Alert> : null}
    </div>
  );
}

function Confirm(props: {
  items: DryRunItem[];
  feeCents: number;
  busy: boolean;
  onCancel: () => void;
  onConfirm: (count: number) => void;
}) {
  const { rt, locale } = useReminderText();
  const { sends, byChannel } = sendsOf(props.items);
  const count = sends.length;
  return (
    <section className="reminders-confirm-run" aria-labelledby="run-confirm-title" data-testid="run-confirm">
      <h3 id="run-confirm-title">{rt("run.title")}</h3>
      <p data-testid="run-count">{count === 0 ? rt("run.none") : rt("run.count", { count })}</p>
      {count > 0 ? (
        <>
          <p data-testid="run-cost">
            {rt("run.cost", {
              count,
              fee: formatEuroAmount(props.feeCents, locale),
              total: formatEuroAmount(count * props.feeCents, locale),
            })}
          </p>
          <h4>{rt("run.byChannel")}</h4>
          <ul data-testid="run-channels">
            {byChannel
              .filter((c) => c.count > 0)
              .map((c) => (
                <li key={c.channel} data-testid={`run-channel-${c.channel}`}>
                  {rt(`channel.${c.channel}`)}: {c.count}
                </li>
              ))}
          </ul>
          <h4>{rt("run.list")}</h4>
          <Table<DryRunItem>
            rows={sends}
            rowKey={(i) => i.invoiceId}
            rowTestId={(i) => `run-item-${i.invoiceNumber ?? i.invoiceId}`}
            empty={rt("run.none")}
            columns={[
              { key: "customer", header: rt("dry.customer"), cell: (i) => i.customerName },
              { key: "invoice", header: rt("dry.invoice"), cell: (i) => i.invoiceNumber },
              { key: "channel", header: rt("dry.channel"), cell: (i) => (i.channel ? rt(`channel.${i.channel}`) : "") },
              {
                key: "fee",
                header: rt("dry.fee"),
                align: "right",
                cell: (i) => <Money cents={i.feeCents ?? 0} locale={locale} />,
              },
            ]}
          />
        </>
      ) : null}
      <div className="reminders-move">
        <Button variant="secondary" onClick={props.onCancel}>
          {rt("run.cancel")}
        </Button>
        <Button disabled={count === 0 || props.busy} onClick={() => props.onConfirm(count)}>
          {rt("run.confirm", { count })}
        </Button>
      </div>
    </section>
  );
}

function Progress(props: {
  run: { sent: number; failed: number; uncertain: number };
  expected: number | null;
  givenUp: boolean;
}) {
  const { rt } = useReminderText();
  const { sent, failed, uncertain } = props.run;
  const expected = props.expected ?? 0;
  const handled = sent + failed + uncertain;
  if (handled >= expected) {
    return (
      <Alert tone={failed > 0 ? "error" : "success"}>
        <span data-testid="run-done">{rt("run.done", { sent, failed, uncertain })}</span>
      </Alert>
    );
  }
  if (props.givenUp) return <Alert tone="info">{rt("run.slow", { sent, failed })}</Alert>;
  return (
    <div role="status" data-testid="run-progress">
      <progress max={expected} value={handled} aria-label={rt("run.progressLabel")} />{" "}
      {rt("run.progress", { sent, expected, failed })}
    </div>
  );
}
