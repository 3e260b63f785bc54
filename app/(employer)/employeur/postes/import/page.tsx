import Link from "next/link";
import { Container } from "@/components/layout/container";
import { Badge } from "@/components/ui/badge";
import { ImportUploadForm } from "@/components/employer/import-upload-form";
import { getLocale, getT } from "@/lib/i18n/server";
import { formatDateTime, formatNumber } from "@/lib/i18n/format";
import { requirePageRole } from "@/lib/server/page-auth";
import { listImportJobs } from "@/lib/server/dal/imports";
import { IMPORT_MAX_BYTES, IMPORT_MAX_ROWS } from "@/lib/server/services/vacancy-import";

export async function generateMetadata() {
  const t = await getT();
  return { title: t("vacancy.import.title") };
}

const RULES = ["encoding", "separator", "reference", "codes", "skills", "dates"] as const;

export default async function ImportPage() {
  const actor = await requirePageRole("EMPLOYER");
  const [t, locale, imports] = await Promise.all([getT(), getLocale(), listImportJobs(actor)]);
  const n = (x: number) => formatNumber(locale, x);
  return (
    <Container className="flex max-w-4xl flex-col gap-8 py-8">
      <p>
        <Link href="/employeur/postes">{t("vacancy.detail.back")}</Link>
      </p>
      <div>
        <h1 className="text-3xl font-bold">{t("vacancy.import.title")}</h1>
        <p className="mt-2">{t("vacancy.import.intro", { max: n(IMPORT_MAX_ROWS) })}</p>
      </div>
      <section aria-labelledby="template" className="flex flex-col gap-3">
        <h2 id="template" className="text-xl font-bold">{t("vacancy.import.templateTitle")}</h2>
        <p>{t("vacancy.import.templateBody")}</p>
        <ul className="flex flex-col gap-1 sm:flex-row sm:gap-6">
          <li><a href="/employeur/postes/import/modele?langue=fr" download>{t("vacancy.import.templateFr")}</a></li>
          <li><a href="/employeur/postes/import/modele?langue=en" download>{t("vacancy.import.templateEn")}</a></li>
        </ul>
        <details className="rounded border border-line p-3">
          <summary className="cursor-pointer font-semibold">{t("vacancy.import.rulesTitle")}</summary>
          <ul className="mt-2 list-disc ps-6">
            {RULES.map((r) => <li key={r}>{t(`vacancy.import.rules.${r}`)}</li>)}
          </ul>
        </details>
      </section>
      <section aria-labelledby="upload" className="flex flex-col gap-3">
        <h2 id="upload" className="text-xl font-bold">{t("vacancy.import.uploadTitle")}</h2>
        <ImportUploadForm maxMb={IMPORT_MAX_BYTES / 1024 / 1024} />
      </section>
      <section aria-labelledby="recent" className="flex flex-col gap-3">
        <h2 id="recent" className="text-xl font-bold">{t("vacancy.import.recentTitle")}</h2>
        {imports.length === 0 ? (
          <p className="text-ink-muted">{t("vacancy.import.recentEmpty")}</p>
        ) : (
          <div className="overflow-x-auto rounded border border-line" role="region" aria-labelledby="recent" tabIndex={0}>
            <table className="w-full border-collapse text-start">
              <caption className="sr-only">{t("vacancy.import.recentCaption")}</caption>
              <thead className="bg-surface">
                <tr>
                  {(["file", "date", "status", "rows", "result"] as const).map((c) => (
                    <th key={c} scope="col" className="border-b-2 border-line-strong px-3 py-2 text-start text-sm">{t(`vacancy.import.columns.${c}`)}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {imports.map((i) => (
                  <tr key={i.id} className="border-b border-line last:border-b-0">
                    <th scope="row" className="px-3 py-2 text-start font-semibold"><Link href={`/employeur/postes/import/${i.id}`}>{i.fileName}</Link></th>
                    <td className="px-3 py-2 text-sm whitespace-nowrap">{formatDateTime(locale, i.createdAt)}</td>
                    <td className="px-3 py-2"><Badge variant={i.status === "DONE" ? "success" : i.status === "FAILED" ? "danger" : i.status === "PREVIEW" ? "warning" : "info"}>{t(`vacancy.import.statuses.${i.status}`)}</Badge></td>
                    <td className="px-3 py-2 tabular-nums">{n(i.totalRows)}</td>
                    <td className="px-3 py-2 text-sm">{i.status === "DONE" ? t("vacancy.import.resultCounts", { created: n(i.created), updated: n(i.updated) }) : ""}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </Container>
  );
}
