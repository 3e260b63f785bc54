"use client";
import { useMemo, useState } from "react";
import { useRouter } from "next/navigation";
import { DataTable } from "@/components/ui/data-table";
import type { TableSort } from "@/components/ui/data-table-params";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/dialog";
import { useToast } from "@/components/ui/toast";
import { vacancyColumns, VACANCY_DEFAULT_SORT, VACANCY_PAGE_SIZES, type VacancyRow } from "@/components/employer/vacancy-columns";
import { bulkVacanciesAction } from "@/lib/server/actions/vacancy";
import { useI18n } from "@/lib/i18n/client";

/** The employer's vacancies: server-side sorting and pagination (state in the URL), bulk close and renew. */
export function VacancyTable({ rows, rowCount, page, pageSize, sort, filtered, canRenew }: { rows: VacancyRow[]; rowCount: number; page: number; pageSize: number; sort: TableSort | null; filtered: boolean; canRenew: boolean }) {
  const { t, locale } = useI18n();
  const router = useRouter();
  const { toast } = useToast();
  const columns = useMemo(() => vacancyColumns(t, locale), [t, locale]);
  const [pending, setPending] = useState<"close" | "renew" | null>(null);
  const [confirmClose, setConfirmClose] = useState<string[] | null>(null);

  async function bulk(action: "close" | "renew", ids: string[], clear: () => void) {
    setPending(action);
    const r = await bulkVacanciesAction({ ids, action }).catch(() => null);
    setPending(null);
    if (!r || !r.ok) {
      toast({ variant: "error", title: r && !r.ok ? r.error.message : t("errors.network") });
      return;
    }
    toast({ variant: "success", title: t("vacancy.list.bulkDone", { count: r.data.changed }), description: r.data.skipped ? t("vacancy.list.bulkSkipped", { count: r.data.skipped }) : undefined });
    clear();
    router.refresh();
  }

  return (
    <>
      <DataTable
        columns={columns}
        data={rows}
        rowCount={rowCount}
        page={page}
        pageSize={pageSize}
        sort={sort}
        defaultSort={VACANCY_DEFAULT_SORT}
        pageSizeOptions={VACANCY_PAGE_SIZES}
        caption={t("vacancy.list.caption")}
        captionHidden
        getRowLabel={(r) => r.title}
        enableRowSelection={(r) => r.canClose || r.canRenew}
        emptyState={filtered ? t("vacancy.list.empty") : t("vacancy.list.emptyAll")}
        bulkActions={({ selectedIds, clearSelection }) => (
          <>
            <Button size="sm" variant="secondary" loading={pending === "close"} disabled={!!pending || selectedIds.length === 0} onClick={() => setConfirmClose(selectedIds)}>
              {t("vacancy.list.bulkClose")}
            </Button>
            {canRenew && (
              <Button size="sm" variant="secondary" loading={pending === "renew"} disabled={!!pending || selectedIds.length === 0} onClick={() => bulk("renew", selectedIds, clearSelection)}>
                {t("vacancy.list.bulkRenew")}
              </Button>
            )}
          </>
        )}
      />
      <ConfirmDialog
        open={!!confirmClose}
        onClose={() => setConfirmClose(null)}
        title={t("vacancy.list.bulkClose")}
        confirmLabel={t("vacancy.list.bulkClose")}
        onConfirm={() => confirmClose && bulk("close", confirmClose, () => setConfirmClose(null))}
      >
        <p>{t("vacancy.list.bulkConfirmClose", { count: confirmClose?.length ?? 0 })}</p>
      </ConfirmDialog>
    </>
  );
}
