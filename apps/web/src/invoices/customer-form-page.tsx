import { customerInput } from "@reskontra/contracts/invoices";
import { countryName, CUSTOMER_LANGUAGES } from "@reskontra/domain";
import { Alert, Button, Card, Field, SelectField } from "@reskontra/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useForm, useWatch } from "react-hook-form";
import { useLocation, useParams } from "wouter";
import { useInvoiceText } from "./use-invoice-text";
import { inputResolver } from "../forms/input-resolver";
import { useServerErrors, type FieldOf } from "../forms/server-errors";
import { useUnsavedChanges } from "../forms/use-unsaved-changes";
import { useTRPC } from "../trpc";
import type { Customer, CustomerInput } from "./api-types";

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
  language: "fi",
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
    language: c.language,
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

/** Update wraps the card in `{ customer }`; the domain's refusals name the field bare. Both land on the form's field. */
const SERVER_FIELD: Partial<Record<string, keyof CustomerForm>> = { isPerson: "kind", reminderRuleId: "reminderRule" };
const fieldOf: FieldOf<CustomerForm> = (path) => {
  const name = path.replace(/^customer\./, "");
  return SERVER_FIELD[name] ?? (name in EMPTY ? (name as keyof CustomerForm) : null);
};

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
  const { t, locale } = useInvoiceText();
  const form = useForm<CustomerForm, unknown, ReturnType<typeof inputOf>>({
    resolver: inputResolver(customerInput, inputOf, fieldOf, locale, t("common.required")),
    defaultValues: existing ? formOf(existing) : EMPTY,
  });
  const kind = useWatch({ control: form.control, name: "kind" });
  const countryCode = useWatch({ control: form.control, name: "countryCode" });
  // Payment reminders: once the company has activated them, the card shows the customer's rule.
  const reminderStatus = useQuery(trpc.reminders.status.queryOptions({ organizationId }));
  const rules = useQuery({
    ...trpc.reminders.rules.queryOptions({ organizationId }),
    enabled: Boolean(reminderStatus.data?.active),
  });
  const fittingRules = (rules.data ?? []).filter((r) => kind === "business" || r.customerKind === "consumer");
  const onSaved = async () => {
    await queryClient.invalidateQueries(trpc.customers.list.pathFilter());
    navigate("/invoices/customers");
  };
  const create = useMutation(trpc.customers.create.mutationOptions({ onSuccess: onSaved }));
  const update = useMutation(trpc.customers.update.mutationOptions({ onSuccess: onSaved }));
  const mutation = existing ? update : create;
  useUnsavedChanges(form.formState.isDirty && !mutation.isSuccess);
  const { general } = useServerErrors(form.setError, mutation.error, fieldOf);
  const { errors } = form.formState;
  // Refusals about a field are shown at the field; the summary only points there, without the server's raw field path.
  const summary = Object.keys(errors).some((k) => k !== "root") ? t("form.fixErrors") : (general ?? errors.root?.message);
  const country = form.register("countryCode");

  function save(customer: ReturnType<typeof inputOf>) {
    if (existing) update.mutate({ organizationId, customerId: existing.id, customer });
    else create.mutate({ organizationId, ...customer });
  }

  return (
    <Card title={t(existing ? "cust.edit" : "cust.new")}>
      <form onSubmit={(e) => void form.handleSubmit(save)(e)} noValidate>
        {summary ? <Alert>{summary}</Alert> : null}
        <div className="invoice-grid">
          <Field
            label={t("cust.customerNumber")}
            {...form.register("customerNumber")}
            error={errors.customerNumber?.message}
            required
          />
          <Field label={t("cust.name")} {...form.register("name")} error={errors.name?.message} required />
          <SelectField
            label={t("cust.kind")}
            {...form.register("kind")}
            error={errors.kind?.message}
            options={[
              { value: "person", label: t("cust.kind.person") },
              { value: "business", label: t("cust.kind.business") },
            ]}
          />
          {kind === "business" ? (
            <Field
              label={t("cust.businessId")}
              hint={t("cust.businessIdHint")}
              {...form.register("businessId")}
              error={errors.businessId?.message}
            />
          ) : null}
          <Field
            label={t("cust.country")}
            {...country}
            maxLength={2}
            onChange={(e) => {
              e.target.value = e.target.value.toUpperCase();
              void country.onChange(e);
            }}
            // The code's country in words, so "SE" reads as Ruotsi before it is saved.
            hint={countryName((countryCode ?? "").trim().toUpperCase(), locale) ?? undefined}
            error={errors.countryCode?.message}
          />
          <Field label={t("cust.street")} {...form.register("street")} error={errors.street?.message} />
          <Field label={t("cust.postalCode")} {...form.register("postalCode")} error={errors.postalCode?.message} />
          <Field label={t("cust.city")} {...form.register("city")} error={errors.city?.message} />
          <Field label={t("cust.email")} type="email" {...form.register("email")} error={errors.email?.message} />
          <Field
            label={t("cust.einvoiceAddress")}
            {...form.register("einvoiceAddress")}
            error={errors.einvoiceAddress?.message}
          />
          <Field
            label={t("cust.einvoiceOperator")}
            {...form.register("einvoiceOperator")}
            error={errors.einvoiceOperator?.message}
          />
          {reminderStatus.data?.active ? (
            <SelectField
              label={t("cust.reminderRule")}
              {...form.register("reminderRule")}
              error={errors.reminderRule?.message}
              options={[
                ...(existing ? [] : [{ value: "", label: t("cust.reminderRule.default") }]),
                ...fittingRules.map((r) => ({ value: r.id, label: r.name })),
                { value: "blocked", label: t("cust.reminderRule.blocked") },
              ]}
            />
          ) : null}
          <SelectField
            label={t("cust.language")}
            {...form.register("language")}
            error={errors.language?.message}
            options={CUSTOMER_LANGUAGES.map((value) => ({ value, label: t(`cust.language.${value}`) }))}
          />
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
