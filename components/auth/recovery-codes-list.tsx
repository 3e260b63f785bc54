"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useT } from "@/lib/i18n/client";

/** Recovery codes shown once, with a copy button; the person must keep them before going on. */
export function RecoveryCodesList({ codes }: { codes: string[] }) {
  const t = useT();
  const [copied, setCopied] = useState(false);
  return (
    <div className="flex flex-col gap-3">
      <ol className="grid grid-cols-2 gap-2 rounded border border-line bg-surface p-4 font-mono text-lg sm:grid-cols-2" data-testid="recovery-codes" aria-label={t("auth.mfa.recoveryCodesLabel")}>
        {codes.map((c) => (
          <li key={c} className="tabular-nums">{c}</li>
        ))}
      </ol>
      <div>
        <Button
          variant="secondary"
          size="sm"
          onClick={async () => {
            await navigator.clipboard?.writeText(codes.join("\n")).catch(() => undefined);
            setCopied(true);
          }}
        >
          {copied ? t("auth.mfa.copied") : t("auth.mfa.copy")}
        </Button>
      </div>
    </div>
  );
}
