import { useEffect, useMemo, useRef } from "react";
import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import { refusalOf } from "../trpc";

/** Names the form's field for a zod path from the server ("rule.feeCents" → "fee"), or null if the form shows none. */
export type FieldOf<T extends FieldValues> = (path: string) => Path<T> | null;

/** The refusal's field errors under the form's names, and its message when no field of the form can carry it. */
export function serverErrorsOf<T extends FieldValues>(
  error: unknown,
  fieldOf: FieldOf<T>,
): { fields: Map<Path<T>, string>; general: string | null } {
  const refusal = refusalOf(error);
  const fields = new Map<Path<T>, string>();
  for (const [path, messages] of Object.entries(refusal?.fieldErrors ?? {})) {
    const field = fieldOf(path);
    // Two paths may name one field ("rule.feeCents" and "feeCents"); the first message shown stays.
    if (field && messages[0] && !fields.has(field)) fields.set(field, messages[0]);
  }
  return { fields, general: refusal && fields.size === 0 ? refusal.message : null };
}

/**
 * Puts the server's field errors on the form's own fields, where the resolver's would show. Each
 * refusal is put there once: when the user changes a field, the form checks it again by the
 * schema and the old server error goes (a field the server still refuses gets its error back on
 * the next submit). `fieldOf` should be stable (declared outside the component); one that is not
 * no longer brings a fixed error back on every render.
 */
export function useServerErrors<T extends FieldValues>(
  setError: UseFormSetError<T>,
  error: unknown,
  fieldOf: FieldOf<T>,
): { general: string | null } {
  const { fields, general } = useMemo(() => serverErrorsOf(error, fieldOf), [error, fieldOf]);
  const shown = useRef<unknown>(null);
  useEffect(() => {
    if (shown.current === error) return;
    shown.current = error;
    for (const [field, message] of fields) setError(field, { type: "server", message });
  }, [error, fields, setError]);
  return { general };
}
