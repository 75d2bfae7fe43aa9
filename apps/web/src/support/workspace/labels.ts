import { TICKET_CATEGORIES, TICKET_PRIORITIES, TICKET_STATUSES } from "@reskontra/domain";
import type { WorkspaceMessageKey } from "./messages";

// The select options of the workspace, worded from its dictionary.
type T = (key: WorkspaceMessageKey) => string;

export const statusOptions = (t: T) => TICKET_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }));
export const categoryOptions = (t: T) => TICKET_CATEGORIES.map((c) => ({ value: c, label: t(`category.${c}`) }));
export const priorityOptions = (t: T) => TICKET_PRIORITIES.map((p) => ({ value: p, label: t(`priority.${p}`) }));
