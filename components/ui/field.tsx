"use client";
import { useId, type ComponentProps, type ReactNode } from "react";
import { useT } from "@/lib/i18n/client";
import { cn } from "./cn";
import { ErrorIcon } from "./icons";

/** What a form control needs to be tied to its label, hint and error. */
export type FieldControlProps = {
  id: string;
  "aria-describedby"?: string;
  "aria-invalid"?: true;
  required?: boolean;
};

/** Ids for a control and its hint and error; hint and error ids are referenced only when those texts exist. */
export function useFieldIds(id?: string) {
  const auto = useId();
  const base = id ?? `f${auto.replace(/[^a-zA-Z0-9_-]/g, "")}`;
  return { id: base, hintId: `${base}-hint`, errorId: `${base}-error` };
}

/** Joins the ids of aria-describedby, skipping missing ones; undefined when none remain. */
export function describedBy(...ids: Array<string | false | null | undefined>): string | undefined {
  const s = ids.filter(Boolean).join(" ");
  return s || undefined;
}

export const inputClasses =
  "block w-full rounded border-2 border-line-strong bg-white px-3 py-2 text-base text-ink " +
  "placeholder:text-ink-muted hover:border-brand-800 disabled:cursor-not-allowed disabled:bg-surface " +
  "aria-invalid:border-danger-600 focus-visible:border-brand-600";

export function FieldHint({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={id} className="text-sm text-ink-muted">
      {children}
    </p>
  );
}

/** The error under a label. "Erreur :" is read before the message but not shown (the colour and icon show it). */
export function FieldError({ id, children }: { id: string; children: ReactNode }) {
  const t = useT();
  return (
    <p id={id} className="flex items-start gap-1 text-sm font-semibold text-danger-600" data-testid="field-error">
      <ErrorIcon className="mt-px size-4" />
      <span>
        <span className="sr-only">{t("common.form.errorPrefix")} </span>
        {children}
      </span>
    </p>
  );
}

export function RequiredMark({ required, optional }: { required?: boolean; optional?: boolean }) {
  const t = useT();
  if (required) return <span className="ms-1 text-sm font-normal text-ink-muted">{t("common.form.requiredMark")}</span>;
  if (optional) return <span className="ms-1 text-sm font-normal text-ink-muted">{t("common.form.optionalMark")}</span>;
  return null;
}

export type FieldProps = {
  label: ReactNode;
  hint?: ReactNode;
  /** A translated message; its presence sets aria-invalid on the control. */
  error?: string | null;
  required?: boolean;
  /** Shows "(facultatif)" after the label of an optional field. */
  optional?: boolean;
  id?: string;
  className?: string;
  /** Renders the control, given the attributes that link it to the label, hint and error. */
  children: (control: FieldControlProps) => ReactNode;
};

/**
 * Label, hint, error and control in that order (the order a screen reader and a sighted person meet them).
 * The control is described by the hint and the error, and marked invalid while there is an error.
 */
export function Field({ label, hint, error, required, optional, id: idProp, className, children }: FieldProps) {
  const { id, hintId, errorId } = useFieldIds(idProp);
  const control: FieldControlProps = {
    id,
    "aria-describedby": describedBy(hint != null && hintId, !!error && errorId),
    ...(error ? { "aria-invalid": true as const } : {}),
    ...(required ? { required: true } : {}),
  };
  return (
    <div className={cn("flex flex-col gap-1", className)} data-invalid={error ? "" : undefined}>
      <label id={`${id}-label`} htmlFor={id} className="font-semibold text-ink">
        {label}
        <RequiredMark required={required} optional={optional} />
      </label>
      {hint != null && <FieldHint id={hintId}>{hint}</FieldHint>}
      {error && <FieldError id={errorId}>{error}</FieldError>}
      {children(control)}
    </div>
  );
}

type OwnFieldProps = { label: ReactNode; hint?: ReactNode; error?: string | null; optional?: boolean; containerClassName?: string };

export type TextFieldProps = Omit<ComponentProps<"input">, "id"> & OwnFieldProps & { id?: string };

/** A labelled text input. Spread react-hook-form's register() into it: name, ref, onChange and onBlur pass through. */
export function TextField({ label, hint, error, optional, required, id, containerClassName, className, "aria-describedby": extra, ...input }: TextFieldProps) {
  return (
    <Field label={label} hint={hint} error={error} required={required} optional={optional} id={id} className={containerClassName}>
      {(control) => (
        <input
          {...input}
          {...control}
          aria-describedby={describedBy(control["aria-describedby"], extra)}
          className={cn(inputClasses, "min-h-11", className)}
        />
      )}
    </Field>
  );
}

export type TextAreaFieldProps = Omit<ComponentProps<"textarea">, "id"> & OwnFieldProps & { id?: string };

export function TextAreaField({ label, hint, error, optional, required, id, containerClassName, className, rows = 4, "aria-describedby": extra, ...textarea }: TextAreaFieldProps) {
  return (
    <Field label={label} hint={hint} error={error} required={required} optional={optional} id={id} className={containerClassName}>
      {(control) => (
        <textarea
          rows={rows}
          {...textarea}
          {...control}
          aria-describedby={describedBy(control["aria-describedby"], extra)}
          className={cn(inputClasses, className)}
        />
      )}
    </Field>
  );
}

/**
 * A group of controls under one question (radio buttons, checkboxes): fieldset and legend, with the hint and error
 * described on the group. Each control inside still gets aria-invalid from its own props.
 */
export function Fieldset({
  legend,
  hint,
  error,
  required,
  optional,
  id: idProp,
  className,
  legendClassName,
  children,
}: {
  legend: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  required?: boolean;
  optional?: boolean;
  id?: string;
  className?: string;
  legendClassName?: string;
  children: ReactNode;
}) {
  const { id, hintId, errorId } = useFieldIds(idProp);
  return (
    <fieldset id={id} className={cn("flex flex-col gap-2", className)} aria-describedby={describedBy(hint != null && hintId, !!error && errorId)} data-invalid={error ? "" : undefined}>
      <legend className={cn("mb-1 font-semibold text-ink", legendClassName)}>
        {legend}
        <RequiredMark required={required} optional={optional} />
      </legend>
      {hint != null && <FieldHint id={hintId}>{hint}</FieldHint>}
      {error && <FieldError id={errorId}>{error}</FieldError>}
      {children}
    </fieldset>
  );
}
