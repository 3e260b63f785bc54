"use client";
import { useState } from "react";
import Link from "next/link";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select";
import { TextAreaField } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import { useToast } from "@/components/ui/toast";
import { FormAlert } from "@/components/forms/form-alert";
import { useActionForm } from "@/components/forms/use-action-form";
import { addToPipelineAction } from "@/lib/server/actions/recruiting";
import { sendInvitationAction } from "@/lib/server/actions/invitation";
import { INVITATION_MESSAGE_MAX, ZAddToPipeline, ZSendInvitation, type TAddToPipeline, type TSendInvitation } from "@/lib/schemas/recruiting";
import { useT } from "@/lib/i18n/client";

export type VacancyOption = { id: string; title: string; published: boolean };

/** Shortlist and invite, from an anonymous profile. Both forms need one of the organisation's vacancies. */
export function CandidateActions({ candidateProfileId, vacancies }: { candidateProfileId: string; vacancies: VacancyOption[] }) {
  const t = useT();
  if (vacancies.length === 0) {
    return (
      <Alert variant="info" live="off">
        <p>{t("recruiting.profile.noVacancy")}</p>
        <p>
          <Link href="/employeur/postes/nouveau">{t("recruiting.profile.newVacancy")}</Link>
        </p>
      </Alert>
    );
  }
  return (
    <div className="flex flex-col gap-8">
      <InviteForm candidateProfileId={candidateProfileId} vacancies={vacancies.filter((v) => v.published)} />
      <ShortlistForm candidateProfileId={candidateProfileId} vacancies={vacancies} />
    </div>
  );
}

function InviteForm({ candidateProfileId, vacancies }: { candidateProfileId: string; vacancies: VacancyOption[] }) {
  const t = useT();
  const router = useRouter();
  const { toast } = useToast();
  // One key per opened form: a double click or a retry after a lost answer sends the same invitation once.
  const [idempotencyKey, setKey] = useState(() => crypto.randomUUID());
  const form = useForm<TSendInvitation>({ resolver: zodResolver(ZSendInvitation), defaultValues: { candidateProfileId, jobPostingId: vacancies[0]?.id ?? "", message: "", idempotencyKey } });
  const { submit, formError, fieldError } = useActionForm(form, (v) => sendInvitationAction(v));
  const onSubmit = submit(() => {
    toast({ variant: "success", title: t("recruiting.profile.invited") });
    const next = crypto.randomUUID();
    setKey(next);
    form.reset({ candidateProfileId, jobPostingId: form.getValues("jobPostingId"), message: "", idempotencyKey: next });
    router.refresh();
  });
  return (
    <section aria-labelledby="invite-title" className="flex flex-col gap-3">
      <h2 id="invite-title" className="text-xl font-bold">{t("recruiting.profile.inviteTitle")}</h2>
      <p className="text-ink-muted">{t("recruiting.profile.inviteIntro")}</p>
      {vacancies.length === 0 ? (
        <p>{t("recruiting.profile.inviteOnlyPublished")}</p>
      ) : (
        <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4" data-testid="invite-form">
          <FormAlert message={formError} />
          <SelectField label={t("recruiting.search.vacancy")} required error={fieldError("jobPostingId")} options={vacancies.map((v) => ({ value: v.id, label: v.title }))} {...form.register("jobPostingId")} />
          <TextAreaField
            label={t("recruiting.profile.message")}
            hint={t("recruiting.profile.messageHint")}
            placeholder={t("recruiting.profile.messagePlaceholder")}
            required
            rows={6}
            maxLength={INVITATION_MESSAGE_MAX}
            error={fieldError("message")}
            {...form.register("message")}
          />
          <div>
            <Button type="submit" loading={form.formState.isSubmitting}>
              {t("recruiting.profile.invite")}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}

function ShortlistForm({ candidateProfileId, vacancies }: { candidateProfileId: string; vacancies: VacancyOption[] }) {
  const t = useT();
  const router = useRouter();
  const { toast } = useToast();
  const form = useForm<TAddToPipeline>({ resolver: zodResolver(ZAddToPipeline), defaultValues: { candidateProfileId, jobPostingId: vacancies[0]?.id ?? "" } });
  const { submit, formError, fieldError } = useActionForm(form, (v) => addToPipelineAction(v));
  const onSubmit = submit((r) => {
    toast({ variant: "success", title: t(r.created ? "recruiting.profile.shortlisted" : "recruiting.profile.alreadyShortlisted") });
    router.refresh();
  });
  return (
    <section aria-labelledby="shortlist-title" className="flex flex-col gap-3">
      <h2 id="shortlist-title" className="text-xl font-bold">{t("recruiting.profile.shortlistTitle")}</h2>
      <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4 sm:flex-row sm:items-end">
        <FormAlert message={formError} />
        <SelectField label={t("recruiting.search.vacancy")} containerClassName="flex-1" error={fieldError("jobPostingId")} options={vacancies.map((v) => ({ value: v.id, label: v.title }))} {...form.register("jobPostingId")} />
        <div>
          <Button type="submit" variant="secondary" loading={form.formState.isSubmitting}>
            {t("recruiting.profile.shortlist")}
          </Button>
        </div>
      </form>
    </section>
  );
}
