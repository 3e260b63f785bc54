"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/dialog";
import { useToast } from "@/components/ui/toast";
import { revokeDisclosureAction } from "@/lib/server/actions/invitation";
import { formatDate } from "@/lib/i18n/format";
import { useI18n } from "@/lib/i18n/client";

export type DisclosureRow = { employerId: string; organisation: string; grantedAt: string };

/** The organisations that see the candidate's identity, each with "withdraw access". */
export function DisclosureList({ rows }: { rows: DisclosureRow[] }) {
  const { t, locale } = useI18n();
  const router = useRouter();
  const { toast } = useToast();
  const [revoking, setRevoking] = useState<DisclosureRow | null>(null);
  if (rows.length === 0) return <p className="text-ink-muted">{t("recruiting.candidate.sharedEmpty")}</p>;
  return (
    <>
      <ul className="flex flex-col gap-3">
        {rows.map((r) => (
          <li key={r.employerId} className="flex flex-col gap-2 rounded border border-line p-3 sm:flex-row sm:items-center sm:justify-between">
            <span>
              <span className="font-semibold">{r.organisation}</span>
              <span className="block text-sm text-ink-muted">{t("recruiting.candidate.sharedSince", { date: formatDate(locale, r.grantedAt, { dateStyle: "long", timeZone: "America/Toronto" }) })}</span>
            </span>
            <Button variant="secondary" size="sm" onClick={() => setRevoking(r)}>
              {t("recruiting.candidate.revoke")}
            </Button>
          </li>
        ))}
      </ul>
      <ConfirmDialog
        open={!!revoking}
        onClose={() => setRevoking(null)}
        title={t("recruiting.candidate.revoke")}
        confirmLabel={t("recruiting.candidate.revoke")}
        variant="danger"
        onConfirm={async () => {
          if (!revoking) return false;
          const r = await revokeDisclosureAction({ employerId: revoking.employerId }).catch(() => null);
          if (!r || !r.ok) {
            toast({ variant: "error", title: r && !r.ok ? r.error.message : t("errors.network") });
            return false;
          }
          toast({ variant: "success", title: t("recruiting.candidate.revoked") });
          router.refresh();
        }}
      >
        <p>{revoking ? t("recruiting.candidate.revokeConfirm", { organisation: revoking.organisation }) : null}</p>
      </ConfirmDialog>
    </>
  );
}
