import Link from "next/link";
import { notFound } from "next/navigation";
import { Container } from "@/components/layout/container";
import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/card";
import { NeedsForm } from "@/components/integration/needs-form";
import { TaskAddForm } from "@/components/integration/task-add-form";
import { TaskItem } from "@/components/integration/task-item";
import { getLocale, getT } from "@/lib/i18n/server";
import { formatDateTime } from "@/lib/i18n/format";
import { requirePageRole } from "@/lib/server/page-auth";
import { getPlanForAdvisor } from "@/lib/server/dal/action-plans";
import { NotFoundError } from "@/lib/server/errors";
import { PLAN_AREAS } from "@/lib/domain/integration/areas";
import { quebecDateOf } from "@/lib/domain/integration/working-days";

type Props = { params: Promise<{ planId: string }> };

export async function generateMetadata() {
  const t = await getT();
  return { title: t("integration.handOver.plan"), robots: { index: false } };
}

export default async function PlanPage({ params }: Props) {
  const actor = await requirePageRole("ADVISOR", "ADMIN");
  const { planId } = await params;
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  const plan = await getPlanForAdvisor(actor, planId, { locale }).catch((e: unknown) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  const h = plan.handOver;
  const today = quebecDateOf(new Date());
  return (
    <Container className="flex flex-col gap-6 py-8">
      <p>
        <Link href={`/conseiller/accompagnement/${h.id}`}>← {t("integration.plan.backToHandOver")}</Link>
      </p>
      <header className="flex flex-col gap-1">
        <h1 className="text-3xl font-bold">{t("integration.plan.title", { name: h.personName })}</h1>
        {h.jobTitle && <p className="text-ink-muted">{t("integration.plan.forJob", { job: h.jobTitle, employer: h.employerName ?? "", municipality: h.municipalityName ?? "" })}</p>}
        <p className="text-sm text-ink-muted">{t("integration.plan.personLanguage", { language: t(`integration.handOver.languages.${h.personLocale === "en" ? "en" : "fr"}`).toLowerCase() })}</p>
      </header>

      <Card as="section" aria-labelledby="needs-title">
        <CardHeader>
          <CardTitle>
            <span id="needs-title">{t("integration.plan.needs")}</span>
          </CardTitle>
          <p className="text-sm text-ink-muted">
            {t("integration.plan.needsHint")}
            {plan.assessedAt && <> {t("integration.plan.assessedAt", { date: formatDateTime(locale, plan.assessedAt) })}</>}
          </p>
        </CardHeader>
        <CardBody>
          <NeedsForm planId={plan.id} version={plan.version} needs={plan.needs} summary={plan.summary} />
        </CardBody>
      </Card>

      <section aria-labelledby="tasks-title" className="flex flex-col gap-4">
        <h2 id="tasks-title" className="text-2xl font-bold">
          {t("integration.plan.tasks")}
        </h2>
        <div className="grid gap-4 lg:grid-cols-2">
          {PLAN_AREAS.map((area) => {
            const tasks = plan.tasks.filter((x) => x.area === area);
            const progress = plan.progress.find((p) => p.area === area)!;
            return (
              <Card as="section" key={area} aria-labelledby={`area-${area}`} data-area={area}>
                <CardHeader>
                  <CardTitle level={3}>
                    <span id={`area-${area}`}>{t(`integration.areas.${area}`)}</span>
                  </CardTitle>
                  <p className="text-sm text-ink-muted">{t("integration.plan.progress", { done: progress.done, total: progress.total })}</p>
                </CardHeader>
                <CardBody>
                  {tasks.length === 0 ? (
                    <p className="text-sm text-ink-muted">{t("integration.plan.noTasks")}</p>
                  ) : (
                    <ul className="flex flex-col">
                      {tasks.map((task) => (
                        <TaskItem key={task.id} task={task} partners={plan.partners} />
                      ))}
                    </ul>
                  )}
                </CardBody>
              </Card>
            );
          })}
        </div>
        <Card>
          <CardBody>
            <TaskAddForm planId={plan.id} partners={plan.partners} today={today} />
          </CardBody>
        </Card>
      </section>
    </Container>
  );
}
