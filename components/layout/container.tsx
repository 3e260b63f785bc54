import type { ComponentProps } from "react";
import { cn } from "@/components/ui/cn";

/** The page width used by the header, the footer and the pages. */
export function Container({ className, ...rest }: ComponentProps<"div">) {
  return <div className={cn("mx-auto w-full max-w-6xl px-4 sm:px-6", className)} {...rest} />;
}
