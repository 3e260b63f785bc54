"use client";
import { Badge } from "@/components/ui/badge";
import { useI18n } from "@/lib/i18n/client";
import { formatDate } from "@/lib/i18n/format";
import type { FirstMeetingState } from "@/lib/domain/integration/working-days";
import type { HandOverStatus, TaskStatus } from "@/lib/domain/integration/areas";

/** Where the first meeting stands: overdue ones stand out in red, with the date they were due. */
export function MeetingBadge({ state, dueOn }: { state: FirstMeetingState; dueOn: string }) {
  const { t, locale } = useI18n();
  const date = formatDate(locale, dueOn, { dateStyle: "medium" });
  const variant = state === "overdue" ? "danger" : state === "dueToday" ? "warning" : state === "held" ? "success" : "info";
  return (
    <Badge variant={variant} className="whitespace-normal">
      <span data-testid="meeting-state" data-state={state}>
        {t(`integration.meeting.${state}`, { date })}
      </span>
    </Badge>
  );
}

export function HandOverStatusBadge({ status }: { status: HandOverStatus }) {
  const t = useI18n().t;
  return <Badge variant={status === "OPEN" ? "warning" : status === "IN_PROGRESS" ? "info" : "neutral"}>{t(`integration.handOverStatus.${status}`)}</Badge>;
}

export function TaskStatusBadge({ status, overdue }: { status: TaskStatus; overdue?: boolean }) {
  const t = useI18n().t;
  return (
    <span className="inline-flex flex-wrap gap-1">
      <Badge variant={status === "DONE" ? "success" : status === "CANCELLED" ? "neutral" : status === "IN_PROGRESS" ? "info" : "neutral"}>{t(`integration.taskStatus.${status}`)}</Badge>
      {overdue && <Badge variant="danger">{t("integration.plan.overdue")}</Badge>}
    </span>
  );
}

export function ExampleBadge() {
  const t = useI18n().t;
  return <Badge variant="warning">{t("integration.partners.exampleBadge")}</Badge>;
}
