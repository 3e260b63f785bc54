import type { ReactNode } from "react";
import { Container } from "./container";

/** The frame of the 404, error and "service unavailable" pages: a code, a heading, some text and ways out. */
export function StatusPage({ code, title, children, actions }: { code?: string; title: string; children?: ReactNode; actions?: ReactNode }) {
  return (
    <Container className="py-12 sm:py-16">
      <div className="max-w-2xl">
        {code && <p className="text-sm font-semibold tracking-wide text-ink-muted uppercase">{code}</p>}
        <h1 className="mt-1 text-3xl font-bold sm:text-4xl">{title}</h1>
        <div className="mt-4 flex flex-col gap-3 text-lg">{children}</div>
        {actions && <div className="mt-8 flex flex-wrap gap-3">{actions}</div>}
      </div>
    </Container>
  );
}
