import { workspaceListInput, type WorkspaceListInput } from "@reskontra/contracts/support";
import { TICKET_CATEGORIES, TICKET_PRIORITIES, TICKET_STATUSES } from "@reskontra/domain";
import { Button, Field, SelectField } from "@reskontra/ui";
import { useForm } from "react-hook-form";
import { inputResolver } from "../../forms/input-resolver";
import type { FieldOf } from "../../forms/server-errors";
import type { DeskAgent, SupportLine } from "./api-types";
import { categoryOptions, priorityOptions, statusOptions } from "./labels";
import { useWorkspaceText } from "./use-workspace-text";

export interface FilterValues {
  query: string;
  lineId: string;
  status: string;
  category: string;
  priority: string;
  assigneeUserId: string;
  organizationId: string;
  createdFrom: string;
  createdTo: string;
}

export const NO_FILTERS: FilterValues = {
  query: "",
  lineId: "",
  status: "",
  category: "",
  priority: "",
  assigneeUserId: "",
  organizationId: "",
  createdFrom: "",
  createdTo: "",
};

const oneOf = <T extends string>(list: readonly T[], v: string): T | undefined => list.find((x) => x === v);

/** The form's values as the list procedure's filters; empty fields filter nothing. */
export function filtersOf(form: FilterValues): Omit<WorkspaceListInput, "view" | "cursor" | "limit"> {
  const status = oneOf(TICKET_STATUSES, form.status);
  const category = oneOf(TICKET_CATEGORIES, form.category);
  const priority = oneOf(TICKET_PRIORITIES, form.priority);
  return {
    ...(form.query.trim() ? { query: form.query.trim() } : {}),
    ...(form.lineId ? { lineId: form.lineId } : {}),
    ...(status ? { statuses: [status] } : {}),
    ...(category ? { category } : {}),
    ...(priority ? { priority } : {}),
    ...(form.assigneeUserId ? { assigneeUserId: form.assigneeUserId } : {}),
    ...(form.organizationId ? { organizationId: form.organizationId } : {}),
    ...(form.createdFrom ? { createdFrom: form.createdFrom } : {}),
    ...(form.createdTo ? { createdTo: form.createdTo } : {}),
  };
}

const FIELDS: readonly (keyof FilterValues)[] = Object.keys(NO_FILTERS) as (keyof FilterValues)[];
const fieldOf: FieldOf<FilterValues> = (path) =>
  path.startsWith("statuses") ? "status" : (FIELDS.find((f) => f === path) ?? null);

/** The queue's search box and filters, checked by the list procedure's own schema. */
export function QueueFilters({
  lines,
  agents,
  organizations,
  onApply,
}: {
  lines: SupportLine[];
  agents: DeskAgent[];
  organizations: { id: string; name: string }[];
  onApply: (filters: ReturnType<typeof filtersOf>) => void;
}) {
  const { t, locale } = useWorkspaceText();
  const form = useForm<FilterValues, unknown, ReturnType<typeof filtersOf>>({
    resolver: inputResolver(workspaceListInput, filtersOf, fieldOf, locale),
    defaultValues: NO_FILTERS,
  });
  const { errors } = form.formState;
  const any = { value: "", label: t("filter.any") };
  return (
    <form className="ws-filters" role="search" noValidate onSubmit={(e) => void form.handleSubmit(onApply)(e)}>
      <Field
        label={t("filter.search")}
        hint={t("filter.searchHint")}
        type="search"
        {...form.register("query")}
        error={errors.query?.message}
      />
      <SelectField
        label={t("filter.line")}
        options={[
          { value: "", label: t("queue.allLines") },
          ...lines.filter((l) => l.member).map((l) => ({ value: l.id, label: locale === "en" ? l.nameEn : l.nameFi })),
        ]}
        {...form.register("lineId")}
      />
      <SelectField
        label={t("filter.status")}
        options={[{ value: "", label: t("filter.active") }, ...statusOptions(t)]}
        {...form.register("status")}
      />
      <SelectField label={t("filter.category")} options={[any, ...categoryOptions(t)]} {...form.register("category")} />
      <SelectField label={t("filter.priority")} options={[any, ...priorityOptions(t)]} {...form.register("priority")} />
      <SelectField
        label={t("filter.assignee")}
        options={[any, ...agents.map((a) => ({ value: a.id, label: a.name }))]}
        {...form.register("assigneeUserId")}
      />
      <SelectField
        label={t("filter.organization")}
        options={[any, ...organizations.map((o) => ({ value: o.id, label: o.name }))]}
        {...form.register("organizationId")}
      />
      <Field label={t("filter.from")} type="date" {...form.register("createdFrom")} error={errors.createdFrom?.message} />
      <Field label={t("filter.to")} type="date" {...form.register("createdTo")} error={errors.createdTo?.message} />
      <div className="ws-actions">
        <Button type="submit">{t("filter.apply")}</Button>
        <Button
          variant="secondary"
          onClick={() => {
            form.reset(NO_FILTERS);
            onApply({});
          }}
        >
          {t("filter.clear")}
        </Button>
      </div>
    </form>
  );
}
