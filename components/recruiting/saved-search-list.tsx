"use client";
import { useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/dialog";
import { useToast } from "@/components/ui/toast";
import { deleteSavedSearchAction, toggleSavedSearchAlertsAction } from "@/lib/server/actions/saved-search";
import { formatDate } from "@/lib/i18n/format";
import { useI18n } from "@/lib/i18n/client";

export type SavedSearchItem = { id: string; name: string; query: string; summary: string[]; alertsEnabled: boolean; version: number; createdAt: string; createdBy: string | null; unseen: number };

/** The organisation's saved searches: run again, see alerts, turn alerts on or off, delete. */
export function SavedSearchList({ items }: { items: SavedSearchItem[] }) {
  const { t, locale } = useI18n();
  const router = useRouter();
  const { toast } = useToast();
  const [pending, setPending] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<SavedSearchItem | null>(null);

  async function toggle(s: SavedSearchItem) {
    setPending(s.id);
    const r = await toggleSavedSearchAlertsAction({ id: s.id, version: s.version, alertsEnabled: !s.alertsEnabled }).catch(() => null);
    setPending(null);
    if (!r || !r.ok) return toast({ variant: "error", title: r && !r.ok ? r.error.message : t("errors.network") });
    toast({ variant: "success", title: t("recruiting.saved.toggled") });
    router.refresh();
  }

  if (items.length === 0) return <p className="text-ink-muted">{t("recruiting.saved.empty")}</p>;
  return (
    <>
      <ul className="flex flex-col gap-4" data-testid="saved-searches">
        {items.map((s) => (
          <li key={s.id} className="flex flex-col gap-3 rounded border border-line-strong bg-white p-4">
            <div className="flex flex-wrap items-center gap-2">
              <h2 className="text-xl font-bold">{s.name}</h2>
              <Badge variant={s.unseen > 0 ? "info" : "neutral"}>{s.unseen > 0 ? t("recruiting.saved.unseen", { count: s.unseen }) : t("recruiting.saved.noneUnseen")}</Badge>
              <Badge variant={s.alertsEnabled ? "success" : "neutral"}>{t(s.alertsEnabled ? "recruiting.saved.alertsOn" : "recruiting.saved.alertsOff")}</Badge>
            </div>
            <p className="text-sm">
              <span className="font-semibold">{t("recruiting.saved.filters")}</span>{" "}
              {s.summary.length ? s.summary.join(" · ") : t("recruiting.saved.noFilter")}
            </p>
            <p className="text-sm text-ink-muted">{t("recruiting.saved.createdBy", { name: s.createdBy ?? "—", date: formatDate(locale, s.createdAt, { dateStyle: "medium", timeZone: "America/Toronto" }) })}</p>
            <div className="flex flex-wrap items-center gap-3">
              <Link href={`/employeur/recherche${s.query}`}>{t("recruiting.saved.run")}</Link>
              <Link href={`/employeur/recherche/enregistrees/${s.id}`}>{t("recruiting.saved.alerts")}</Link>
              <Button size="sm" variant="secondary" loading={pending === s.id} onClick={() => toggle(s)}>
                {t(s.alertsEnabled ? "recruiting.saved.turnOff" : "recruiting.saved.turnOn")}
              </Button>
              <Button size="sm" variant="ghost" onClick={() => setDeleting(s)}>
                {t("recruiting.saved.delete")}
              </Button>
            </div>
          </li>
        ))}
      </ul>
      <ConfirmDialog
        open={!!deleting}
        onClose={() => setDeleting(null)}
        title={t("recruiting.saved.delete")}
        confirmLabel={t("recruiting.saved.delete")}
        variant="danger"
        onConfirm={async () => {
          if (!deleting) return false;
          const r = await deleteSavedSearchAction({ id: deleting.id }).catch(() => null);
          if (!r || !r.ok) {
            toast({ variant: "error", title: r && !r.ok ? r.error.message : t("errors.network") });
            return false;
          }
          toast({ variant: "success", title: t("recruiting.saved.deleted") });
          router.refresh();
        }}
      >
        <p>{deleting ? t("recruiting.saved.confirmDelete", { name: deleting.name }) : null}</p>
      </ConfirmDialog>
    </>
  );
}
