import Link from "next/link";
import { notFound } from "next/navigation";
import { Container } from "@/components/layout/container";
import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/card";
import { HandOverStatusBadge, MeetingBadge } from "@/components/integration/badges";
import { ArrivalForm, CloseHandOverButton, CreatePlanButton, FirstMeetingForm, TakeHandOverButton } from "@/components/integration/handover-actions";
import { FollowUpsPanel } from "@/components/integration/follow-ups-panel";
import { ButtonLink } from "@/components/ui/button-link";
import { getLocale, getT } from "@/lib/i18n/server";
import { formatDate } from "@/lib/i18n/format";
import { requirePageRole } from "@/lib/server/page-auth";
import { getHandOver } from "@/lib/server/dal/handovers";
import { listRegions } from "@/lib/server/dal/municipalities";
import { NotFoundError } from "@/lib/server/errors";
import { quebecDateOf } from "@/lib/domain/integration/working-days";
import { countryName } from "@/lib/domain/candidate/countries";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata() {
  const t = await getT();
  return { title: t("integration.queue.title"), robots: { index: false } };
}

async function load(actor: Awaited<ReturnType<typeof requirePageRole>>, id: string) {
  try {
    return await getHandOver(actor, id);
  } catch (e) {
    if (e instanceof NotFoundError) notFound();
    throw e;
  }
}

export default async function HandOverPage({ params }: Props) {
  const actor = await requirePageRole("ADVISOR", "ADMIN");
  const { id } = await params;
  const [t, locale, h, regions] = await Promise.all([getT(), getLocale(), load(actor, id), listRegions(null)]);
  const region = regions.find((r) => r.code === h.regionCode);
  const regionName = region ? (locale === "en" ? region.nameEn : region.nameFr) : h.regionCode;
  const date = (iso: string | null) => (iso ? formatDate(locale, iso, { dateStyle: "long" }) : t("integration.handOver.unknown"));
  const yesNo = (v: boolean | null) => (v === null ? t("integration.handOver.unknown") : t(v ? "integration.handOver.yes" : "integration.handOver.no"));
  const p = h.person;
  const today = quebecDateOf(new Date());
  const closed = h.status === "CLOSED";
  const known: [string, string][] = [
    [t("integration.handOver.employer"), h.known.employerName ?? t("integration.handOver.unknown")],
    [t("integration.handOver.job"), h.known.jobTitle ?? t("integration.handOver.unknown")],
    [t("integration.handOver.municipality"), h.known.municipalityName ?? t("integration.handOver.unknown")],
    [t("integration.handOver.region"), `${regionName} (${h.regionCode})`],
    [t("integration.handOver.jobStart"), date(h.known.jobStartDate)],
    [t("integration.handOver.availableFrom"), date(h.known.availableFrom)],
    [t("integration.handOver.familyComing"), yesNo(h.known.familyComing)],
    [t("integration.handOver.housing"), yesNo(h.known.needsHousingHelp)],
  ];
  const person: [string, string][] = [
    [t("integration.handOver.email"), p.email],
    [t("integration.handOver.phone"), p.phone ?? t("integration.handOver.unknown")],
    [t("integration.handOver.language"), t(`integration.handOver.languages.${p.locale === "en" ? "en" : "fr"}`)],
    [t("integration.handOver.citizenship"), p.citizenship ? countryName(p.citizenship, locale) : t("integration.handOver.unknown")],
    [t("integration.handOver.residence"), [p.cityOfResidence, p.countryOfResidence ? countryName(p.countryOfResidence, locale) : null].filter(Boolean).join(", ") || t("integration.handOver.unknown")],
    [t("integration.handOver.immigrationStatus"), p.immigrationStatus ? t(`candidate.options.immigrationStatus.${p.immigrationStatus}`) : t("integration.handOver.unknown")],
    [t("integration.handOver.french"), p.frenchLevel ? t("integration.handOver.level", { level: p.frenchLevel }) : t("integration.handOver.unknown")],
    [t("integration.handOver.english"), p.englishLevel ? t("integration.handOver.level", { level: p.englishLevel }) : t("integration.handOver.unknown")],
    [t("integration.handOver.education"), p.education ? t(`candidate.options.education.${p.education}`) : t("integration.handOver.unknown")],
    [t("integration.handOver.credentials"), p.credentialStatus ? t(`candidate.options.credentialStatus.${p.credentialStatus}`) : t("integration.handOver.unknown")],
  ];
  return (
    <Container className="flex flex-col gap-6 py-8">
      <p>
        <Link href="/conseiller/accompagnement">← {t("integration.handOver.back")}</Link>
      </p>
      <header className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold">{t("integration.handOver.title", { name: p.name })}</h1>
        <div className="flex flex-wrap items-center gap-2">
          <HandOverStatusBadge status={h.status} />
          <MeetingBadge state={h.meeting} dueOn={h.firstMeetingDueOn} />
          <span className="text-sm text-ink-muted">
            {t(`integration.sources.${h.source}`)} · {t("integration.handOver.requestedAt", { date: formatDate(locale, h.requestedAt, { dateStyle: "long", timeZone: "America/Toronto" }) })}
          </span>
        </div>
      </header>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card as="section" aria-labelledby="known-title">
          <CardHeader>
            <CardTitle>
              <span id="known-title">{t("integration.handOver.known")}</span>
            </CardTitle>
            <p className="text-sm text-ink-muted">{t("integration.handOver.knownHint")}</p>
          </CardHeader>
          <CardBody>
            <dl className="grid grid-cols-1 gap-x-4 gap-y-2 sm:grid-cols-[auto_1fr]" data-testid="handover-known">
              {known.map(([k, v]) => (
                <div key={k} className="contents">
                  <dt className="font-semibold">{k}</dt>
                  <dd>{v}</dd>
                </div>
              ))}
            </dl>
            {h.known.note && (
              <div className="mt-4">
                <p className="font-semibold">{t("integration.handOver.note")}</p>
                <p className="whitespace-pre-line">{h.known.note}</p>
              </div>
            )}
          </CardBody>
        </Card>
        <Card as="section" aria-labelledby="person-title">
          <CardHeader>
            <CardTitle>
              <span id="person-title">{t("integration.handOver.person")}</span>
            </CardTitle>
            <p className="text-sm text-ink-muted">{t("integration.handOver.personHint")}</p>
          </CardHeader>
          <CardBody>
            <dl className="grid grid-cols-1 gap-x-4 gap-y-2 sm:grid-cols-[auto_1fr]">
              {person.map(([k, v]) => (
                <div key={k} className="contents">
                  <dt className="font-semibold">{k}</dt>
                  <dd className="break-words">{v}</dd>
                </div>
              ))}
            </dl>
          </CardBody>
        </Card>
      </div>
      <Card as="section" aria-labelledby="followthrough-title">
        <CardHeader>
          <CardTitle>
            <span id="followthrough-title">{t("integration.handOver.followUp")}</span>
          </CardTitle>
        </CardHeader>
        <CardBody className="flex flex-col gap-6">
          <p>{h.assignedAdvisorName ? t("integration.handOver.assigned", { name: h.assignedAdvisorName }) : t("integration.handOver.unassigned")}</p>
          {!closed && !h.assignedToMe && <TakeHandOverButton handOverId={h.id} version={h.version} />}
          {h.firstMeetingAt ? (
            <p className="font-semibold">{t("integration.handOver.meetingHeldAt", { date: formatDate(locale, h.firstMeetingAt, { dateStyle: "long" }) })}</p>
          ) : (
            !closed && <FirstMeetingForm handOverId={h.id} version={h.version} today={today} />
          )}
          <section aria-labelledby="plan-title" className="flex flex-col gap-2">
            <h3 id="plan-title" className="text-lg font-bold">
              {t("integration.handOver.plan")}
            </h3>
            {h.planId ? (
              <div className="flex flex-wrap items-center gap-3">
                <ButtonLink href={`/conseiller/accompagnement/plans/${h.planId}`}>{t("integration.handOver.openPlan")}</ButtonLink>
                <span className="text-sm text-ink-muted">{t("integration.handOver.openTasks", { count: h.openTasks })}</span>
              </div>
            ) : closed ? (
              <p className="text-ink-muted">{t("integration.handOver.noPlan")}</p>
            ) : (
              <CreatePlanButton handOverId={h.id} />
            )}
          </section>
          {!closed && <ArrivalForm handOverId={h.id} version={h.version} arrivedOn={h.arrivedOn} />}
          {!closed && <CloseHandOverButton handOverId={h.id} version={h.version} />}
        </CardBody>
      </Card>
      {h.source === "HIRE" && <FollowUpsPanel handOverId={h.id} start={h.followUpStart} milestones={h.milestones} followUps={h.followUps} canRecord={!closed} />}
    </Container>
  );
}
