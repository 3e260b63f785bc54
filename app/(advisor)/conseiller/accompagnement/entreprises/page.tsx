import Link from "next/link";
import { Container } from "@/components/layout/container";
import { Pagination } from "@/components/ui/pagination";
import { TextField } from "@/components/ui/field";
import { buttonClasses } from "@/components/ui/button-styles";
import { AccompanimentNav } from "@/components/integration/accompaniment-nav";
import { getLocale, getT } from "@/lib/i18n/server";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { requirePageRole } from "@/lib/server/page-auth";
import { listEmployersForServices } from "@/lib/server/dal/business-services";
import { firstParams } from "@/lib/schemas/vacancy";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata() {
  const t = await getT();
  return { title: t("integration.businesses.title"), robots: { index: false } };
}

const th = "border-b-2 border-line-strong px-3 py-2 text-start text-sm";

export default async function BusinessesPage({ searchParams }: Props) {
  const actor = await requirePageRole("ADVISOR", "ADMIN");
  const sp = firstParams(await searchParams);
  const q = (sp.q ?? "").slice(0, 100);
  const page = Math.max(1, Math.min(10_000, Number(sp.page) || 1));
  const [t, locale, list] = await Promise.all([getT(), getLocale(), listEmployersForServices(actor, { q, page })]);
  const pages = Math.max(1, Math.ceil(list.total / list.pageSize));
  return (
    <Container className="flex flex-col gap-6 py-8">
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold">{t("integration.businesses.title")}</h1>
        <p className="max-w-3xl text-ink-muted">{t("integration.businesses.intro")}</p>
      </div>
      <AccompanimentNav current="businesses" />
      <form method="get" role="search" className="flex flex-wrap items-end gap-4">
        <TextField name="q" type="search" label={t("integration.businesses.search")} defaultValue={q} containerClassName="w-full sm:w-80" />
        <button type="submit" className={buttonClasses({ variant: "secondary" })}>
          {t("integration.businesses.apply")}
        </button>
      </form>
      <p className="font-semibold" role="status">
        {t("integration.businesses.count", { count: list.total })}
      </p>
      {list.rows.length === 0 ? (
        <p className="text-ink-muted">{t("integration.businesses.empty")}</p>
      ) : (
        <div className="overflow-x-auto rounded border border-line" role="region" aria-labelledby="biz-caption" tabIndex={0}>
          <table className="w-full border-collapse text-start">
            <caption id="biz-caption" className="sr-only">
              {t("integration.businesses.caption")}
            </caption>
            <thead className="bg-surface">
              <tr>
                <th scope="col" className={th}>{t("integration.businesses.business")}</th>
                <th scope="col" className={th}>{t("integration.businesses.location")}</th>
                <th scope="col" className={`${th} text-end`}>{t("integration.businesses.services")}</th>
                <th scope="col" className={th}>{t("integration.businesses.lastService")}</th>
              </tr>
            </thead>
            <tbody>
              {list.rows.map((r) => (
                <tr key={r.id} className="border-b border-line last:border-b-0">
                  <th scope="row" className="px-3 py-3 text-start align-top">
                    <Link href={`/conseiller/accompagnement/entreprises/${r.id}`}>{r.legalName}</Link>
                  </th>
                  <td className="px-3 py-3 align-top text-sm">
                    {r.municipalityName} ({r.regionCode})
                  </td>
                  <td className="px-3 py-3 text-end align-top tabular-nums">{formatNumber(locale, r.services)}</td>
                  <td className="px-3 py-3 align-top text-sm">{r.lastServiceOn ? formatDate(locale, r.lastServiceOn, { dateStyle: "medium" }) : t("integration.businesses.none")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {pages > 1 && <Pagination page={list.page} pageCount={pages} param="page" />}
    </Container>
  );
}
