"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toast";
import { confirmProfileAction } from "@/lib/server/actions/candidate-profile";
import type { Freshness } from "@/lib/domain/candidate/freshness";
import { useI18n } from "@/lib/i18n/client";
import { cn } from "@/components/ui/cn";

/**
 * When the profile was last confirmed, and the one-click confirmation. From 90 days on the candidate is asked to
 * confirm; after 12 months the profile is hidden from employers until confirmed.
 */
export function FreshnessBanner({ freshness }: { freshness: Freshness }) {
  const { t } = useI18n();
  const { toast } = useToast();
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const tone = freshness.hiddenFromEmployers ? "danger" : freshness.needsConfirmation ? "warning" : "plain";

  async function confirm() {
    setBusy(true);
    try {
      const r = await confirmProfileAction({});
      if (r.ok) {
        toast({ title: t("candidate.freshness.confirmedToast"), variant: "success" });
        router.refresh();
      } else toast({ title: r.error.message, variant: "error" });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div
      className={cn(
        "flex flex-col gap-3 rounded p-4 sm:flex-row sm:items-center sm:justify-between",
        tone === "danger" && "border-s-4 border-danger-600 bg-danger-50",
        tone === "warning" && "border-s-4 border-warning-500 bg-warning-50",
        tone === "plain" && "border border-line bg-surface",
      )}
      role={tone === "plain" ? undefined : "status"}
      data-testid="freshness"
    >
      <div>
        {tone !== "plain" && <p className="font-semibold">{t(tone === "danger" ? "candidate.freshness.hidden" : "candidate.freshness.askTitle")}</p>}
        <p className={tone === "plain" ? "text-sm text-ink-muted" : "text-sm"}>{t("candidate.freshness.confirmedAgo", { count: freshness.daysSinceConfirmed })}</p>
      </div>
      <Button variant={tone === "plain" ? "secondary" : "primary"} size={tone === "plain" ? "sm" : "md"} loading={busy} onClick={confirm}>
        {t("candidate.freshness.confirm")}
      </Button>
    </div>
  );
}
