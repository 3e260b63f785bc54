"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { SelectField } from "@/components/ui/select";
import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toast";
import { FormAlert } from "@/components/forms/form-alert";
import { useActionForm } from "@/components/forms/use-action-form";
import { TaskOwnerFields, type PartnerOption } from "@/components/integration/task-fields";
import { TaskStatusBadge } from "@/components/integration/badges";
import { ZUpdateTask, type TUpdateTask } from "@/lib/schemas/integration";
import { updateTaskAction } from "@/lib/server/actions/plan";
import { TASK_STATUSES, type TaskOwner, type TaskStatus } from "@/lib/domain/integration/areas";
import { useI18n } from "@/lib/i18n/client";
import { formatDate } from "@/lib/i18n/format";

export type TaskItemProps = {
  id: string;
  title: string;
  owner: TaskOwner;
  partner: { id: string; name: string } | null;
  dueOn: string | null;
  status: TaskStatus;
  notes: string | null;
  overdue: boolean;
  createdOn: string;
  version: number;
};

/** One task of the plan as the advisor sees it, with an edit form (status, owner, partner, due date, notes). */
export function TaskItem({ task, partners }: { task: TaskItemProps; partners: readonly PartnerOption[] }) {
  const { t, locale } = useI18n();
  const [editing, setEditing] = useState(false);
  return (
    <li className="flex flex-col gap-2 border-b border-line py-3 last:border-b-0" data-testid="plan-task" data-task-status={task.status}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="flex flex-col gap-1">
          <p className="font-semibold">{task.title}</p>
          <p className="text-sm text-ink-muted">
            {t(`integration.owners.${task.owner}`)}
            {task.partner && <> · {t("integration.plan.referredTo", { partner: task.partner.name })}</>}
            {task.dueOn && <> · {t("integration.plan.due", { date: formatDate(locale, task.dueOn, { dateStyle: "medium" }) })}</>}
          </p>
          {task.notes && <p className="text-sm whitespace-pre-line">{task.notes}</p>}
        </div>
        <div className="flex items-center gap-2">
          <TaskStatusBadge status={task.status} overdue={task.overdue} />
          {!editing && (
            <Button size="sm" variant="ghost" onClick={() => setEditing(true)} aria-label={t("integration.plan.editTask", { title: task.title })}>
              {t("integration.plan.edit")}
            </Button>
          )}
        </div>
      </div>
      {editing && <TaskEditForm task={task} partners={partners} onDone={() => setEditing(false)} />}
    </li>
  );
}

function TaskEditForm({ task, partners, onDone }: { task: TaskItemProps; partners: readonly PartnerOption[]; onDone: () => void }) {
  const { t } = useI18n();
  const router = useRouter();
  const { toast } = useToast();
  const form = useForm<TUpdateTask>({
    resolver: zodResolver(ZUpdateTask) as never,
    defaultValues: { taskId: task.id, version: task.version, status: task.status, owner: task.owner, partnerId: task.partner?.id ?? "", dueOn: task.dueOn ?? "", notes: task.notes ?? "" },
  });
  const owner = useWatch({ control: form.control, name: "owner" });
  const { submit, formError, fieldError } = useActionForm(form, (v) => updateTaskAction({ ...v, taskId: task.id, version: task.version, partnerId: v.owner === "PARTNER" ? v.partnerId : null }));
  const onSubmit = submit(() => {
    toast({ variant: "success", title: t("integration.plan.taskSaved") });
    onDone();
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4 rounded bg-surface p-4">
      <FormAlert message={formError} />
      <SelectField label={t("integration.plan.status")} required id={`task-${task.id}-status`} error={fieldError("status")} options={TASK_STATUSES.map((s) => ({ value: s, label: t(`integration.taskStatus.${s}`) }))} {...form.register("status")} />
      <TaskOwnerFields form={form} owner={owner} partners={partners} fieldError={fieldError as never} minDue={task.createdOn} idPrefix={`task-${task.id}`} />
      <div className="flex gap-3">
        <Button type="submit" loading={form.formState.isSubmitting}>
          {t("integration.plan.save")}
        </Button>
        <Button variant="secondary" onClick={onDone}>
          {t("integration.plan.cancel")}
        </Button>
      </div>
    </form>
  );
}
