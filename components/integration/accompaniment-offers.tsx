"use client";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Checkbox } from "@/components/ui/checkbox";
import { TextAreaField } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/card";
import { useToast } from "@/components/ui/toast";
import { FormAlert } from "@/components/forms/form-alert";
import { useActionForm } from "@/components/forms/use-action-form";
import { ZOpenHireHandOver, ZRequestAccompaniment, type TOpenHireHandOver, type TRequestAccompaniment } from "@/lib/schemas/integration";
import { openMyHireHandOverAction, requestAccompanimentAction } from "@/lib/server/actions/integration";
import { useT } from "@/lib/i18n/client";

type Hire = { entryId: string; jobTitle: string; employerName: string; municipalityName: string };

/** The consent wording shown with the box (the same text and version as on the profile's consent panel). */
function ConsentText() {
  const t = useT();
  return <p className="text-sm text-ink-muted">{t("candidate.consent.shared_with_advisors.text")}</p>;
}

/**
 * A hire that opened no hand-over because the person had not shared their profile with advisors: the offer to do it
 * now, which records the consent and opens the hand-over of that hire.
 */
export function HireHandOverOffer({ hire, shared, wordingVersion }: { hire: Hire; shared: boolean; wordingVersion: string }) {
  const t = useT();
  const router = useRouter();
  const { toast } = useToast();
  const form = useForm<TOpenHireHandOver>({ resolver: zodResolver(ZOpenHireHandOver) as never, defaultValues: { entryId: hire.entryId, consent: shared, wordingVersion } as TOpenHireHandOver });
  const { submit, formError, fieldError } = useActionForm(form, (v) => openMyHireHandOverAction({ ...v, entryId: hire.entryId, wordingVersion }));
  const onSubmit = submit(() => {
    toast({ variant: "success", title: t("integration.candidate.opened"), durationMs: 10_000 });
    router.refresh();
  });
  const titleId = `hire-${hire.entryId}`;
  return (
    <Card as="section" aria-labelledby={titleId} className="border-brand-600" data-testid="hire-offer">
      <CardHeader>
        <CardTitle level={2}>
          <span id={titleId}>{t("integration.candidate.hiredPromptTitle", { job: hire.jobTitle, employer: hire.employerName, municipality: hire.municipalityName })}</span>
        </CardTitle>
      </CardHeader>
      <CardBody>
        <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
          <FormAlert message={formError} />
          <p>{t(shared ? "integration.candidate.hiredPromptShared" : "integration.candidate.hiredPrompt")}</p>
          {shared ? (
            <input type="hidden" value="true" {...form.register("consent", { setValueAs: () => true })} />
          ) : (
            <>
              <ConsentText />
              <Checkbox label={t("integration.candidate.consentLabel")} error={fieldError("consent")} {...form.register("consent")} />
            </>
          )}
          <div>
            <Button type="submit" loading={form.formState.isSubmitting}>
              {t("integration.candidate.openHandOver")}
            </Button>
          </div>
        </form>
      </CardBody>
    </Card>
  );
}

/** "Ask for support in a region", for a person without a hire through the portal. */
export function RequestAccompanimentForm({ regions, defaultRegion, shared, wordingVersion }: { regions: readonly { code: string; name: string }[]; defaultRegion: string; shared: boolean; wordingVersion: string }) {
  const t = useT();
  const router = useRouter();
  const { toast } = useToast();
  const form = useForm<TRequestAccompaniment>({ resolver: zodResolver(ZRequestAccompaniment) as never, defaultValues: { regionCode: defaultRegion, note: "", consent: shared, wordingVersion } as TRequestAccompaniment });
  const { submit, formError, fieldError } = useActionForm(form, (v) => requestAccompanimentAction({ ...v, wordingVersion }));
  const onSubmit = submit(() => {
    toast({ variant: "success", title: t("integration.candidate.opened"), durationMs: 10_000 });
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4" data-testid="request-form">
      <FormAlert message={formError} />
      <SelectField label={t("integration.candidate.requestRegion")} required error={fieldError("regionCode")} options={regions.map((r) => ({ value: r.code, label: `${r.name} (${r.code})` }))} {...form.register("regionCode")} />
      <TextAreaField label={t("integration.candidate.requestNote")} hint={t("integration.candidate.requestNoteHint")} optional rows={3} maxLength={1000} error={fieldError("note")} {...form.register("note")} />
      {shared ? (
        <input type="hidden" {...form.register("consent", { setValueAs: () => true })} />
      ) : (
        <>
          <ConsentText />
          <Checkbox label={t("integration.candidate.consentLabel")} error={fieldError("consent")} {...form.register("consent")} />
        </>
      )}
      <div>
        <Button type="submit" loading={form.formState.isSubmitting}>
          {t("integration.candidate.requestSend")}
        </Button>
      </div>
    </form>
  );
}
