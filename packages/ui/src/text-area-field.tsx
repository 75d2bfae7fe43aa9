import type { ComponentProps } from "react";
import { useId } from "react";

/** Multi-line counterpart of Field: the same label, hint and error wiring. */
export function TextAreaField({
  label,
  error,
  hint,
  ...textarea
}: ComponentProps<"textarea"> & { label: string; error?: string | undefined; hint?: string }) {
  const id = useId();
  return (
    <div className="rk-field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        rows={3}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        {...textarea}
      />
      {hint && !error ? <small className="rk-hint">{hint}</small> : null}
      {error ? (
        <small id={`${id}-error`} role="alert" className="rk-error">
          {error}
        </small>
      ) : null}
    </div>
  );
}
