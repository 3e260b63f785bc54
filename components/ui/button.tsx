"use client";
import type { ComponentProps } from "react";
import { buttonClasses, type ButtonSize, type ButtonVariant } from "./button-styles";
import { Spinner } from "./spinner";

export type ButtonProps = ComponentProps<"button"> & {
  variant?: ButtonVariant;
  size?: ButtonSize;
  fullWidth?: boolean;
  /**
   * Shows a spinner and ignores clicks while an action runs. The button stays focusable (aria-disabled rather than
   * disabled) so that keyboard and screen-reader users do not lose their place; aria-busy tells them it is working.
   */
  loading?: boolean;
};

/** A button. type defaults to "button": a submit button says type="submit" explicitly. */
export function Button({ variant, size, fullWidth, loading = false, className, children, disabled, onClick, type = "button", ...rest }: ButtonProps) {
  return (
    <button
      type={type}
      className={buttonClasses({ variant, size, fullWidth, className })}
      disabled={disabled}
      aria-disabled={loading || undefined}
      aria-busy={loading || undefined}
      data-loading={loading || undefined}
      onClick={(e) => {
        if (loading) {
          e.preventDefault();
          return;
        }
        onClick?.(e);
      }}
      {...rest}
    >
      {loading && <Spinner />}
      {children}
    </button>
  );
}
