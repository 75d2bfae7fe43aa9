import { Alert, Button, Card, DateText, Field, SelectField, TextAreaField } from "@reskontra/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useMemo, useRef, useState, type FormEvent } from "react";
import { useLocation, useParams } from "wouter";
import { useInvoiceText } from "./use-invoice-text";
import { refusalOf, useTRPC, useTRPCClient } from "../trpc";
import type { InvoiceDetail } from "./api-types";
import { addDays } from "./dates";
import { invoiceDraftInput } from "@reskontra/contracts/invoices";
import { schemaErrors } from "../forms/input-resolver";
import { useUnsavedChanges } from "../forms/use-unsaved-changes";
import { errorsStillTyped, fieldErrorsOf, mergeErrors } from "./field-errors";
import { invoiceTotals } from "./invoice-amounts";
import {
  draftOf,
  emptyForm,
  formFromDetail,
  parseRows,
  rowErrorsOnForm,
  suggestedDelivery,
  validateForm,
  type InvoiceForm,
} from "./invoice-form-model";
import { InvoiceRowEditor } from "./invoice-row-editor";
import { DELIVERY_LABEL, DELIVERY_METHODS } from "./labels";
import { TotalsTable } from "./totals-table";

const EDITABLE = new Set(["draft", "needs_correction"]);

/** /invoices/new and /invoices/:invoiceId/edit: loads the invoice when editing, then hands over to the form. */
export function InvoiceFormPage({ organizationId }: { organizationId: string }) {
  const { invoiceId } = useParams();
  const trpc = useTRPC();
  const { t } = useInvoiceText();
  const detail = useQuery({ ...trpc.invoices.get.queryOptions({ invoiceId: invoiceId ?? "" }), enabled: Boolean(invoiceId) });
  if (!invoiceId) return <InvoiceFormCard key="new" organizationId={organizationId} existing={null} />;
  if (detail.error) return <Alert>{refusalOf(detail.error)?.message}</Alert>;
  if (!detail.data) return <p>{t("loading")}</p>;
  if (!EDITABLE.has(detail.data.invoice.status)) return <Alert>{t("form.notEditable")}</Alert>;
  return <InvoiceFormCard key={invoiceId} organizationId={organizationId} existing={detail.data} />;
}

function InvoiceFormCard({ organizationId, existing }: { organizationId: string; existing: InvoiceDetail | null }) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const [, navigate] = useLocation();
  const { t, locale } = useInvoiceText();
  const [initial] = useState<InvoiceForm>(() => (existing ? formFromDetail(existing, locale) : emptyForm()));
  const [form, setForm] = useState<InvoiceForm>(initial);
  // The form's own check, with the form as it was checked: an error goes once its field is retyped.
  const [local, setLocal] = useState<{ errors: Record<string, string>; checked?: InvoiceForm }>({ errors: {} });
  // Once a new invoice is created, later clicks update it: a failed submit must not leave duplicate drafts.
  const savedId = useRef<string | null>(existing?.invoice.id ?? null);
  const customers = useQuery(trpc.customers.list.queryOptions({ organizationId }));
  const parsed = useMemo(() => parseRows(form.rows), [form.rows]);
  const totals = useMemo(() => invoiceTotals(parsed), [parsed]);
  const dueDate = /^\d{1,3}$/.test(form.paymentTermsDays) ? addDays(form.issueDate, Number(form.paymentTermsDays)) : null;

  const save = useMutation({
    // The form travels with the call, so the server's refusals are judged against what was sent.
    mutationFn: async ({ submit, form }: { submit: boolean; form: InvoiceForm }) => {
      const { input } = validateForm(form);
      // run() validated already; this only narrows the type.
      if (!input) throw new Error(t("form.fixErrors"));
      const id = savedId.current;
      const invoice = id
        ? await client.invoices.update.mutate({ organizationId, invoiceId: id, invoice: input })
        : await client.invoices.create.mutate({ organizationId, ...input });
      savedId.current = invoice.id;
      if (submit) await client.invoices.submit.mutate({ invoiceId: invoice.id });
      return invoice.id;
    },
    onSettled: () => queryClient.invalidateQueries(trpc.invoices.pathFilter()),
    onSuccess: (id) => navigate(`/invoices/${id}`),
  });
  // Saved (the page moves to the invoice) or untouched: nothing to lose.
  useUnsavedChanges(form !== initial && !save.isSuccess && !save.isPending);
  const localErrors = errorsStillTyped(local.errors, local.checked, form);
  const serverErrors = errorsStillTyped(fieldErrorsOf(save.error), save.variables?.form, form);
  const errors = mergeErrors(localErrors, serverErrors);
  const refusal = refusalOf(save.error);
  // A refusal about fields points there while any is still unfixed; one about no field says itself.
  const general = !refusal
    ? null
    : Object.keys(refusal.fieldErrors).length === 0
      ? refusal.message
      : Object.keys(serverErrors).length > 0
        ? t("form.fixErrors")
        : null;

  function set<K extends keyof InvoiceForm>(key: K, value: InvoiceForm[K]) {
    setForm((f) => ({ ...f, [key]: value }));
  }

  function chooseCustomer(customerId: string) {
    const suggestion = suggestedDelivery(customers.data?.find((c) => c.id === customerId));
    setForm((f) => ({ ...f, customerId, deliveryMethod: suggestion ?? f.deliveryMethod }));
  }

  function run(submit: boolean) {
    // A draft keeps what is unfinished: blank rows are left out and a row without a price is saved at 0,00 €.
    const sent = submit ? form : draftOf(form);
    const { input, errors: found } = validateForm(sent);
    // What the browser can tell first, then the procedure's own schema: amounts, identity codes, lengths.
    const checked = input
      ? schemaErrors(invoiceDraftInput, input, locale)
      : Object.fromEntries(Object.entries(found).map(([k, key]) => [k, t(key)]));
    setLocal({ errors: rowErrorsOnForm(checked, sent, form), checked: form });
    if (input && Object.keys(checked).length === 0) save.mutate({ submit, form: sent });
  }

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    run(true);
  }

  const number = existing?.invoice.invoiceNumber;
  const correcting = existing?.invoice.status === "needs_correction";
  return (
    <Card title={existing ? `${t("form.titleEdit")}${number ? ` ${number}` : ""}` : t("form.titleNew")}>
      <form onSubmit={onSubmit} noValidate>
        {general ? <Alert>{general}</Alert> : null}
        {Object.keys(localErrors).length > 0 ? <Alert>{t("form.fixErrors")}</Alert> : null}
        <div className="invoice-grid">
          <SelectField
            label={t("form.customer")}
            value={form.customerId}
            onChange={(e) => chooseCustomer(e.target.value)}
            error={errors.customerId ?? (customers.data?.length === 0 ? t("form.noCustomers") : undefined)}
            options={[
              { value: "", label: t("form.chooseCustomer") },
              ...(customers.data ?? []).map((c) => ({ value: c.id, label: `${c.name} (${c.customerNumber})` })),
            ]}
          />
          <SelectField
            label={t("form.deliveryMethod")}
            value={form.deliveryMethod}
            onChange={(e) => {
              const method = DELIVERY_METHODS.find((m) => m === e.target.value);
              if (method) set("deliveryMethod", method);
            }}
            error={errors.deliveryMethod}
            options={DELIVERY_METHODS.map((m) => ({ value: m, label: t(DELIVERY_LABEL[m]) }))}
          />
          <Field
            label={t("form.issueDate")}
            type="date"
            value={form.issueDate}
            onChange={(e) => set("issueDate", e.target.value)}
            error={errors.issueDate}
          />
          <Field
            label={t("form.paymentTerms")}
            inputMode="numeric"
            value={form.paymentTermsDays}
            onChange={(e) => set("paymentTermsDays", e.target.value)}
            error={errors.paymentTermsDays}
          />
          <Field
            label={t("form.deliveryDate")}
            type="date"
            value={form.deliveryDate}
            onChange={(e) => set("deliveryDate", e.target.value)}
            error={errors.deliveryDate}
          />
        </div>
        {dueDate ? (
          <p data-testid="invoice-form-due-date">
            {t("inv.col.dueDate")}: <DateText date={dueDate} locale={locale} />
          </p>
        ) : null}
        <h3>{t("form.rows")}</h3>
        {errors.rows ? <Alert>{errors.rows}</Alert> : null}
        <InvoiceRowEditor rows={form.rows} parsed={parsed} errors={errors} onChange={(rows) => set("rows", rows)} />
        <TotalsTable totals={totals} testId="invoice-form-totals" />
        <p className="rk-hint">{t("totals.estimate")}</p>
        <TextAreaField
          label={t("form.notes")}
          value={form.notes}
          onChange={(e) => set("notes", e.target.value)}
          error={errors.notes}
        />
        <div className="invoice-actions">
          <Button variant="secondary" disabled={save.isPending} onClick={() => run(false)}>
            {t("form.saveDraft")}
          </Button>
          <Button type="submit" disabled={save.isPending}>
            {save.isPending ? t("form.busy") : t(correcting ? "form.resubmit" : "form.submit")}
          </Button>
        </div>
        <p className="rk-hint">{t("draft.hint")}</p>
      </form>
    </Card>
  );
}
