import Link from "next/link";
import { Container } from "@/components/layout/container";
import { Pagination } from "@/components/ui/pagination";
import { getLocale, getT } from "@/lib/i18n/server";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { requirePageRole } from "@/lib/server/page-auth";
import { listPendingVerifications } from "@/lib/server/dal/verification";
import { listRegions } from "@/lib/server/dal/municipalities";
import { firstParams } from "@/lib/schemas/vacancy";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata() {
  const t = await getT();
  return { title: t("employer.verification.title") };
}

const th = "border-b-2 border-line-strong px-3 py-2 text-start text-sm";

export default async function VerificationQueuePage({ searchParams }: Props) {
  const actor = await requirePageRole("ADVISOR", "ADMIN");
  const sp = firstParams(await searchParams);
  const mine = sp.regions === "miennes";
  const page = Math.max(1, Math.min(10_000, Number(sp.page) || 1));
  const [t, locale, queue, regions] = await Promise.all([getT(), getLocale(), listPendingVerifications(actor, { mine, page }), listRegions(null)]);
  const regionName = new Map(regions.map((r) => [r.code, locale === "en" ? r.nameEn : r.nameFr]));
  const pages = Math.max(1, Math.ceil(queue.total / queue.pageSize));
  return (
    <Container className="flex flex-col gap-6 py-8">
      <div>
        <h1 className="text-3xl font-bold">{t("employer.verification.title")}</h1>
        <p className="mt-2 max-w-3xl text-ink-muted">{t("employer.verification.intro")}</p>
      </div>
      <nav aria-label={t("employer.verification.caption")} className="flex flex-wrap gap-4">
        <Link href="/conseiller/verifications" aria-current={!mine ? "page" : undefined} className={!mine ? "font-bold" : undefined}>
          {t("employer.verification.all")}
        </Link>
        <Link href="/conseiller/verifications?regions=miennes" aria-current={mine ? "page" : undefined} className={mine ? "font-bold" : undefined}>
          {t("employer.verification.mine")}
        </Link>
      </nav>
      <p className="font-semibold" role="status">{t("employer.verification.count", { count: queue.total })}</p>
      {queue.rows.length === 0 ? (
        <p className="text-ink-muted">{t("employer.verification.empty")}</p>
      ) : (
        <div className="overflow-x-auto rounded border border-line" role="region" aria-labelledby="queue-caption" tabIndex={0}>
          <table className="w-full border-collapse text-start" data-testid="verification-queue">
            <caption id="queue-caption" className="sr-only">{t("employer.verification.caption")}</caption>
            <thead className="bg-surface">
              <tr>
                <th scope="col" className={th}>{t("employer.verification.organisation")}</th>
                <th scope="col" className={th}>{t("employer.verification.neq")}</th>
                <th scope="col" className={th}>{t("employer.verification.location")}</th>
                <th scope="col" className={th}>{t("employer.verification.registered")}</th>
                <th scope="col" className={`${th} text-end`}>{t("employer.verification.vacancies")}</th>
              </tr>
            </thead>
            <tbody>
              {queue.rows.map((r) => (
                <tr key={r.id} className="border-b border-line last:border-b-0">
                  <th scope="row" className="px-3 py-3 text-start align-top">
                    <Link href={`/conseiller/verifications/${r.id}`}>{r.legalName}</Link>
                    {r.sectorCode && <span className="block text-sm font-normal text-ink-muted">{t(`employer.sectors.${r.sectorCode}`)}</span>}
                  </th>
                  <td className="px-3 py-3 align-top tabular-nums">{r.neq ?? "—"}</td>
                  <td className="px-3 py-3 align-top text-sm">
                    {r.municipality ? (
                      <>
                        {r.municipality.name}
                        <span className="block text-ink-muted">
                          {r.municipality.regionCode} {regionName.get(r.municipality.regionCode)} · {t(r.municipality.inCmm ? "employer.cmm.inside" : "employer.cmm.outside")}
                        </span>
                      </>
                    ) : (
                      <span className="text-ink-muted">{t("employer.verification.noAddress")}</span>
                    )}
                  </td>
                  <td className="px-3 py-3 align-top text-sm whitespace-nowrap">{formatDate(locale, r.createdAt, { dateStyle: "medium", timeZone: "America/Toronto" })}</td>
                  <td className="px-3 py-3 text-end align-top tabular-nums">{formatNumber(locale, r.vacancyCount)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {pages > 1 && <Pagination page={queue.page} pageCount={pages} param="page" />}
    </Container>
  );
}
