import type { Role } from "@reskontra/db";
import type { Globals, TenantView } from "./matrix-fixtures";

/**
 * Who may call a procedure: anyone, anyone signed in, or the holders of these roles. For a
 * tenant procedure the role must be held in the organization the input names.
 */
export type Access = "public" | "signed-in" | readonly Role[];

export type InputBuilder = (a: { org: string; t: TenantView; own: TenantView; g: Globals }) => unknown;

export interface MatrixRow {
  access: Access;
  /**
   * Roles whose own tenant's objects `input` names (a user's invoice is not the company admin's to
   * open); default: every role in `access`. Others in `access` make only the cross-tenant calls.
   */
  owners?: readonly Role[];
  /**
   * Roles that see every tenant's objects (customer service): their calls are not cross-tenant. Any
   * other caller in `access` is a tenant's, and a call naming the other tenant's objects must fail.
   */
  global?: readonly Role[];
  /**
   * The input naming tenant `t`'s objects, sent in the name of `org`, the caller's own organization;
   * `own` is the caller's own tenant (mixed inputs: the caller's client with another's service);
   * `g` holds the operator's own objects (suggestions, third parties, mail), which are no tenant's.
   * Left out: the procedure takes no input (or any input reaches the role check first).
   */
  input?: InputBuilder;
  /** More calls naming another's object, each mixing the caller's own objects with another's. */
  mixed?: readonly InputBuilder[];
  /**
   * A call naming another's object that answers without refusing is accepted only when this says
   * its answer shows and changes nothing (e.g. "marked 0 notices as read"). Default: an empty list.
   */
  answersNothing?: (output: unknown) => boolean;
}

export type MatrixTable = Record<string, MatrixRow>;

/** The table file for each top-level router key: where the row of a new procedure goes. */
export const TABLE_FILES: Record<string, string> = {
  auth: "apps/api/src/authz-matrix/rows-platform.ts",
  health: "apps/api/src/authz-matrix/rows-platform.ts",
  notifications: "apps/api/src/authz-matrix/rows-platform.ts",
  organizations: "apps/api/src/authz-matrix/rows-platform.ts",
  account: "apps/api/src/authz-matrix/rows-platform.ts",
  customers: "apps/api/src/authz-matrix/rows-invoices.ts",
  invoices: "apps/api/src/authz-matrix/rows-invoices.ts",
  reminders: "apps/api/src/authz-matrix/rows-reminders.ts",
  support: "apps/api/src/authz-matrix/rows-support.ts",
  vouchers: "apps/api/src/authz-matrix/rows-vouchers.ts",
  home: "apps/api/src/authz-matrix/rows-home.ts",
};
