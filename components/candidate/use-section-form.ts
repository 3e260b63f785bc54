"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm, type DefaultValues, type FieldValues } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { useActionForm } from "@/components/forms/use-action-form";
import { useToast } from "@/components/ui/toast";
import { useT } from "@/lib/i18n/client";
import type { ActionResult } from "@/lib/server/actions/safe-action";
import type { SaveSectionResult } from "@/lib/server/dal/candidate-profile";

export type SectionStatus = { savedAt: Date | null; conflict: boolean };

/**
 * One profile section's form: react-hook-form with the section's zod schema (raw values: the server action parses
 * the same schema), the action's field errors put back on the fields, the version the section was read at sent with
 * each save and replaced by the new one afterwards. A conflict ("changed since you opened it") is remembered so the
 * section can offer to reload; a save refreshes the server parts of the page (completeness, preview).
 */
export function useSectionForm<TValues extends FieldValues & { version: number }>(
  schema: z.ZodType<unknown, TValues>,
  defaultValues: DefaultValues<TValues>,
  run: (values: TValues) => Promise<ActionResult<SaveSectionResult>>,
) {
  const t = useT();
  const router = useRouter();
  const { toast } = useToast();
  const form = useForm<TValues>({ resolver: zodResolver(schema as never, undefined, { raw: true }) as never, defaultValues, mode: "onSubmit" });
  const [status, setStatus] = useState<SectionStatus>({ savedAt: null, conflict: false });
  const action = useActionForm(form, async (values) => {
    const r = await run(values);
    setStatus((s) => ({ savedAt: r.ok ? new Date() : s.savedAt, conflict: !r.ok && r.error.code === "CONFLICT" }));
    return r;
  });
  const onSubmit = action.submit((data) => {
    form.reset({ ...form.getValues(), version: data.version });
    toast({ title: t("candidate.section.savedToast", { section: t(`candidate.sections.${data.section}.title`) }), variant: "success" });
    router.refresh();
  });
  return { form, onSubmit, formError: action.formError, fieldError: action.fieldError, status };
}
