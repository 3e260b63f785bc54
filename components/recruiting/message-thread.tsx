"use client";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { useToast } from "@/components/ui/toast";
import { FormAlert } from "@/components/forms/form-alert";
import { useActionForm } from "@/components/forms/use-action-form";
import { newSubmissionId } from "@/components/forms/submission-id";
import { sendMessageAction } from "@/lib/server/actions/message";
import { MESSAGE_MAX, ZSendMessage, type TSendMessage } from "@/lib/schemas/recruiting";
import { formatDateTime } from "@/lib/i18n/format";
import { useI18n } from "@/lib/i18n/client";
import { cn } from "@/components/ui/cn";

export type ThreadMessage = { id: string; mine: boolean; body: string; createdAt: string; readByOther: boolean };

/** The messages of a thread (oldest first) and, while the thread is open, the form to write. */
export function MessageThread({ threadId, messages, open, otherName }: { threadId: string; messages: ThreadMessage[]; open: boolean; otherName: string }) {
  const { t, locale } = useI18n();
  const router = useRouter();
  const { toast } = useToast();
  const form = useForm<TSendMessage>({ resolver: zodResolver(ZSendMessage), defaultValues: { threadId, body: "" } });
  // One id per message: a double click or a retry sends it once; the next message gets a new one.
  const [clientId, setClientId] = useState(newSubmissionId);
  const { submit, formError, fieldError } = useActionForm(form, (v) => sendMessageAction({ ...v, clientId }));
  const onSubmit = submit(() => {
    setClientId(newSubmissionId());
    form.reset({ threadId, body: "" });
    toast({ variant: "success", title: t("recruiting.messages.sent") });
    router.refresh();
  });
  return (
    <div className="flex flex-col gap-6">
      {messages.length === 0 ? (
        <p className="text-ink-muted">{t("recruiting.messages.noMessages")}</p>
      ) : (
        <ol className="flex flex-col gap-3" data-testid="messages" aria-live="polite">
          {messages.map((m) => (
            <li key={m.id} className={cn("flex max-w-[85%] flex-col gap-1 rounded-lg p-3", m.mine ? "self-end bg-brand-50" : "self-start border border-line bg-white")} data-testid="message">
              <p className="text-sm font-semibold">{m.mine ? t("recruiting.messages.you") : otherName}</p>
              <p className="whitespace-pre-wrap break-words">{m.body}</p>
              <p className="text-xs text-ink-muted">
                {t("recruiting.messages.sentAt", { date: formatDateTime(locale, m.createdAt) })}
                {m.mine && m.readByOther ? ` · ${t("recruiting.messages.read")}` : ""}
              </p>
            </li>
          ))}
        </ol>
      )}
      {open ? (
        <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
          <FormAlert message={formError} />
          <TextAreaField label={t("recruiting.messages.write")} hint={t("recruiting.messages.writeHint")} rows={4} maxLength={MESSAGE_MAX} error={fieldError("body")} {...form.register("body")} />
          <div>
            <Button type="submit" loading={form.formState.isSubmitting}>
              {t("recruiting.messages.send")}
            </Button>
          </div>
        </form>
      ) : (
        <p className="rounded border border-line bg-surface p-3">{t("recruiting.messages.closedNote")}</p>
      )}
    </div>
  );
}
