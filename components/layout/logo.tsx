/** The Passerelle Régions mark: a footbridge over a river. Decorative (the name is always written next to it). */
export function LogoMark({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 48 48" className={className} aria-hidden="true" focusable="false">
      <rect width="48" height="48" rx="8" fill="currentColor" opacity="0.12" />
      <path d="M6 30c6-11 12-16 18-16s12 5 18 16" fill="none" stroke="currentColor" strokeWidth="3.5" strokeLinecap="round" />
      <path d="M5 30h38" stroke="currentColor" strokeWidth="3.5" strokeLinecap="round" />
      <path d="M14 30v-8M24 30V14M34 30v-8" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" />
      <path d="M8 37c3-2 6-2 9 0s6 2 9 0 6-2 9 0 6 2 6 0" fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" opacity="0.8" />
    </svg>
  );
}
