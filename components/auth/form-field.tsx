import type { InputHTMLAttributes, ReactNode } from "react";

export const FIELD_CLASSES =
  "mt-1.5 h-12 w-full rounded-md border border-line-strong/70 bg-surface px-3.5 text-base text-ink placeholder:text-muted/70 " +
  "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent aria-invalid:border-risk-high";

type FormFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "name"> & {
  name: string;
  label: ReactNode;
  error?: string;
  hint?: ReactNode;
  idPrefix?: string;
};

/**
 * A labelled input whose error sits right under it, in an aria-live region the input points to with
 * aria-describedby (with the hint, if any), so a screen reader hears the error when it appears and
 * again when the field is focused.
 */
export function FormField({ name, label, error, hint, idPrefix = "", className = "", ...input }: FormFieldProps) {
  const id = `${idPrefix}${name}`;
  const describedBy = [hint ? `${id}-hint` : null, `${id}-error`].filter(Boolean).join(" ");
  return (
    <div className={className}>
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      <input id={id} name={name} className={FIELD_CLASSES} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...input} />
      {hint ? (
        <p id={`${id}-hint`} className="mt-1.5 text-sm text-muted">
          {hint}
        </p>
      ) : null}
      <p id={`${id}-error`} aria-live="polite" className="mt-1.5 flex gap-1.5 text-sm text-risk-high empty:hidden">
        {error}
      </p>
    </div>
  );
}

/** The form-level message (e.g. "That email and password don't match"), announced assertively. */
export function FormError({ message, id = "form-error" }: { message?: string; id?: string }) {
  return (
    <p id={id} role="alert" aria-live="assertive" className="rounded-md border border-risk-high/40 bg-risk-high/8 px-3.5 py-2.5 text-sm text-ink empty:hidden">
      {message}
    </p>
  );
}
