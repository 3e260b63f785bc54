import { Container } from "@/components/layout/container";
import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { HireHandOverOffer, RequestAccompanimentForm } from "@/components/integration/accompaniment-offers";
import { MyTaskCheckbox } from "@/components/integration/my-task-checkbox";
import { FollowUpForm } from "@/components/integration/follow-up-form";
import { getLocale, getT } from "@/lib/i18n/server";
import { formatDate } from "@/lib/i18n/format";
import { requireRole } from "@/lib/server/auth";
import { getMyAccompanimentStatus } from "@/lib/server/dal/handovers";
import { getMyPlans } from "@/lib/server/dal/action-plans";
import { listRegions } from "@/lib/server/dal/municipalities";
import { PLAN_AREAS } from "@/lib/domain/integration/areas";
import { CMM_ONLY_REGION_CODES } from "@/lib/domain/candidate/options";

export async function generateMetadata() {
  const t = await getT();
  return { title: t("integration.candidate.title"), robots: { index: false } };
}

/** The person's own plan, in their language: their tasks to tick, the others for information, and the check-in. */
export default async function MyPlanPage() {
  const actor = await requireRole("CANDIDATE");
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  const [status, plans, regions] = await Promise.all([getMyAccompanimentStatus(actor), getMyPlans(actor, { locale }), listRegions(null)]);
  const regionName = new Map(regions.map((r) => [r.code, locale === "en" ? r.nameEn : r.nameFr]));
  const outsideCmm = regions.filter((r) => !CMM_ONLY_REGION_CODES.has(r.code)).map((r) => ({ code: r.code, name: regionName.get(r.code)! }));
  const defaultRegion = status.preferredRegionCodes.find((c) => !CMM_ONLY_REGION_CODES.has(c)) ?? outsideCmm[0]!.code;
  const hasOpen = plans.some((p) => p.status !== "CLOSED");
  return (
    <Container className="flex flex-col gap-6 py-8">
      <header className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold">{t("integration.candidate.title")}</h1>
        <p className="max-w-3xl text-ink-muted">{t("integration.candidate.intro")}</p>
      </header>

      {status.hiresWithoutHandOver.map((h) => (
        <HireHandOverOffer key={h.entryId} hire={h} shared={status.sharedWithAdvisors} wordingVersion={status.consentWordingVersion} />
      ))}

      {plans.length === 0 && status.hiresWithoutHandOver.length === 0 && <p>{t("integration.candidate.none")}</p>}

      {plans.map((p) => {
        const mine = p.tasks.filter((x) => x.owner === "PERSON");
        const done = p.tasks.filter((x) => x.status === "DONE").length;
        const total = p.tasks.filter((x) => x.status !== "CANCELLED").length;
        const titleId = `plan-${p.handOverId}`;
        return (
          <Card as="section" key={p.handOverId} aria-labelledby={titleId} data-testid="my-plan">
            <CardHeader>
              <CardTitle>
                <span id={titleId}>
                  {p.jobTitle
                    ? t("integration.candidate.planFor", { job: p.jobTitle, employer: p.employerName ?? "", municipality: p.municipalityName ?? "" })
                    : t("integration.candidate.planForRequest", { region: regionName.get(p.regionCode) ?? p.regionCode })}
                </span>
              </CardTitle>
              <div className="flex flex-wrap items-center gap-2 text-sm">
                {p.status === "CLOSED" && <Badge>{t("integration.candidate.closed")}</Badge>}
                {p.advisor && <span>{t("integration.candidate.advisor", { name: p.advisor.name, email: p.advisor.email })}</span>}
              </div>
            </CardHeader>
            <CardBody className="flex flex-col gap-6">
              {p.checkIn && (
                <section aria-labelledby={`checkin-${p.handOverId}`} className="rounded border-2 border-brand-600 p-4">
                  <h3 id={`checkin-${p.handOverId}`} className="text-lg font-bold">
                    {t("integration.candidate.checkInTitle", { milestone: t(`integration.milestones.${p.checkIn}`) })}
                  </h3>
                  <p className="mb-3 text-sm text-ink-muted">{t("integration.candidate.checkInIntro")}</p>
                  <FollowUpForm handOverId={p.handOverId} mode="self" milestones={[p.checkIn]} defaultMilestone={p.checkIn} />
                </section>
              )}
              {!p.planId ? (
                <p>{t("integration.candidate.waiting")}</p>
              ) : (
                <>
                  <p className="font-semibold" data-testid="my-plan-progress">
                    {t("integration.candidate.progress", { done, total })}
                  </p>
                  {PLAN_AREAS.filter((a) => p.tasks.some((x) => x.area === a)).map((area) => (
                    <section key={area} aria-labelledby={`${titleId}-${area}`} className="flex flex-col gap-2">
                      <h3 id={`${titleId}-${area}`} className="text-lg font-bold">
                        {t(`integration.areas.${area}`)}
                      </h3>
                      <ul className="flex flex-col gap-3">
                        {p.tasks
                          .filter((x) => x.area === area)
                          .map((x) => (
                            <li key={x.id} className="flex flex-col gap-1 rounded border border-line p-3" data-testid="my-task" data-owner={x.owner} data-status={x.status}>
                              {x.canTick ? (
                                <MyTaskCheckbox taskId={x.id} version={x.version} done={x.status === "DONE"} title={x.title} />
                              ) : (
                                <p className={x.status === "DONE" ? "text-ink-muted line-through" : "font-semibold"}>{x.title}</p>
                              )}
                              <p className="flex flex-wrap items-center gap-2 text-sm text-ink-muted">
                                <span>{x.owner === "PERSON" ? t("integration.candidate.yourTask") : x.partner ? t("integration.candidate.withPartner", { partner: x.partner.name }) : t(`integration.ownersShort.${x.owner}`)}</span>
                                {x.dueOn && <span>{t("integration.plan.due", { date: formatDate(locale, x.dueOn, { dateStyle: "medium" }) })}</span>}
                                <Badge variant={x.status === "DONE" ? "success" : x.overdue ? "danger" : "neutral"}>{x.overdue ? t("integration.plan.overdue") : t(`integration.taskStatus.${x.status}`)}</Badge>
                              </p>
                              {x.partner && (x.partner.phone || x.partner.email || x.partner.website) && (
                                <p className="text-sm">
                                  <span className="font-semibold">{t("integration.candidate.contact")}</span> {[x.partner.phone, x.partner.email, x.partner.website].filter(Boolean).join(" · ")}
                                </p>
                              )}
                              {x.notes && <p className="text-sm whitespace-pre-line">{x.notes}</p>}
                            </li>
                          ))}
                      </ul>
                    </section>
                  ))}
                  {mine.length === 0 && p.tasks.length === 0 && <p>{t("integration.candidate.waiting")}</p>}
                </>
              )}
            </CardBody>
          </Card>
        );
      })}

      {!hasOpen && status.hiresWithoutHandOver.length === 0 && (
        <Card as="section" aria-labelledby="request-title">
          <CardHeader>
            <CardTitle>
              <span id="request-title">{t("integration.candidate.requestTitle")}</span>
            </CardTitle>
            <p className="text-ink-muted">{t("integration.candidate.requestIntro")}</p>
          </CardHeader>
          <CardBody>
            {status.hasOpenRequest ? (
              <Alert variant="info" live="off">
                {t("integration.candidate.requestOpen")}
              </Alert>
            ) : (
              <RequestAccompanimentForm regions={outsideCmm} defaultRegion={defaultRegion} shared={status.sharedWithAdvisors} wordingVersion={status.consentWordingVersion} />
            )}
          </CardBody>
        </Card>
      )}
    </Container>
  );
}
