"use client";
import { useMemo, useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Dialog, ConfirmDialog } from "@/components/ui/dialog";
import { DataTable } from "@/components/ui/data-table";
import { createDataTableColumnHelper } from "@/components/ui/data-table-columns";
import { useToast } from "@/components/ui/toast";
import { entryHistoryAction, moveEntryAction } from "@/lib/server/actions/recruiting";
import { BOARD_COLUMNS, type PipelineStage } from "@/lib/domain/recruiting/pipeline";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { useI18n } from "@/lib/i18n/client";
import type { Translator } from "@/lib/i18n/translate";
import type { PipelineCardData } from "./pipeline-types";

type History = Awaited<ReturnType<typeof entryHistoryAction>>;

/**
 * A vacancy's pipeline as a board (columns of stages) or a table (one row per person). Moves go through the server
 * action, at the version shown (someone else's move in between is a conflict, not a silent overwrite); HIRED asks
 * for confirmation. The moves offered are the ones the rules allow.
 */
export function PipelineBoard({ entries, view, vacancyId }: { entries: PipelineCardData[]; view: "board" | "table"; vacancyId: string }) {
  const { t, locale } = useI18n();
  const router = useRouter();
  const { toast } = useToast();
  const [pending, setPending] = useState<string | null>(null);
  const [hire, setHire] = useState<PipelineCardData | null>(null);
  const [history, setHistory] = useState<{ entry: PipelineCardData; data: History | null } | null>(null);
  const label = (e: PipelineCardData) => e.name ?? `${t("recruiting.pipeline.anonymous")} · ${e.occupation}`;

  async function move(entry: PipelineCardData, to: PipelineStage) {
    if (to === "HIRED" && hire?.id !== entry.id) {
      setHire(entry);
      return false;
    }
    setPending(entry.id);
    const r = await moveEntryAction({ entryId: entry.id, version: entry.version, to }).catch(() => null);
    setPending(null);
    if (!r || !r.ok) {
      toast({ variant: "error", title: r && !r.ok ? r.error.message : t("errors.network") });
      router.refresh();
      return false;
    }
    toast({ variant: "success", title: t("recruiting.pipeline.moved", { stage: t(`recruiting.stages.${to}`) }) });
    router.refresh();
    return true;
  }

  async function openHistory(entry: PipelineCardData) {
    setHistory({ entry, data: null });
    const r = await entryHistoryAction({ entryId: entry.id }).catch(() => null);
    setHistory({ entry, data: r });
  }

  const tableColumns = useMemo(() => pipelineColumns(t, locale, { label, move, openHistory, pending }), [t, locale, pending]); // eslint-disable-line react-hooks/exhaustive-deps

  return (
    <>
      {view === "board" ? (
        <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-3" data-testid="pipeline-board">
          {BOARD_COLUMNS.map((stages) => {
            const inColumn = entries.filter((e) => stages.includes(e.stage));
            const title = stages.map((s) => t(`recruiting.stages.${s}`)).join(" / ");
            return (
              <section key={stages.join("-")} aria-label={title} className="flex flex-col gap-3 rounded-lg border border-line bg-surface p-3" data-testid={`column-${stages.join("-")}`}>
                <h2 className="text-lg font-bold">{t("recruiting.pipeline.column", { stage: title, count: inColumn.length })}</h2>
                {inColumn.length === 0 ? (
                  <p className="text-sm text-ink-muted">{t("recruiting.pipeline.emptyColumn")}</p>
                ) : (
                  <ul className="flex flex-col gap-3">
                    {inColumn.map((e) => (
                      <li key={e.id} className="flex flex-col gap-2 rounded border border-line-strong bg-white p-3" data-testid="pipeline-card">
                        <h3 className="font-bold">{label(e)}</h3>
                        <p className="flex flex-wrap items-center gap-2 text-sm">
                          <Badge variant={e.stage === "HIRED" ? "success" : e.stage === "DECLINED" || e.stage === "NOT_RETAINED" ? "neutral" : "info"}>{t(`recruiting.stages.${e.stage}`)}</Badge>
                          <span className="text-ink-muted">{t("recruiting.pipeline.since", { date: formatDate(locale, e.stageChangedAt, { dateStyle: "medium", timeZone: "America/Toronto" }) })}</span>
                        </p>
                        <p className="flex flex-wrap gap-3 text-sm">
                          <Link href={`/employeur/recherche/candidats/${e.card.id}`}>{t("recruiting.pipeline.profile")}</Link>
                          {e.threadId && <Link href={`/employeur/messages/${e.threadId}`}>{t("recruiting.pipeline.messages")}</Link>}
                          <button type="button" className="text-brand-600 underline" onClick={() => openHistory(e)}>
                            {t("recruiting.pipeline.history")}
                          </button>
                        </p>
                        <MoveControl entry={e} t={t} pending={pending === e.id} onMove={move} label={label(e)} />
                      </li>
                    ))}
                  </ul>
                )}
              </section>
            );
          })}
        </div>
      ) : (
        <DataTable columns={tableColumns} data={entries} rowCount={entries.length} page={1} pageSize={Math.max(entries.length, 1)} sort={null} pageSizeOptions={[]} caption={t("recruiting.pipeline.caption")} captionHidden emptyState={t("recruiting.pipeline.empty")} />
      )}

      <ConfirmDialog
        open={!!hire}
        onClose={() => setHire(null)}
        title={t("recruiting.pipeline.hireConfirmTitle")}
        confirmLabel={t("recruiting.stages.HIRED")}
        onConfirm={async () => (hire ? move(hire, "HIRED") : false)}
      >
        <p>{hire ? t("recruiting.pipeline.hireConfirm", { name: label(hire) }) : null}</p>
      </ConfirmDialog>

      <Dialog open={!!history} onClose={() => setHistory(null)} title={t("recruiting.pipeline.historyTitle")} description={history ? label(history.entry) : undefined}>
        {!history?.data ? (
          <p>{t("common.status.loading")}</p>
        ) : !history.data.ok ? (
          <p role="alert">{history.data.error.message}</p>
        ) : (
          <ol className="flex flex-col gap-2" data-testid="history">
            {history.data.data.map((h, i) => (
              <li key={i} className="border-b border-line pb-2 last:border-b-0">
                <p className="font-semibold">
                  {h.from ? t("recruiting.pipeline.historyLine", { from: t(`recruiting.stages.${h.from}`), to: t(`recruiting.stages.${h.to}`) }) : t("recruiting.pipeline.historyCreated", { to: t(`recruiting.stages.${h.to}`) })}
                </p>
                <p className="text-sm text-ink-muted">
                  {formatDateTime(locale, h.at)} · {h.by === "candidate" ? t("recruiting.pipeline.byCandidate") : h.by ? t("recruiting.pipeline.by", { name: h.by }) : t("recruiting.pipeline.bySystem")}
                </p>
                {h.note && <p className="text-sm">{h.note}</p>}
              </li>
            ))}
          </ol>
        )}
      </Dialog>
      <span className="sr-only" data-vacancy={vacancyId} />
    </>
  );
}

function MoveControl({ entry, t, pending, onMove, label }: { entry: PipelineCardData; t: Translator; pending: boolean; onMove: (e: PipelineCardData, to: PipelineStage) => unknown; label: string }) {
  const [to, setTo] = useState<PipelineStage | "">(entry.allowedTargets[0] ?? "");
  if (entry.allowedTargets.length === 0) return <p className="text-sm text-ink-muted">{t("recruiting.pipeline.noMoves")}</p>;
  const id = `move-${entry.id}`;
  return (
    <div className="flex flex-wrap items-end gap-2">
      <div className="flex flex-col gap-1">
        <label htmlFor={id} className="text-sm font-semibold">
          {t("recruiting.pipeline.moveTo")}
        </label>
        <select id={id} value={to} onChange={(e) => setTo(e.target.value as PipelineStage)} className="min-h-9 rounded border-2 border-line-strong bg-white px-2 text-sm" aria-label={t("recruiting.pipeline.moveLabel", { name: label })}>
          {entry.allowedTargets.map((s) => (
            <option key={s} value={s}>
              {t(`recruiting.stages.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <Button size="sm" variant="secondary" loading={pending} disabled={!to} onClick={() => to && onMove(entry, to)}>
        {t("recruiting.pipeline.move")}
      </Button>
    </div>
  );
}

const helper = createDataTableColumnHelper<PipelineCardData>();

function pipelineColumns(
  t: Translator,
  locale: "fr" | "en",
  h: { label: (e: PipelineCardData) => string; move: (e: PipelineCardData, to: PipelineStage) => unknown; openHistory: (e: PipelineCardData) => unknown; pending: string | null },
) {
  return [
    helper.display({
      id: "person",
      header: t("recruiting.pipeline.columns.person"),
      meta: { rowHeader: true, cellClassName: "min-w-48" },
      cell: ({ row }) => (
        <span className="flex flex-col">
          <span>{h.label(row.original)}</span>
          <Link href={`/employeur/recherche/candidats/${row.original.card.id}`} className="text-sm font-normal">
            {t("recruiting.pipeline.profile")}
          </Link>
        </span>
      ),
    }),
    helper.accessor("stage", { header: t("recruiting.pipeline.columns.stage"), cell: ({ getValue }) => t(`recruiting.stages.${getValue()}`) }),
    helper.accessor("stageChangedAt", { header: t("recruiting.pipeline.columns.since"), cell: ({ getValue }) => formatDate(locale, getValue(), { dateStyle: "medium", timeZone: "America/Toronto" }) }),
    helper.accessor("source", { header: t("recruiting.pipeline.columns.source"), cell: ({ getValue }) => t(`recruiting.sources.${getValue()}`) }),
    helper.display({
      id: "actions",
      header: t("recruiting.pipeline.columns.actions"),
      meta: { cellClassName: "min-w-64" },
      cell: ({ row }) => (
        <span className="flex flex-col gap-2">
          <MoveControl entry={row.original} t={t} pending={h.pending === row.original.id} onMove={h.move} label={h.label(row.original)} />
          <span className="flex gap-3 text-sm">
            {row.original.threadId && <Link href={`/employeur/messages/${row.original.threadId}`}>{t("recruiting.pipeline.messages")}</Link>}
            <button type="button" className="text-brand-600 underline" onClick={() => h.openHistory(row.original)}>
              {t("recruiting.pipeline.history")}
            </button>
          </span>
        </span>
      ),
    }),
  ];
}
