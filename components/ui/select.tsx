"use client";
import type { ComponentProps, ReactNode } from "react";
import { useT } from "@/lib/i18n/client";
import { cn } from "./cn";
import { describedBy, Field, inputClasses } from "./field";
import { ChevronIcon } from "./icons";

export type SelectOption = { value: string; label: string; disabled?: boolean };

export type SelectFieldProps = Omit<ComponentProps<"select">, "id" | "children"> & {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  optional?: boolean;
  id?: string;
  options?: readonly SelectOption[];
  /** An empty first choice; true uses "Choisir…", a string its own text. */
  placeholder?: boolean | string;
  containerClassName?: string;
  children?: ReactNode;
};

/** A labelled native select (the most robust choice for keyboards, screen readers and phones). */
export function SelectField({ label, hint, error, optional, required, id, options, placeholder, containerClassName, className, children, "aria-describedby": extra, ...select }: SelectFieldProps) {
  const t = useT();
  const placeholderText = placeholder === true ? t("common.form.selectPlaceholder") : placeholder || null;
  return (
    <Field label={label} hint={hint} error={error} required={required} optional={optional} id={id} className={containerClassName}>
      {(control) => (
        <div className={cn("relative", className)}>
          <select
            {...select}
            {...control}
            aria-describedby={describedBy(control["aria-describedby"], extra)}
            className={cn(inputClasses, "min-h-11 appearance-none pe-10")}
          >
            {placeholderText && <option value="">{placeholderText}</option>}
            {options?.map((o) => (
              <option key={o.value} value={o.value} disabled={o.disabled}>
                {o.label}
              </option>
            ))}
            {children}
          </select>
          <ChevronIcon className="pointer-events-none absolute end-3 top-1/2 -translate-y-1/2 text-ink" />
        </div>
      )}
    </Field>
  );
}
