"use client";
import { useState } from "react";
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import type { ActionResult } from "@/lib/server/actions/safe-action";
import { useT } from "@/lib/i18n/client";

/**
 * Glue between a react-hook-form form and a server action built with action(): submits the values, puts the
 * server's field errors back on the fields (setError) and keeps the form-level message for a scoped alert.
 * Zod messages are i18n keys; `fieldError(name)` translates whatever is on a field (keys or translated text).
 */
export function useActionForm<TValues extends FieldValues, TData>(form: UseFormReturn<TValues>, run: (values: TValues) => Promise<ActionResult<TData>>) {
  const t = useT();
  const [formError, setFormError] = useState<string | null>(null);

  const submit = (onSuccess?: (data: TData) => void | Promise<void>) =>
    form.handleSubmit(async (values) => {
      setFormError(null);
      let result: ActionResult<TData>;
      try {
        result = await run(values);
      } catch {
        setFormError(t("errors.network"));
        return;
      }
      if (result.ok) {
        await onSuccess?.(result.data);
        return;
      }
      for (const [name, message] of Object.entries(result.error.fieldErrors ?? {})) {
        if (name !== "_form") form.setError(name as Path<TValues>, { type: "server", message });
      }
      setFormError(result.error.message);
    });

  const fieldError = (name: Path<TValues>): string | undefined => {
    const parts = String(name).split(".");
    let node: unknown = form.formState.errors;
    for (const p of parts) node = node && typeof node === "object" ? (node as Record<string, unknown>)[p] : undefined;
    const message = (node as { message?: string } | undefined)?.message;
    return message ? t(message) : undefined;
  };

  return { submit, formError, setFormError, fieldError };
}
