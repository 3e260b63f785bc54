"use client";
import type { ComponentProps, ReactNode } from "react";
import { cn } from "./cn";
import { Fieldset, useFieldIds } from "./field";

export type RadioOption = { value: string; label: ReactNode; hint?: ReactNode; disabled?: boolean };

export type RadioGroupProps = {
  legend: ReactNode;
  name: string;
  options: readonly RadioOption[];
  hint?: ReactNode;
  error?: string | null;
  required?: boolean;
  optional?: boolean;
  /** Controlled value, or defaultValue for an uncontrolled group (e.g. inside a plain form). */
  value?: string;
  defaultValue?: string;
  onValueChange?: (value: string) => void;
  /** Extra props for every radio input: spread react-hook-form's register(name) here. */
  inputProps?: Omit<ComponentProps<"input">, "type" | "value" | "id">;
  inline?: boolean;
  id?: string;
  className?: string;
};

/** Radio buttons in a fieldset: arrow keys move between them natively, Tab leaves the group. */
export function RadioGroup({ legend, name, options, hint, error, required, optional, value, defaultValue, onValueChange, inputProps, inline, id: idProp, className }: RadioGroupProps) {
  const { id } = useFieldIds(idProp);
  return (
    <Fieldset legend={legend} hint={hint} error={error} required={required} optional={optional} id={id} className={className}>
      <div className={cn("flex gap-3", inline ? "flex-row flex-wrap gap-x-6" : "flex-col")}>
        {options.map((o, i) => {
          const optionId = `${id}-${i}`;
          return (
            <div key={o.value} className="flex items-start gap-3">
              <input
                name={name}
                {...inputProps}
                id={optionId}
                type="radio"
                value={o.value}
                disabled={o.disabled || inputProps?.disabled}
                required={required}
                aria-invalid={error ? true : undefined}
                aria-describedby={o.hint != null ? `${optionId}-hint` : undefined}
                {...(value !== undefined ? { checked: value === o.value } : defaultValue !== undefined ? { defaultChecked: defaultValue === o.value } : {})}
                onChange={(e) => {
                  inputProps?.onChange?.(e);
                  if (e.target.checked) onValueChange?.(o.value);
                }}
                className="mt-0.5 size-5 shrink-0 cursor-pointer accent-brand-600 disabled:cursor-not-allowed"
              />
              <div className="flex flex-col">
                <label htmlFor={optionId} className="cursor-pointer text-ink">
                  {o.label}
                </label>
                {o.hint != null && (
                  <span id={`${optionId}-hint`} className="text-sm text-ink-muted">
                    {o.hint}
                  </span>
                )}
              </div>
            </div>
          );
        })}
      </div>
    </Fieldset>
  );
}
