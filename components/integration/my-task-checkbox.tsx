"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useToast } from "@/components/ui/toast";
import { checkboxInputClasses } from "@/components/ui/checkbox";
import { tickMyTaskAction } from "@/lib/server/actions/plan";
import { useT } from "@/lib/i18n/client";

/**
 * The person ticks one of their own tasks. The box changes at once and goes back (with the reason, announced) if the
 * server refuses, e.g. when the advisor changed the task meanwhile.
 */
export function MyTaskCheckbox({ taskId, version, done, title }: { taskId: string; version: number; done: boolean; title: string }) {
  const t = useT();
  const router = useRouter();
  const { toast } = useToast();
  const [checked, setChecked] = useState(done);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function onChange(next: boolean) {
    setChecked(next);
    setPending(true);
    setError(null);
    try {
      const r = await tickMyTaskAction({ taskId, version, done: next });
      if (!r.ok) {
        setChecked(!next);
        setError(r.error.message);
        return;
      }
      toast({ variant: "success", title: t(next ? "integration.candidate.ticked" : "integration.candidate.unticked") });
      router.refresh();
    } catch {
      setChecked(!next);
      setError(t("errors.network"));
    } finally {
      setPending(false);
    }
  }
  const id = `task-${taskId}`;
  return (
    <div className="flex flex-col gap-1">
      <div className="flex items-start gap-3">
        <input
          id={id}
          type="checkbox"
          className={checkboxInputClasses}
          checked={checked}
          aria-busy={pending || undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => !pending && onChange(e.target.checked)}
          data-testid="my-task-checkbox"
        />
        <label htmlFor={id} className={checked ? "cursor-pointer text-ink-muted line-through" : "cursor-pointer font-semibold"}>
          <span className="sr-only">{t("integration.candidate.markDone", { title })} </span>
          <span aria-hidden="true">{title}</span>
        </label>
      </div>
      {error && (
        <p id={`${id}-error`} role="alert" className="text-sm font-semibold text-danger-600">
          {error}
        </p>
      )}
    </div>
  );
}
