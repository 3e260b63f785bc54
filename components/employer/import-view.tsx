"use client";
import { useEffect, useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ButtonLink } from "@/components/ui/button-link";
import { Checkbox } from "@/components/ui/checkbox";
import { useToast } from "@/components/ui/toast";
import { FormAlert } from "@/components/forms/form-alert";
import { confirmImportAction, discardImportAction } from "@/lib/server/actions/import";
import { useI18n } from "@/lib/i18n/client";
import { formatNumber } from "@/lib/i18n/format";

export type ImportViewProps = {
  id: string;
  fileName: string;
  status: "VALIDATING" | "PREVIEW" | "IMPORTING" | "DONE" | "FAILED";
  totalRows: number;
  validRows: number;
  invalidRows: number;
  processedRows: number;
  created: number;
  updated: number;
  wouldUpdate: number;
  failure: string | null;
  /** Already translated, in file order. */
  errors: { line: number; column: string | null; message: string }[];
  errorCount: number;
  canPublish: boolean;
};

type Progress = { status: ImportViewProps["status"]; totalRows: number; validRows: number; processedRows: number };

/** Polls the import's progress every second while the background job runs, then reloads the page's data. */
function useProgress(id: string, initial: Progress): Progress {
  const router = useRouter();
  const [p, setP] = useState(initial);
  const running = initial.status === "VALIDATING" || initial.status === "IMPORTING";
  useEffect(() => {
    if (!running) return;
    let stop = false;
    const tick = async () => {
      if (stop) return;
      const res = await fetch(`/api/v1/imports/${id}`, { cache: "no-store" }).catch(() => null);
      const body = res?.ok ? ((await res.json()) as { ok: true; data: Progress }) : null;
      if (stop) return;
      if (body?.ok) {
        setP(body.data);
        if (body.data.status !== initial.status) {
          router.refresh();
          return;
        }
      }
      setTimeout(tick, 1000);
    };
    const timer = setTimeout(tick, 1000);
    return () => {
      stop = true;
      clearTimeout(timer);
    };
  }, [id, running, initial.status, router]);
  return p;
}

function ProgressBar({ done, total, label }: { done: number; total: number; label: string }) {
  const { t, locale } = useI18n();
  const pct = total > 0 ? Math.min(100, Math.round((done / total) * 100)) : 0;
  return (
    <div className="flex flex-col gap-2">
      <div role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={total} aria-valuenow={done} aria-valuetext={t("vacancy.import.progress", { done: formatNumber(locale, done), total: formatNumber(locale, total) })} className="h-4 w-full overflow-hidden rounded-full border border-line-strong bg-white">
        <div className="h-full bg-brand-600 transition-[width]" style={{ width: `${pct}%` }} />
      </div>
      <p className="text-sm text-ink-muted" aria-hidden="true">
        {t("vacancy.import.progress", { done: formatNumber(locale, done), total: formatNumber(locale, total) })} ({pct} %)
      </p>
    </div>
  );
}

export function ImportView(props: ImportViewProps) {
  const { t, locale } = useI18n();
  const router = useRouter();
  const { toast } = useToast();
  const progress = useProgress(props.id, { status: props.status, totalRows: props.totalRows, validRows: props.validRows, processedRows: props.processedRows });
  const [publish, setPublish] = useState(false);
  const [pending, setPending] = useState<"confirm" | "discard" | null>(null);
  const [error, setError] = useState<string | null>(null);
  const n = (x: number) => formatNumber(locale, x);

  async function confirm() {
    setError(null);
    setPending("confirm");
    const r = await confirmImportAction({ importId: props.id, publish: props.canPublish && publish }).catch(() => null);
    setPending(null);
    if (!r) return setError(t("errors.network"));
    if (!r.ok) return setError(r.error.message);
    router.refresh();
  }
  async function discard() {
    setError(null);
    setPending("discard");
    const r = await discardImportAction({ importId: props.id }).catch(() => null);
    setPending(null);
    if (!r || !r.ok) return setError(r && !r.ok ? r.error.message : t("errors.network"));
    toast({ variant: "success", title: t("vacancy.import.discarded") });
    router.push("/employeur/postes/import");
  }

  if (props.status === "VALIDATING" || props.status === "IMPORTING") {
    const importing = props.status === "IMPORTING";
    return (
      <div className="flex flex-col gap-4" data-testid="import-progress">
        <p>{importing ? t("vacancy.import.importingBody") : t("vacancy.import.validatingBody", { total: n(props.totalRows) })}</p>
        <ProgressBar done={importing ? progress.processedRows : progress.processedRows} total={importing ? props.validRows : props.totalRows} label={t("vacancy.import.progressLabel")} />
      </div>
    );
  }

  if (props.status === "DONE") {
    return (
      <div className="flex flex-col gap-4">
        <Alert variant="success" title={t("vacancy.import.doneTitle")}>
          {t("vacancy.import.doneBody", { created: n(props.created), updated: n(props.updated) })}
        </Alert>
        <div className="flex flex-col gap-2 sm:flex-row">
          <ButtonLink href="/employeur/postes">{t("vacancy.import.toList")}</ButtonLink>
          <ButtonLink href="/employeur/postes/import" variant="secondary">
            {t("vacancy.import.another")}
          </ButtonLink>
        </div>
      </div>
    );
  }

  if (props.status === "FAILED") {
    return (
      <div className="flex flex-col gap-4">
        <Alert variant="error" title={t("vacancy.import.failedTitle")}>
          {t("vacancy.import.failedBody", { reason: props.failure ?? "" })}
        </Alert>
        <div>
          <ButtonLink href="/employeur/postes/import">{t("vacancy.import.another")}</ButtonLink>
        </div>
      </div>
    );
  }

  // PREVIEW
  const wouldCreate = props.validRows - props.wouldUpdate;
  return (
    <div className="flex flex-col gap-6" data-testid="import-preview">
      <dl className="grid grid-cols-2 gap-4 sm:grid-cols-5">
        {[
          ["total", props.totalRows],
          ["valid", props.validRows],
          ["invalid", props.invalidRows],
          ["wouldCreate", wouldCreate],
          ["wouldUpdate", props.wouldUpdate],
        ].map(([k, v]) => (
          <div key={k} className="rounded-lg border border-line p-3">
            <dt className="text-sm text-ink-muted">{t(`vacancy.import.summary.${k}`)}</dt>
            <dd className={`text-2xl font-bold tabular-nums ${k === "invalid" && Number(v) > 0 ? "text-danger-600" : "text-brand-800"}`} data-testid={`import-${k}`}>
              {n(Number(v))}
            </dd>
          </div>
        ))}
      </dl>

      {props.errorCount > 0 ? (
        <section aria-labelledby="import-errors" className="flex flex-col gap-3">
          <h2 id="import-errors" className="text-xl font-bold">
            {t("vacancy.import.errorsTitle")}
          </h2>
          <p>{t("vacancy.import.errorsIntro")}</p>
          {props.errorCount > props.errors.length && <p className="text-sm text-ink-muted">{t("vacancy.import.errorsTruncated", { shown: n(props.errors.length), total: n(props.errorCount) })}</p>}
          <div className="overflow-x-auto rounded border border-line" role="region" aria-labelledby="import-errors" tabIndex={0}>
            <table className="w-full border-collapse text-start" data-testid="import-errors">
              <caption className="sr-only">{t("vacancy.import.errorsCaption")}</caption>
              <thead className="bg-surface">
                <tr>
                  <th scope="col" className="border-b-2 border-line-strong px-3 py-2 text-start text-sm">{t("vacancy.import.errorColumns.line")}</th>
                  <th scope="col" className="border-b-2 border-line-strong px-3 py-2 text-start text-sm">{t("vacancy.import.errorColumns.column")}</th>
                  <th scope="col" className="border-b-2 border-line-strong px-3 py-2 text-start text-sm">{t("vacancy.import.errorColumns.message")}</th>
                </tr>
              </thead>
              <tbody>
                {props.errors.map((e, i) => (
                  <tr key={i} className="border-b border-line last:border-b-0">
                    <th scope="row" className="px-3 py-2 text-start align-top font-semibold tabular-nums">{n(e.line)}</th>
                    <td className="px-3 py-2 align-top font-mono text-sm break-all">{e.column ?? t("vacancy.import.wholeRow")}</td>
                    <td className="px-3 py-2 align-top">{e.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : (
        <Alert variant="success" live="off">{t("vacancy.import.noErrors")}</Alert>
      )}

      <section aria-labelledby="import-confirm" className="flex flex-col gap-4 rounded-lg border border-line bg-surface p-4">
        <h2 id="import-confirm" className="sr-only">{t("vacancy.import.confirm", { count: props.validRows })}</h2>
        <FormAlert message={error} />
        {props.validRows === 0 ? (
          <p>{t("vacancy.import.nothingValid")}</p>
        ) : (
          <>
            {props.canPublish ? (
              <Checkbox label={t("vacancy.import.publish")} hint={t("vacancy.import.publishHint")} checked={publish} onChange={(e) => setPublish(e.target.checked)} />
            ) : (
              <p className="text-ink-muted">{t("vacancy.import.publishNeedsVerification")}</p>
            )}
            <p className="text-sm text-ink-muted">{t("vacancy.import.confirmAllOrNothing")}</p>
          </>
        )}
        <div className="flex flex-col gap-2 sm:flex-row">
          {props.validRows > 0 && (
            <Button loading={pending === "confirm"} disabled={!!pending} onClick={confirm}>
              {t("vacancy.import.confirm", { count: props.validRows })}
            </Button>
          )}
          <Button variant="secondary" loading={pending === "discard"} disabled={!!pending} onClick={discard}>
            {t("vacancy.import.discard")}
          </Button>
          <Link href="/employeur/postes/import" className="self-center">
            {t("vacancy.import.another")}
          </Link>
        </div>
      </section>
    </div>
  );
}
