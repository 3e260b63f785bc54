"use client";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/card";
import { FollowUpForm } from "@/components/integration/follow-up-form";
import type { MilestoneState } from "@/lib/domain/integration/follow-ups";
import { useI18n } from "@/lib/i18n/client";
import { formatDate } from "@/lib/i18n/format";

type FollowUpView = { milestone: string; source: string; stillWithEmployer: boolean; stillInRegion: boolean; tasksLeft: number; comment: string | null; recordedAt: string };

/** The 3, 6 and 12-month follow-ups of a hand-over: what is due, what was answered (by the advisor, by the person). */
export function FollowUpsPanel({ handOverId, start, milestones, followUps, canRecord }: { handOverId: string; start: string; milestones: MilestoneState[]; followUps: FollowUpView[]; canRecord: boolean }) {
  const { t, locale } = useI18n();
  const yesNo = (v: boolean) => t(v ? "integration.handOver.yes" : "integration.handOver.no");
  // Only milestones whose window has opened can be recorded (14 days before their date onwards).
  const open = milestones.filter((m) => m.open).map((m) => m.milestone);
  return (
    <Card as="section" aria-labelledby="followups-title">
      <CardHeader>
        <CardTitle>
          <span id="followups-title">{t("integration.followUp.title")}</span>
        </CardTitle>
        <p className="text-sm text-ink-muted">{t("integration.followUp.intro", { date: formatDate(locale, start, { dateStyle: "long" }) })}</p>
      </CardHeader>
      <CardBody className="flex flex-col gap-6">
        <ul className="grid gap-4 md:grid-cols-3">
          {milestones.map((m) => {
            const answers = followUps.filter((f) => f.milestone === m.milestone);
            return (
              <li key={m.milestone} className="flex flex-col gap-2 rounded border border-line p-3" data-milestone={m.milestone}>
                <p className="font-bold">{t("integration.followUp.milestone", { milestone: t(`integration.milestones.${m.milestone}`) })}</p>
                <p className="text-sm">{t("integration.followUp.dueOn", { date: formatDate(locale, m.dueOn, { dateStyle: "medium" }) })}</p>
                {m.overdue && <Badge variant="danger">{t("integration.followUp.overdue")}</Badge>}
                {answers.length === 0 && <p className="text-sm text-ink-muted">{t("integration.followUp.notYet")}</p>}
                {answers.map((a) => (
                  <div key={a.source} className="text-sm">
                    <p className="font-semibold">{t(a.source === "ADVISOR" ? "integration.followUp.byAdvisor" : "integration.followUp.bySelf")} · {formatDate(locale, a.recordedAt, { dateStyle: "medium", timeZone: "America/Toronto" })}</p>
                    <p>{t("integration.followUp.summary", { employer: yesNo(a.stillWithEmployer), region: yesNo(a.stillInRegion), tasks: a.tasksLeft })}</p>
                    {a.comment && <p className="whitespace-pre-line text-ink-muted">{a.comment}</p>}
                  </div>
                ))}
              </li>
            );
          })}
        </ul>
        {canRecord && open.length > 0 && <FollowUpForm handOverId={handOverId} mode="advisor" milestones={open} defaultMilestone={open[open.length - 1]!} />}
      </CardBody>
    </Card>
  );
}
