"use client";
import { useRef, useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Field, inputClasses } from "@/components/ui/field";
import { FormAlert } from "@/components/forms/form-alert";
import { useT } from "@/lib/i18n/client";

type UploadAnswer = { ok: true; data: { importId: string; status: string } } | { ok: false; error: { code: string; message: string; fieldErrors?: Record<string, string> } };

/**
 * Sends the CSV file as the body of POST /api/v1/imports (not a server action: files of several megabytes), then
 * opens the import's page (preview, or progress for a large file validated in the background).
 */
export function ImportUploadForm({ maxMb }: { maxMb: number }) {
  const t = useT();
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    setFieldError(null);
    const file = input.current?.files?.[0];
    if (!file) {
      setFieldError(t("vacancy.import.chooseFile"));
      input.current?.focus();
      return;
    }
    if (file.size > maxMb * 1024 * 1024) {
      const message = t("vacancy.import.errors.tooLarge", { max: maxMb });
      setFieldError(message);
      setError(message);
      return;
    }
    setPending(true);
    let answer: UploadAnswer | null = null;
    try {
      const res = await fetch("/api/v1/imports", { method: "POST", body: file, headers: { "Content-Type": "text/csv", "X-File-Name": encodeURIComponent(file.name) } });
      answer = (await res.json()) as UploadAnswer;
    } catch {
      answer = null;
    }
    setPending(false);
    if (!answer) return setError(t("errors.network"));
    if (!answer.ok) {
      setError(answer.error.message);
      setFieldError(answer.error.fieldErrors?.file ?? null);
      return;
    }
    router.push(`/employeur/postes/import/${answer.data.importId}`);
  }

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4" data-testid="import-upload">
      <FormAlert message={error} />
      <Field label={t("vacancy.import.file")} hint={t("vacancy.import.fileHint", { size: maxMb })} error={fieldError} required>
        {(control) => <input {...control} ref={input} type="file" name="file" accept=".csv,text/csv" className={`${inputClasses} min-h-11 file:me-3 file:rounded file:border-0 file:bg-brand-50 file:px-3 file:py-1 file:font-semibold file:text-brand-700`} />}
      </Field>
      <div>
        <Button type="submit" loading={pending}>
          {pending ? t("vacancy.import.uploading") : t("vacancy.import.upload")}
        </Button>
      </div>
    </form>
  );
}
