"use client";
import { useRouter } from "next/navigation";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { TextField } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select";
import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toast";
import { FormAlert } from "@/components/forms/form-alert";
import { useActionForm } from "@/components/forms/use-action-form";
import { TaskOwnerFields, type PartnerOption } from "@/components/integration/task-fields";
import { ZAddTask, type TAddTask } from "@/lib/schemas/integration";
import { addTaskAction } from "@/lib/server/actions/plan";
import { PLAN_AREAS, TASK_TEMPLATES, type PlanArea } from "@/lib/domain/integration/areas";
import { useT } from "@/lib/i18n/client";

const CUSTOM = "";

/** Adds a task to a plan: an area, a suggested task (shown in the person's language) or a free title, and who does it. */
export function TaskAddForm({ planId, partners, today }: { planId: string; partners: readonly PartnerOption[]; today: string }) {
  const t = useT();
  const router = useRouter();
  const { toast } = useToast();
  const blank: TAddTask = { planId, area: "INSTALLATION", templateKey: CUSTOM, title: "", owner: "PERSON", partnerId: "", dueOn: "", notes: "" };
  const form = useForm<TAddTask>({ resolver: zodResolver(ZAddTask) as never, defaultValues: blank });
  const area = useWatch({ control: form.control, name: "area" }) as PlanArea;
  const templateKey = useWatch({ control: form.control, name: "templateKey" });
  const owner = useWatch({ control: form.control, name: "owner" });
  const { submit, formError, fieldError } = useActionForm(form, (v) => addTaskAction({ ...v, planId }));
  const onSubmit = submit(() => {
    form.reset({ ...blank, area });
    toast({ variant: "success", title: t("integration.plan.taskAdded") });
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4" aria-labelledby="add-task-title" data-testid="task-add-form">
      <h3 id="add-task-title" className="text-lg font-bold">
        {t("integration.plan.addTask")}
      </h3>
      <FormAlert message={formError} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label={t("integration.plan.area")}
          required
          error={fieldError("area")}
          options={PLAN_AREAS.map((a) => ({ value: a, label: t(`integration.areas.${a}`) }))}
          {...form.register("area", { onChange: () => form.setValue("templateKey", CUSTOM) })}
        />
        <SelectField
          label={t("integration.plan.template")}
          hint={t("integration.plan.templateHint")}
          error={fieldError("templateKey")}
          options={[{ value: CUSTOM, label: t("integration.plan.customTask") }, ...TASK_TEMPLATES[area].map((k) => ({ value: k, label: t(`integration.templates.${k}`) }))]}
          {...form.register("templateKey")}
        />
      </div>
      {!templateKey && <TextField label={t("integration.plan.taskTitle")} required maxLength={200} error={fieldError("title")} {...form.register("title")} />}
      <TaskOwnerFields form={form} owner={owner} partners={partners} fieldError={fieldError as never} minDue={today} idPrefix="new-task" />
      <div>
        <Button type="submit" loading={form.formState.isSubmitting}>
          {t("integration.plan.addTask")}
        </Button>
      </div>
    </form>
  );
}
