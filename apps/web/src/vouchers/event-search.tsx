import { organizerEventsInput } from "@reskontra/contracts/vouchers";
import { VOUCHER_EVENT_STATES } from "@reskontra/domain";
import { Alert, Button, Field, formatDate, Money, SelectField } from "@reskontra/ui";
import { useQuery } from "@tanstack/react-query";
import { Fragment, useState, type FormEvent, type ReactNode } from "react";
import { Link } from "wouter";
import { schemaErrors } from "../forms/input-resolver";
import { refusalOf, useTRPC } from "../trpc";
import { EventDetails } from "./event-details";
import { EventStateBadge } from "./state-badge";
import { useVoucherText } from "./texts";

type State = (typeof VOUCHER_EVENT_STATES)[number];
export interface EventFilter {
  state?: State;
  serviceId?: string;
  from?: string;
  to?: string;
}

interface FilterForm {
  state: string;
  serviceId: string;
  from: string;
  to: string;
}

const formOf = (f: EventFilter): FilterForm => ({
  state: f.state ?? "",
  serviceId: f.serviceId ?? "",
  from: f.from ?? "",
  to: f.to ?? "",
});
function filterOf(form: FilterForm): EventFilter {
  const state = VOUCHER_EVENT_STATES.find((s) => s === form.state);
  return {
    ...(state ? { state } : {}),
    ...(form.serviceId ? { serviceId: form.serviceId } : {}),
    ...(form.from ? { from: form.from } : {}),
    ...(form.to ? { to: form.to } : {}),
  };
}

export type SearchedEvent = {
  id: string;
  eventDate: string;
  clientId: string;
  clientName: string;
  providerName: string;
  serviceName: string;
  voucherNumber: string;
  content: string;
  voucherValueCents: number;
  state: string;
  awaitingCredit: boolean;
  permissions: { credit: { allowed: boolean; reason: string | null } };
};

/**
 * The organizer's events, searchable by period (event date from–to), service and state, for the
 * whole county or one client. Each row opens in place ("+") to the event's read-only view and its
 * history. The filter is checked by the procedure's own schema before it is sent.
 */
export function OrganizerEventSearch({
  organizerId,
  clientId,
  initial = {},
  actions,
}: {
  organizerId: string;
  /** One client's events; the client column then links nowhere and the page names the client. */
  clientId?: string;
  initial?: EventFilter;
  /** What the organizer may do on a row (credit), beside the row's facts. */
  actions?: (event: SearchedEvent) => ReactNode;
}) {
  const trpc = useTRPC();
  const { v, locale } = useVoucherText();
  const [form, setForm] = useState<FilterForm>(formOf(initial));
  const [filter, setFilter] = useState<EventFilter>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [open, setOpen] = useState<Set<string>>(new Set());
  const settings = useQuery(trpc.vouchers.organizer.settings.queryOptions({ organizationId: organizerId }));
  const events = useQuery(
    trpc.vouchers.organizer.events.queryOptions({ organizationId: organizerId, ...(clientId ? { clientId } : {}), ...filter }),
  );
  const serverErrors = refusalOf(events.error)?.fieldErrors ?? {};
  const errorOf = (field: keyof FilterForm) => errors[field] ?? serverErrors[field]?.[0];
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const next = filterOf(form);
    const found = schemaErrors(organizerEventsInput, next, locale);
    setErrors(found);
    if (Object.keys(found).length === 0) setFilter(next);
  };
  const clear = () => {
    setForm(formOf({}));
    setErrors({});
    setFilter({});
  };
  const toggle = (id: string) =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const set = (field: keyof FilterForm) => (e: { target: { value: string } }) => setForm({ ...form, [field]: e.target.value });
  const rows = events.data ?? [];
  const columns = clientId ? 8 : 9;
  return (
    <>
      <form className="voucher-filters" onSubmit={submit} aria-label={v("eventSearch.legend")} noValidate>
        <Field label={v("eventSearch.from")} type="date" value={form.from} onChange={set("from")} error={errorOf("from")} />
        <Field
          label={v("eventSearch.to")}
          type="date"
          value={form.to}
          onChange={set("to")}
          error={errorOf("to")}
          hint={v("eventSearch.hint")}
        />
        <SelectField
          label={v("eventSearch.service")}
          value={form.serviceId}
          onChange={set("serviceId")}
          error={errorOf("serviceId")}
          options={[
            { value: "", label: v("eventSearch.allServices") },
            ...(settings.data?.services ?? []).map((s) => ({ value: s.id, label: s.name })),
          ]}
        />
        <SelectField
          label={v("eventSearch.state")}
          value={form.state}
          onChange={set("state")}
          options={[
            { value: "", label: v("eventSearch.allStates") },
            ...VOUCHER_EVENT_STATES.map((s) => ({ value: s, label: v(`state.${s}`) })),
          ]}
        />
        <div className="voucher-actions">
          <Button type="submit">{v("eventSearch.submit")}</Button>
          <Button variant="secondary" onClick={clear}>
            {v("eventSearch.clear")}
          </Button>
        </div>
      </form>
      {events.error && Object.keys(serverErrors).length === 0 ? <Alert>{refusalOf(events.error)?.message}</Alert> : null}
      {events.isPending ? (
        <p>{v("loading")}</p>
      ) : rows.length === 0 ? (
        <p className="rk-empty">{v("events.empty")}</p>
      ) : (
        <div className="rk-table-wrap">
          <table className="rk-table" data-testid="event-search-results">
            <caption className="voucher-caption">{v("eventSearch.caption", { count: rows.length })}</caption>
            <thead>
              <tr>
                <th scope="col">
                  <span className="visually-hidden">{v("eventSearch.details")}</span>
                </th>
                <th scope="col">{v("col.date")}</th>
                {clientId ? null : <th scope="col">{v("col.client")}</th>}
                <th scope="col">{v("col.provider")}</th>
                <th scope="col">{v("col.service")}</th>
                <th scope="col">{v("col.content")}</th>
                <th scope="col" style={{ textAlign: "right" }}>
                  {v("col.value")}
                </th>
                <th scope="col">{v("col.state")}</th>
                <th scope="col">{v("col.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((e) => {
                const expanded = open.has(e.id);
                const date = formatDate(e.eventDate, locale);
                const panelId = `event-view-${e.id}`;
                return (
                  <Fragment key={e.id}>
                    <tr data-testid={`org-event-${e.clientName}-${e.eventDate}`}>
                      <td>
                        <button
                          type="button"
                          className="voucher-expander"
                          aria-expanded={expanded}
                          aria-controls={expanded ? panelId : undefined}
                          aria-label={v(expanded ? "eventSearch.collapse" : "eventSearch.expand", { date })}
                          onClick={() => toggle(e.id)}
                        >
                          {expanded ? "−" : "+"}
                        </button>
                      </td>
                      <td>
                        <time dateTime={e.eventDate}>{date}</time>
                      </td>
                      {clientId ? null : (
                        <td>
                          <Link to={`/vouchers/admin/clients/${e.clientId}?tab=events`}>{e.clientName}</Link>
                        </td>
                      )}
                      <td>{e.providerName}</td>
                      <td>{e.serviceName}</td>
                      <td>{e.content}</td>
                      <td style={{ textAlign: "right" }}>
                        <Money cents={e.voucherValueCents} locale={locale} />
                      </td>
                      <td>
                        <EventStateBadge state={e.state} awaitingCredit={e.awaitingCredit} />
                      </td>
                      <td>{actions?.(e)}</td>
                    </tr>
                    {expanded ? (
                      <tr id={panelId} className="voucher-expanded">
                        <td colSpan={columns}>
                          <EventDetails organizerId={organizerId} eventId={e.id} />
                        </td>
                      </tr>
                    ) : null}
                  </Fragment>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
