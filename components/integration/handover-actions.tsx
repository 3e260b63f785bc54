"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/dialog";
import { TextField } from "@/components/ui/field";
import { useToast } from "@/components/ui/toast";
import { FormAlert } from "@/components/forms/form-alert";
import { useActionForm } from "@/components/forms/use-action-form";
import { ZArrival, ZFirstMeeting, type TArrival, type TFirstMeeting } from "@/lib/schemas/integration";
import { closeHandOverAction, recordArrivalAction, recordFirstMeetingAction, takeHandOverAction } from "@/lib/server/actions/integration";
import { createPlanAction } from "@/lib/server/actions/plan";
import type { ActionResult } from "@/lib/server/actions/safe-action";
import { useT } from "@/lib/i18n/client";

/** Runs an action that takes no form, shows its error (scoped) or a success toast, and refreshes the page. */
function useOneShot() {
  const t = useT();
  const router = useRouter();
  const { toast } = useToast();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function run<T>(call: () => Promise<ActionResult<T>>, successKey: string | null, after?: (data: T) => void) {
    setPending(true);
    setError(null);
    try {
      const r = await call();
      if (!r.ok) {
        setError(r.error.message);
        return false;
      }
      if (successKey) toast({ variant: "success", title: t(successKey) });
      after?.(r.data);
      router.refresh();
      return true;
    } catch {
      setError(t("errors.network"));
      return false;
    } finally {
      setPending(false);
    }
  }
  return { run, pending, error };
}

export function TakeHandOverButton({ handOverId, version }: { handOverId: string; version: number }) {
  const t = useT();
  const { run, pending, error } = useOneShot();
  return (
    <div className="flex flex-col gap-2">
      <FormAlert message={error} />
      <div>
        <Button loading={pending} onClick={() => run(() => takeHandOverAction({ handOverId, version }), "integration.handOver.taken")}>
          {t("integration.handOver.take")}
        </Button>
      </div>
    </div>
  );
}

export function CreatePlanButton({ handOverId }: { handOverId: string }) {
  const t = useT();
  const router = useRouter();
  const { run, pending, error } = useOneShot();
  return (
    <div className="flex flex-col gap-2">
      <FormAlert message={error} />
      <div>
        <Button loading={pending} onClick={() => run(() => createPlanAction({ handOverId }), null, (d) => router.push(`/conseiller/accompagnement/plans/${d.planId}`))}>
          {t("integration.handOver.createPlan")}
        </Button>
      </div>
    </div>
  );
}

export function CloseHandOverButton({ handOverId, version }: { handOverId: string; version: number }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const { run, error } = useOneShot();
  return (
    <div className="flex flex-col gap-2">
      <FormAlert message={error} />
      <div>
        <Button variant="secondary" onClick={() => setOpen(true)}>
          {t("integration.handOver.close")}
        </Button>
      </div>
      <ConfirmDialog open={open} onClose={() => setOpen(false)} title={t("integration.handOver.close")} confirmLabel={t("integration.handOver.close")} variant="danger" onConfirm={() => run(() => closeHandOverAction({ handOverId, version }), "integration.handOver.closed")}>
        <p>{t("integration.handOver.closeConfirm")}</p>
      </ConfirmDialog>
    </div>
  );
}

export function FirstMeetingForm({ handOverId, version, today }: { handOverId: string; version: number; today: string }) {
  const t = useT();
  const router = useRouter();
  const { toast } = useToast();
  const form = useForm<TFirstMeeting>({ resolver: zodResolver(ZFirstMeeting) as never, defaultValues: { handOverId, version, heldOn: today } });
  const { submit, formError, fieldError } = useActionForm(form, (v) => recordFirstMeetingAction({ ...v, handOverId, version }));
  const onSubmit = submit(() => {
    toast({ variant: "success", title: t("integration.handOver.meetingRecorded") });
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3" aria-label={t("integration.handOver.recordMeeting")}>
      <FormAlert message={formError} />
      <div className="flex flex-wrap items-end gap-3">
        <TextField type="date" label={t("integration.handOver.meetingHeldOn")} required max={today} error={fieldError("heldOn")} containerClassName="w-full sm:w-56" {...form.register("heldOn")} />
        <Button type="submit" variant="secondary" loading={form.formState.isSubmitting}>
          {t("integration.handOver.recordMeeting")}
        </Button>
      </div>
    </form>
  );
}

export function ArrivalForm({ handOverId, version, arrivedOn }: { handOverId: string; version: number; arrivedOn: string | null }) {
  const t = useT();
  const router = useRouter();
  const { toast } = useToast();
  const form = useForm<TArrival>({ resolver: zodResolver(ZArrival) as never, defaultValues: { handOverId, version, arrivedOn: arrivedOn ?? "" } });
  const { submit, formError, fieldError } = useActionForm(form, (v) => recordArrivalAction({ ...v, handOverId, version }));
  const onSubmit = submit(() => {
    toast({ variant: "success", title: t("integration.handOver.arrivalRecorded") });
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3" aria-label={t("integration.handOver.recordArrival")}>
      <FormAlert message={formError} />
      <div className="flex flex-wrap items-end gap-3">
        <TextField type="date" label={t("integration.handOver.arrivedOn")} hint={t("integration.handOver.arrivedOnHint")} required error={fieldError("arrivedOn")} containerClassName="w-full sm:w-72" {...form.register("arrivedOn")} />
        <Button type="submit" variant="secondary" loading={form.formState.isSubmitting}>
          {t("integration.handOver.recordArrival")}
        </Button>
      </div>
    </form>
  );
}
