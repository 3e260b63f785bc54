import Link from "next/link";
import type { ComponentProps } from "react";
import { buttonClasses, type ButtonSize, type ButtonVariant } from "./button-styles";

/** A link that looks like a button (calls to action). It navigates, so it stays a link for assistive technology. */
export function ButtonLink({
  variant,
  size,
  fullWidth,
  className,
  ...rest
}: ComponentProps<typeof Link> & { variant?: ButtonVariant; size?: ButtonSize; fullWidth?: boolean }) {
  return <Link className={buttonClasses({ variant, size, fullWidth, className })} {...rest} />;
}
