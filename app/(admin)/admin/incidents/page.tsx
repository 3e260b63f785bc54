import type { Metadata } from "next";
import Link from "next/link";
import { Container } from "@/components/layout/container";
import { ButtonLink } from "@/components/ui/button-link";
import { Badge } from "@/components/ui/badge";
import { getLocale, getT } from "@/lib/i18n/server";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { requirePageRole } from "@/lib/server/page-auth";
import { listIncidents } from "@/lib/server/dal/incidents";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT();
  return { title: t("admin.incidents.title"), robots: { index: false } };
}

const th = "border-b-2 border-line-strong px-3 py-2 text-start text-sm";

/** The register of confidentiality incidents (administrators). */
export default async function IncidentRegisterPage() {
  const actor = await requirePageRole("ADMIN");
  const [t, locale, rows] = await Promise.all([getT(), getLocale(), listIncidents(actor)]);
  const d = (iso: string | null) => (iso ? formatDate(locale, iso, { dateStyle: "medium" }) : "—");
  return (
    <Container className="flex flex-col gap-6 py-8">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold">{t("admin.incidents.title")}</h1>
          <p className="mt-2 max-w-3xl text-ink-muted">{t("admin.incidents.intro")}</p>
        </div>
        <ButtonLink href="/admin/incidents/nouveau">{t("admin.incidents.new")}</ButtonLink>
      </div>
      {rows.length === 0 ? (
        <p className="text-ink-muted">{t("admin.incidents.empty")}</p>
      ) : (
        <div className="overflow-x-auto rounded border border-line" role="region" aria-labelledby="incidents-caption" tabIndex={0}>
          <table className="w-full border-collapse text-start" data-testid="incident-register">
            <caption id="incidents-caption" className="sr-only">{t("admin.incidents.title")}</caption>
            <thead className="bg-surface">
              <tr>
                <th scope="col" className={th}>{t("admin.incidents.discoveredOn")}</th>
                <th scope="col" className={th}>{t("admin.incidents.circumstances")}</th>
                <th scope="col" className={`${th} text-end`}>{t("admin.incidents.personsConcerned")}</th>
                <th scope="col" className={th}>{t("admin.incidents.risk")}</th>
                <th scope="col" className={th}>{t("admin.incidents.commissionNotifiedOn")}</th>
                <th scope="col" className={th}>{t("admin.incidents.personsNotifiedOn")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} className="border-b border-line align-top last:border-b-0">
                  <td className="px-3 py-3 whitespace-nowrap"><Link href={`/admin/incidents/${r.id}`}>{d(r.discoveredOn)}</Link></td>
                  <td className="max-w-md px-3 py-3 text-sm">{r.circumstances.length > 160 ? `${r.circumstances.slice(0, 160)}…` : r.circumstances}</td>
                  <td className="px-3 py-3 text-end tabular-nums">{r.personsApproximate ? "≈ " : ""}{formatNumber(locale, r.personsConcerned)}</td>
                  <td className="px-3 py-3">
                    {r.seriousInjuryRisk ? <Badge variant="danger">{t("admin.incidents.serious")}</Badge> : <Badge>{t("admin.incidents.notSerious")}</Badge>}
                    {r.noticesMissing && <span className="mt-1 block text-sm font-semibold text-danger-700">{t("admin.incidents.noticesMissing")}</span>}
                  </td>
                  <td className="px-3 py-3 whitespace-nowrap">{d(r.commissionNotifiedOn)}</td>
                  <td className="px-3 py-3 whitespace-nowrap">{d(r.personsNotifiedOn)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Container>
  );
}
