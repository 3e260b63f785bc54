"use client";
import { useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { z } from "zod";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Field, Fieldset, TextAreaField, inputClasses } from "@/components/ui/field";
import { RadioGroup } from "@/components/ui/radio-group";
import { useToast } from "@/components/ui/toast";
import { FormAlert } from "@/components/forms/form-alert";
import { useActionForm } from "@/components/forms/use-action-form";
import { applyToEventAction } from "@/lib/server/actions/event";
import { ZApply } from "@/lib/schemas/event";
import { LETTER_MAX } from "@/lib/domain/events/rules";
import type { ActionResult } from "@/lib/server/actions/safe-action";
import { useI18n } from "@/lib/i18n/client";
import { formatFileSize } from "./file-size";

const CV_MAX_BYTES = 5 * 1024 * 1024;

type Values = { eventVacancyIds: string[]; cvFileId: string; letter: string };
// On the client the CV may still be a file to send: the file is checked on the server (content, size) when sent.
const ZClient = ZApply.extend({ cvFileId: z.string() });

/**
 * Apply to one or more vacancies of an event: tick the vacancies, give a CV (a PDF of at most 5 MB, sent first to
 * /candidat/evenements/cv, where its content is checked) or reuse one already sent, write a short letter.
 */
export function ApplyForm({ vacancies, previousCvs }: { vacancies: { id: string; label: string }[]; previousCvs: { id: string; fileName: string; sizeBytes: number }[] }) {
  const { t, locale } = useI18n();
  const router = useRouter();
  const { toast } = useToast();
  const fileRef = useRef<HTMLInputElement>(null);
  const [cvChoice, setCvChoice] = useState<string>(previousCvs[0]?.id ?? "new");
  const [fileError, setFileError] = useState<string | null>(null);
  const form = useForm<Values>({ resolver: zodResolver(ZClient) as never, defaultValues: { eventVacancyIds: vacancies.length === 1 ? [vacancies[0].id] : [], cvFileId: previousCvs[0]?.id ?? "new", letter: "" } });

  async function uploadCv(): Promise<ActionResult<{ id: string }>> {
    const file = fileRef.current?.files?.[0];
    if (!file) return { ok: false, error: { code: "INVALID", message: t("events.errors.cvRequired"), fieldErrors: { file: t("events.errors.cvRequired") } } };
    if (file.size > CV_MAX_BYTES) return { ok: false, error: { code: "INVALID", message: t("events.errors.fileTooLarge"), fieldErrors: { file: t("events.errors.fileTooLarge") } } };
    const res = await fetch("/candidat/evenements/cv", { method: "POST", body: file, headers: { "content-type": "application/pdf", "x-file-name": encodeURIComponent(file.name) } });
    return (await res.json()) as ActionResult<{ id: string }>;
  }

  const { submit, formError, fieldError } = useActionForm(form, async (v) => {
    setFileError(null);
    let cvFileId = cvChoice;
    if (cvChoice === "new") {
      const up = await uploadCv();
      if (!up.ok) {
        setFileError(up.error.fieldErrors?.file ?? up.error.message);
        return up;
      }
      cvFileId = up.data.id;
      setCvChoice(cvFileId);
    }
    return applyToEventAction({ ...v, cvFileId });
  });
  const onSubmit = submit((d) => {
    toast({ variant: "success", title: t("events.apply.done", { count: d.count }) });
    router.push("/candidat/evenements");
  });
  const letter = useWatch({ control: form.control, name: "letter" }) ?? "";

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5" data-testid="apply-form">
      <FormAlert message={formError} />
      <Fieldset legend={t("events.apply.vacancies")} required error={fieldError("eventVacancyIds")}>
        {vacancies.map((v) => (
          <Checkbox key={v.id} value={v.id} label={v.label} {...form.register("eventVacancyIds")} />
        ))}
      </Fieldset>
      {previousCvs.length > 0 && (
        <RadioGroup
          legend={t("events.apply.cvChoice")}
          name="cvChoice"
          value={cvChoice}
          onValueChange={setCvChoice}
          options={[
            ...previousCvs.map((c) => ({ value: c.id, label: t("events.apply.reuseCv", { name: c.fileName, size: formatFileSize(locale, c.sizeBytes) }) })),
            { value: "new", label: t("events.apply.newCv") },
          ]}
        />
      )}
      {cvChoice === "new" && (
        <Field label={t("events.apply.cv")} hint={t("events.apply.cvHint")} required error={fileError}>
          {(control) => <input {...control} ref={fileRef} type="file" accept="application/pdf,.pdf" className={inputClasses} />}
        </Field>
      )}
      <TextAreaField
        label={t("events.apply.letter")}
        hint={t("events.apply.letterHint", { count: letter.length, max: LETTER_MAX })}
        required
        rows={8}
        maxLength={LETTER_MAX}
        error={fieldError("letter")}
        {...form.register("letter")}
      />
      <div>
        <Button type="submit" loading={form.formState.isSubmitting}>
          {t("events.apply.submit")}
        </Button>
      </div>
    </form>
  );
}
