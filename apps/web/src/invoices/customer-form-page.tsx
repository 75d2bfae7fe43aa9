import { Alert, Button, Card, Field, SelectField } from "@reskontra/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useLocation, useParams } from "wouter";
import { useInvoiceText } from "./use-invoice-text";
import { refusalOf, useTRPC } from "../trpc";
import type { Customer, CustomerInput } from "./api-types";
import { missingRequired } from "./customer-form-checks";
import { fieldErrorsOf, mergeErrors } from "./field-errors";

type CustomerForm = Omit<
  CustomerInput,
  "organizationId" | "isPerson" | "businessId" | "email" | "einvoiceAddress" | "einvoiceOperator"
> & {
  kind: "person" | "business";
  businessId: string;
  email: string;
  einvoiceAddress: string;
  einvoiceOperator: string;
  /** "" = placed by the default principles, "blocked" = automation blocked, else a rule id. */
  reminderRule: string;
};

const EMPTY: CustomerForm = {
  customerNumber: "",
  name: "",
  kind: "person",
  businessId: "",
  countryCode: "FI",
  street: "",
  postalCode: "",
  city: "",
  email: "",
  einvoiceAddress: "",
  einvoiceOperator: "",
  reminderRule: "",
};

function formOf(c: Customer): CustomerForm {
  return {
    customerNumber: c.customerNumber,
    name: c.name,
    kind: c.isPerson ? "person" : "business",
    businessId: c.businessId ?? "",
    countryCode: c.countryCode,
    street: c.street,
    postalCode: c.postalCode,
    city: c.city,
    email: c.email ?? "",
    einvoiceAddress: c.einvoiceAddress ?? "",
    einvoiceOperator: c.einvoiceOperator ?? "",
    reminderRule: c.reminderRuleId ?? "blocked",
  };
}

/** Empty optional fields go to the api as null, which is how it stores "not given". */
function inputOf(form: CustomerForm): Omit<CustomerInput, "organizationId"> {
  const { kind, reminderRule, ...rest } = form;
  return {
    ...rest,
    reminderRuleId: reminderRule === "" ? undefined : reminderRule === "blocked" ? null : reminderRule,
    isPerson: kind === "person",
    businessId: form.businessId.trim() || null,
    email: form.email.trim() || null,
    einvoiceAddress: form.einvoiceAddress.trim() || null,
    einvoiceOperator: form.einvoiceOperator.trim() || null,
  };
}

export function CustomerFormPage({ organizationId }: { organizationId: string }) {
  const { customerId } = useParams();
  const trpc = useTRPC();
  const { t } = useInvoiceText();
  // The list procedure is the only read of customers; an edit finds its customer there.
  const customers = useQuery({ ...trpc.customers.list.queryOptions({ organizationId }), enabled: Boolean(customerId) });
  const existing = customerId ? customers.data?.find((c) => c.id === customerId) : undefined;
  if (customerId && customers.isPending) return <p>{t("loading")}</p>;
  if (customerId && !existing) return <Alert>{t("cust.notFound")}</Alert>;
  return <CustomerForm key={existing?.id ?? "new"} organizationId={organizationId} existing={existing} />;
}

function CustomerForm({ organizationId, existing }: { organizationId: string; existing: Customer | undefined }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [, navigate] = useLocation();
  const { t } = useInvoiceText();
  const [form, setForm] = useState<CustomerForm>(existing ? formOf(existing) : EMPTY);
  // Payment reminders: once the company has activated them, the card shows the customer's rule.
  const reminderStatus = useQuery(trpc.reminders.status.queryOptions({ organizationId }));
  const rules = useQuery({
    ...trpc.reminders.rules.queryOptions({ organizationId }),
    enabled: Boolean(reminderStatus.data?.active),
  });
  const fittingRules = (rules.data ?? []).filter((r) => form.kind === "business" || r.customerKind === "consumer");
  const onSaved = async () => {
    await queryClient.invalidateQueries(trpc.customers.list.pathFilter());
    navigate("/invoices/customers");
  };
  const create = useMutation(trpc.customers.create.mutationOptions({ onSuccess: onSaved }));
  const update = useMutation(trpc.customers.update.mutationOptions({ onSuccess: onSaved }));
  const mutation = existing ? update : create;
  const [missing, setMissing] = useState<Record<string, "common.required">>({});
  const serverErrors = fieldErrorsOf(mutation.error);
  const errors = mergeErrors(Object.fromEntries(Object.entries(missing).map(([k, key]) => [k, t(key)])), serverErrors);
  // Refusals about a field are shown at the field; the summary only points there, without the server's raw field path.
  const summary =
    Object.keys(missing).length > 0 || Object.keys(serverErrors).length > 0
      ? t("form.fixErrors")
      : refusalOf(mutation.error)?.message;

  function set<K extends keyof CustomerForm>(key: K, value: CustomerForm[K]) {
    setForm((f) => ({ ...f, [key]: value }));
  }

  function save(e: FormEvent) {
    e.preventDefault();
    const empty = missingRequired(form);
    setMissing(empty);
    if (Object.keys(empty).length > 0) return;
    const customer = inputOf(form);
    if (existing) update.mutate({ organizationId, customerId: existing.id, customer });
    else create.mutate({ organizationId, ...customer });
  }

  return (
    <Card title={t(existing ? "cust.edit" : "cust.new")}>
      <form onSubmit={save} noValidate>
        {summary ? <Alert>{summary}</Alert> : null}
        <div className="invoice-grid">
          <Field
            label={t("cust.customerNumber")}
            value={form.customerNumber}
            onChange={(e) => set("customerNumber", e.target.value)}
            error={errors.customerNumber}
            required
          />
          <Field
            label={t("cust.name")}
            value={form.name}
            onChange={(e) => set("name", e.target.value)}
            error={errors.name}
            required
          />
          <SelectField
            label={t("cust.kind")}
            value={form.kind}
            onChange={(e) => set("kind", e.target.value === "business" ? "business" : "person")}
            error={errors.isPerson}
            options={[
              { value: "person", label: t("cust.kind.person") },
              { value: "business", label: t("cust.kind.business") },
            ]}
          />
          {form.kind === "business" ? (
            <Field
              label={t("cust.businessId")}
              hint={t("cust.businessIdHint")}
              value={form.businessId}
              onChange={(e) => set("businessId", e.target.value)}
              error={errors.businessId}
            />
          ) : null}
          <Field
            label={t("cust.country")}
            value={form.countryCode}
            maxLength={2}
            onChange={(e) => set("countryCode", e.target.value.toUpperCase())}
            error={errors.countryCode}
          />
          <Field
            label={t("cust.street")}
            value={form.street}
            onChange={(e) => set("street", e.target.value)}
            error={errors.street}
          />
          <Field
            label={t("cust.postalCode")}
            value={form.postalCode}
            onChange={(e) => set("postalCode", e.target.value)}
            error={errors.postalCode}
          />
          <Field label={t("cust.city")} value={form.city} onChange={(e) => set("city", e.target.value)} error={errors.city} />
          <Field
            label={t("cust.email")}
            type="email"
            value={form.email}
            onChange={(e) => set("email", e.target.value)}
            error={errors.email}
          />
          <Field
            label={t("cust.einvoiceAddress")}
            value={form.einvoiceAddress}
            onChange={(e) => set("einvoiceAddress", e.target.value)}
            error={errors.einvoiceAddress}
          />
          <Field
            label={t("cust.einvoiceOperator")}
            value={form.einvoiceOperator}
            onChange={(e) => set("einvoiceOperator", e.target.value)}
            error={errors.einvoiceOperator}
          />
          {reminderStatus.data?.active ? (
            <SelectField
              label={t("cust.reminderRule")}
              value={form.reminderRule}
              onChange={(e) => set("reminderRule", e.target.value)}
              error={errors.reminderRuleId}
              options={[
                ...(existing ? [] : [{ value: "", label: t("cust.reminderRule.default") }]),
                ...fittingRules.map((r) => ({ value: r.id, label: r.name })),
                { value: "blocked", label: t("cust.reminderRule.blocked") },
              ]}
            />
          ) : null}
        </div>
        <div className="invoice-actions">
          <Button type="submit" disabled={mutation.isPending}>
            {mutation.isPending ? t("form.busy") : t("cust.save")}
          </Button>
          <Button variant="secondary" onClick={() => navigate("/invoices/customers")}>
            {t("common.cancel")}
          </Button>
        </div>
      </form>
    </Card>
  );
}
