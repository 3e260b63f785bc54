/** The first focusable element of every page: jumps over the header to <main id="main">. */
export function SkipLink({ label, target = "#main" }: { label: string; target?: string }) {
  return (
    <a
      href={target}
      className="sr-only z-50 rounded bg-white font-semibold text-brand-800 shadow-lg focus:not-sr-only focus:fixed focus:start-3 focus:top-3 focus:px-4 focus:py-3"
      data-testid="skip-link"
    >
      {label}
    </a>
  );
}
