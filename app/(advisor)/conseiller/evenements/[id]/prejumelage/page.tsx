import Link from "next/link";
import { Container } from "@/components/layout/container";
import { Alert } from "@/components/ui/alert";
import { AnonymousCandidateCard } from "@/components/candidate/anonymous-candidate-card";
import { MatchExplanation } from "@/components/events/match-explanation";
import { InviteToApplyButton } from "@/components/events/advisor-event-controls";
import { Badge } from "@/components/ui/badge";
import { getLocale, getT } from "@/lib/i18n/server";
import { requirePageRole } from "@/lib/server/page-auth";
import { orNotFound } from "@/lib/server/not-found";
import { listPrematchVacancies, prematchEventVacancy } from "@/lib/server/services/events-matching";
import { eventName } from "@/lib/server/dal/events";
import { firstParams } from "@/lib/schemas/vacancy";
import { REGION_NAMES } from "@/lib/domain/matching/regions";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata() {
  const t = await getT();
  return { title: t("events.prematch.title") };
}

export default async function PrematchPage({ params, searchParams }: Props) {
  const actor = await requirePageRole("ADVISOR", "ADMIN");
  const { id } = await params;
  const sp = firstParams(await searchParams);
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  const list = await orNotFound(listPrematchVacancies(actor, id));
  const selected = list.vacancies.find((v) => v.id === sp.poste) ?? list.vacancies[0] ?? null;
  const ranking = selected ? await prematchEventVacancy(actor, selected.id, { locale }) : null;
  const formId = "prematch-form";
  return (
    <Container className="flex flex-col gap-6 py-8">
      <p>
        <Link href={`/conseiller/evenements/${id}`}>{t("events.advisor.backToEvent")}</Link>
      </p>
      <div>
        <h1 className="text-3xl font-bold">{t("events.prematch.title")}</h1>
        <p className="mt-1 text-lg">{eventName(list.event, locale)}</p>
        <p className="mt-2 max-w-3xl text-ink-muted">{t("events.prematch.intro")}</p>
      </div>
      {!list.canPrematch && <Alert variant="info" live="off">{t("events.prematch.closed")}</Alert>}
      {list.vacancies.length === 0 ? (
        <p className="text-ink-muted">{t("events.prematch.noVacancies")}</p>
      ) : (
        <div className="grid gap-6 lg:grid-cols-[18rem_minmax(0,1fr)]">
          <nav aria-label={t("events.prematch.vacancies")}>
            <ul className="flex flex-col gap-1">
              {list.vacancies.map((v) => (
                <li key={v.id}>
                  <Link href={`/conseiller/evenements/${id}/prejumelage?poste=${v.id}`} aria-current={v.id === selected?.id ? "page" : undefined} className={`block rounded p-2 ${v.id === selected?.id ? "bg-brand-50 font-bold" : ""}`}>
                    {v.title}
                    <span className="block text-sm font-normal text-ink-muted">{v.employerName} · {v.municipalityName} ({v.regionCode})</span>
                    <span className="block text-sm font-normal text-ink-muted">{t("events.prematch.counts", { invited: v.invited, applications: v.applications })}</span>
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          {ranking && (
            <section aria-labelledby="rank-title" className="flex flex-col gap-4">
              <h2 id="rank-title" className="text-2xl font-bold">
                {t("events.prematch.best", { title: ranking.vacancy.title, region: REGION_NAMES[ranking.vacancy.regionCode]?.[locale] ?? ranking.vacancy.regionCode })}
              </h2>
              {ranking.items.length === 0 ? (
                <p className="text-ink-muted">{t("events.prematch.none")}</p>
              ) : (
                <>
                  <form id={formId} className="flex flex-col gap-4">
                    <ol className="flex flex-col gap-4" data-testid="prematch-list">
                      {ranking.items.map((c) => (
                        <li key={c.card.id} className="flex flex-col gap-2">
                          <div className="flex flex-wrap items-center gap-3">
                            <span className="font-bold">{t("events.applicants.rank", { rank: c.rank })}</span>
                            {c.invited || c.applied ? (
                              <Badge variant="success">{t(c.applied ? "events.prematch.applied" : "events.prematch.alreadyInvited")}</Badge>
                            ) : (
                              list.canPrematch && (
                                <label className="flex items-center gap-2">
                                  <input type="checkbox" name="candidate" value={c.card.id} className="size-5 accent-brand-600" />
                                  {t("events.prematch.select", { rank: c.rank })}
                                </label>
                              )
                            )}
                          </div>
                          <MatchExplanation score={c.score} eligible={c.eligible} factors={c.factors} gaps={c.gaps} />
                          <details className="rounded border border-line p-3">
                            <summary className="cursor-pointer font-semibold">
                              {c.card.occupations[0]?.title ?? c.card.occupations[0]?.nocCode ?? t("events.prematch.profile")} · {t("events.prematch.showCard")}
                            </summary>
                            <div className="mt-2">
                              <AnonymousCandidateCard card={c.card} headingLevel={3} />
                            </div>
                          </details>
                        </li>
                      ))}
                    </ol>
                  </form>
                  {list.canPrematch && <InviteToApplyButton eventVacancyId={ranking.vacancy.id} formId={formId} />}
                </>
              )}
            </section>
          )}
        </div>
      )}
    </Container>
  );
}
