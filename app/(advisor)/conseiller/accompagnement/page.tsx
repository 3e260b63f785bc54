import Link from "next/link";
import { Container } from "@/components/layout/container";
import { Pagination } from "@/components/ui/pagination";
import { Alert } from "@/components/ui/alert";
import { SelectField } from "@/components/ui/select";
import { Checkbox } from "@/components/ui/checkbox";
import { AccompanimentNav } from "@/components/integration/accompaniment-nav";
import { HandOverStatusBadge, MeetingBadge } from "@/components/integration/badges";
import { buttonClasses } from "@/components/ui/button-styles";
import { getLocale, getT } from "@/lib/i18n/server";
import { formatDate } from "@/lib/i18n/format";
import { requirePageRole } from "@/lib/server/page-auth";
import { listHandOvers } from "@/lib/server/dal/handovers";
import { listRegions } from "@/lib/server/dal/municipalities";
import { firstParams } from "@/lib/schemas/vacancy";
import { HANDOVER_STATUSES, type HandOverStatus } from "@/lib/domain/integration/areas";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata() {
  const t = await getT();
  return { title: t("integration.queue.title"), robots: { index: false } };
}

const th = "border-b-2 border-line-strong px-3 py-2 text-start text-sm";

export default async function HandOverQueuePage({ searchParams }: Props) {
  const actor = await requirePageRole("ADVISOR", "ADMIN");
  const sp = firstParams(await searchParams);
  const status = (HANDOVER_STATUSES as readonly string[]).includes(sp.etat ?? "") ? (sp.etat as HandOverStatus) : "active";
  const page = Math.max(1, Math.min(10_000, Number(sp.page) || 1));
  const [t, locale, regions] = await Promise.all([getT(), getLocale(), listRegions(null)]);
  const regionCode = regions.some((r) => r.code === sp.region) ? sp.region! : null;
  const queue = await listHandOvers(actor, { status, regionCode, mine: sp.miennes === "1", page });
  const regionName = new Map(regions.map((r) => [r.code, locale === "en" ? r.nameEn : r.nameFr]));
  const scopeRegions = queue.regions === null ? regions.map((r) => r.code) : queue.regions;
  const pages = Math.max(1, Math.ceil(queue.total / queue.pageSize));
  return (
    <Container className="flex flex-col gap-6 py-8">
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold">{t("integration.queue.title")}</h1>
        <p className="max-w-3xl text-ink-muted">{t("integration.queue.intro")}</p>
        <p className="text-sm">{queue.regions === null ? t("integration.queue.allRegions") : t("integration.queue.regions", { regions: queue.regions.map((c) => `${regionName.get(c)} (${c})`).join(", ") })}</p>
      </div>
      <AccompanimentNav current="queue" />
      {queue.regions !== null && queue.regions.length === 0 && <Alert variant="warning">{t("integration.queue.noRegion")}</Alert>}
      <form method="get" className="flex flex-wrap items-end gap-4 rounded border border-line p-4" aria-label={t("integration.queue.filters")}>
        <SelectField
          name="etat"
          label={t("integration.queue.status")}
          defaultValue={status}
          containerClassName="w-full sm:w-80"
          options={[{ value: "active", label: t("integration.queue.active") }, ...HANDOVER_STATUSES.map((s) => ({ value: s, label: t(`integration.handOverStatus.${s}`) }))]}
        />
        <SelectField name="region" label={t("integration.queue.region")} defaultValue={regionCode ?? ""} containerClassName="w-full sm:w-64" placeholder={t("integration.queue.allRegions")} options={scopeRegions.map((c) => ({ value: c, label: `${regionName.get(c)} (${c})` }))} />
        <Checkbox name="miennes" value="1" defaultChecked={sp.miennes === "1"} label={t("integration.queue.mine")} containerClassName="pb-2" />
        <button type="submit" className={buttonClasses({ variant: "secondary" })}>
          {t("integration.queue.apply")}
        </button>
      </form>
      <div className="flex flex-wrap gap-4" role="status">
        <p className="font-semibold">{t("integration.queue.count", { count: queue.total })}</p>
        {queue.overdue > 0 && <p className="font-semibold text-danger-600">{t("integration.queue.overdue", { count: queue.overdue })}</p>}
      </div>
      {queue.rows.length === 0 ? (
        <p className="text-ink-muted">{t("integration.queue.empty")}</p>
      ) : (
        <div className="overflow-x-auto rounded border border-line" role="region" aria-labelledby="handover-caption" tabIndex={0}>
          <table className="w-full border-collapse text-start" data-testid="handover-queue">
            <caption id="handover-caption" className="sr-only">
              {t("integration.queue.caption")}
            </caption>
            <thead className="bg-surface">
              <tr>
                <th scope="col" className={th}>{t("integration.queue.person")}</th>
                <th scope="col" className={th}>{t("integration.queue.job")}</th>
                <th scope="col" className={th}>{t("integration.queue.region")}</th>
                <th scope="col" className={th}>{t("integration.queue.firstMeeting")}</th>
                <th scope="col" className={th}>{t("integration.queue.followedBy")}</th>
              </tr>
            </thead>
            <tbody>
              {queue.rows.map((r) => (
                <tr key={r.id} className={r.meeting === "overdue" ? "border-b border-line border-s-4 border-s-danger-600 bg-danger-50 last:border-b-0" : "border-b border-line last:border-b-0"} data-testid="handover-row">
                  <th scope="row" className="px-3 py-3 text-start align-top">
                    <Link href={`/conseiller/accompagnement/${r.id}`}>{r.personName}</Link>
                    <span className="mt-1 flex flex-wrap items-center gap-2 text-sm font-normal text-ink-muted">
                      <HandOverStatusBadge status={r.status} />
                      {t(`integration.sources.${r.source}`)} · {t("integration.queue.requested")} {formatDate(locale, r.requestedAt, { dateStyle: "medium", timeZone: "America/Toronto" })}
                    </span>
                  </th>
                  <td className="px-3 py-3 align-top text-sm">
                    {r.jobTitle ? (
                      <>
                        <span className="font-semibold">{r.jobTitle}</span>
                        <span className="block text-ink-muted">
                          {r.employerName} · {r.municipalityName}
                        </span>
                      </>
                    ) : (
                      <span className="text-ink-muted">{t("integration.queue.requestNoJob")}</span>
                    )}
                  </td>
                  <td className="px-3 py-3 align-top text-sm">
                    {regionName.get(r.regionCode)} ({r.regionCode})
                  </td>
                  <td className="px-3 py-3 align-top text-sm">
                    <MeetingBadge state={r.meeting} dueOn={r.firstMeetingDueOn} />
                  </td>
                  <td className="px-3 py-3 align-top text-sm">
                    {r.assignedToMe ? t("integration.queue.you") : (r.assignedAdvisorName ?? <span className="text-ink-muted">{t("integration.queue.nobody")}</span>)}
                    {r.planId && (
                      <Link className="block" href={`/conseiller/accompagnement/plans/${r.planId}`}>
                        {t("integration.queue.plan")}
                      </Link>
                    )}
                  </td>
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
