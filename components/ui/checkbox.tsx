"use client";
import { useCallback, type ComponentProps, type ReactNode, type Ref } from "react";
import { cn } from "./cn";
import { describedBy, FieldError, FieldHint, useFieldIds } from "./field";

export type CheckboxProps = Omit<ComponentProps<"input">, "type" | "id"> & {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  id?: string;
  /** The "some but not all" state (a select-all box); set through the DOM property, not an attribute. */
  indeterminate?: boolean;
  /** Hides the label visually (it is still the accessible name), for checkboxes in table cells. */
  labelHidden?: boolean;
  containerClassName?: string;
};

export const checkboxInputClasses = "mt-0.5 size-5 shrink-0 cursor-pointer accent-brand-600 disabled:cursor-not-allowed";

export function Checkbox({ label, hint, error, id: idProp, indeterminate = false, labelHidden, containerClassName, className, ref, "aria-describedby": extra, ...input }: CheckboxProps) {
  const { id, hintId, errorId } = useFieldIds(idProp);
  const setRef = useCallback(
    (el: HTMLInputElement | null) => {
      if (el) el.indeterminate = indeterminate;
      assignRef(ref, el);
    },
    [indeterminate, ref],
  );
  return (
    <div className={cn("flex flex-col gap-1", containerClassName)}>
      {error && <FieldError id={errorId}>{error}</FieldError>}
      <div className="flex items-start gap-3">
        <input
          {...input}
          ref={setRef}
          id={id}
          type="checkbox"
          aria-describedby={describedBy(hint != null && hintId, !!error && errorId, extra)}
          aria-invalid={error ? true : undefined}
          className={cn(checkboxInputClasses, className)}
        />
        <label htmlFor={id} className={cn("cursor-pointer text-ink", labelHidden && "sr-only")}>
          {label}
        </label>
      </div>
      {hint != null && (
        <div className="ps-8">
          <FieldHint id={hintId}>{hint}</FieldHint>
        </div>
      )}
    </div>
  );
}

function assignRef<T>(ref: Ref<T> | undefined, value: T | null) {
  if (typeof ref === "function") ref(value);
  else if (ref && typeof ref === "object") (ref as { current: T | null }).current = value;
}
