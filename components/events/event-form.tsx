"use client";
import { useRouter } from "next/navigation";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { ZEventInput, ZUpdateEvent, EVENT_FORMATS, REGION_CODES, type TEventFormValues } from "@/lib/schemas/event";
import { NAICS_SECTORS } from "@/lib/schemas/employer";
import { createEventAction, updateEventAction } from "@/lib/server/actions/event";
import { EVENT_TIME_ZONES } from "@/lib/domain/events/time";
import { REGION_NAMES } from "@/lib/domain/matching/regions";
import { TextAreaField, TextField, Fieldset } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select";
import { RadioGroup } from "@/components/ui/radio-group";
import { Checkbox } from "@/components/ui/checkbox";
import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toast";
import { FormAlert } from "@/components/forms/form-alert";
import { useActionForm } from "@/components/forms/use-action-form";
import { useI18n } from "@/lib/i18n/client";

type Values = TEventFormValues & { id?: string; version?: number };

/** Create or edit an event (advisors). Dates are the event's own days; the deadline is typed in the event's time zone. */
/** `countries`: built on the server (country names differ between the server's and the browser's Intl data). */
export function EventForm({ mode, initial, countries }: { mode: "create" | "edit"; initial: Values; countries: { value: string; label: string }[] }) {
  const { t, locale } = useI18n();
  const router = useRouter();
  const { toast } = useToast();
  const form = useForm<Values>({ resolver: zodResolver(mode === "create" ? ZEventInput : ZUpdateEvent) as never, defaultValues: initial });
  const { submit, formError, fieldError } = useActionForm(form, (v) => (mode === "create" ? createEventAction(v) : updateEventAction(v)));
  const onSubmit = submit((data) => {
    toast({ variant: "success", title: t(mode === "create" ? "events.form.created" : "events.form.saved") });
    if (mode === "create") router.push(`/conseiller/evenements/${data.id}`);
    else {
      form.reset({ ...form.getValues(), version: data.version });
      router.refresh();
    }
  });
  const format = useWatch({ control: form.control, name: "format" });
  const zones = [...new Set([...(initial.timeZone ? [initial.timeZone] : []), ...EVENT_TIME_ZONES])];
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-6" data-testid="event-form">
      <FormAlert message={formError} />
      <div className="grid gap-5 md:grid-cols-2">
        <TextField label={t("events.form.nameFr")} required maxLength={150} error={fieldError("nameFr")} {...form.register("nameFr")} />
        <TextField label={t("events.form.nameEn")} required maxLength={150} error={fieldError("nameEn")} {...form.register("nameEn")} />
        <TextAreaField label={t("events.form.descriptionFr")} optional rows={3} maxLength={4000} error={fieldError("descriptionFr")} {...form.register("descriptionFr")} />
        <TextAreaField label={t("events.form.descriptionEn")} optional rows={3} maxLength={4000} error={fieldError("descriptionEn")} {...form.register("descriptionEn")} />
      </div>
      <RadioGroup
        legend={t("events.form.format")}
        name="format"
        inline
        required
        options={EVENT_FORMATS.map((f) => ({ value: f, label: t(`events.formats.${f}`) }))}
        inputProps={form.register("format")}
        error={fieldError("format")}
      />
      <div className="grid gap-5 md:grid-cols-3">
        <TextField label={t("events.form.city")} required={format === "IN_PERSON"} optional={format !== "IN_PERSON"} maxLength={100} error={fieldError("city")} {...form.register("city")} />
        <SelectField label={t("events.form.country")} required={format === "IN_PERSON"} optional={format !== "IN_PERSON"} placeholder options={countries} error={fieldError("countryCode")} {...form.register("countryCode")} />
        <SelectField label={t("events.form.timeZone")} hint={t("events.form.timeZoneHint")} required options={zones.map((z) => ({ value: z, label: z.replace(/_/g, " ") }))} error={fieldError("timeZone")} {...form.register("timeZone")} />
      </div>
      <div className="grid gap-5 md:grid-cols-4">
        <TextField type="date" label={t("events.form.startDate")} required error={fieldError("startDate")} {...form.register("startDate")} />
        <TextField type="date" label={t("events.form.endDate")} required error={fieldError("endDate")} {...form.register("endDate")} />
        <TextField type="date" label={t("events.form.deadlineDate")} hint={t("events.form.deadlineHint")} required error={fieldError("deadlineDate")} {...form.register("deadlineDate")} />
        <TextField type="time" label={t("events.form.deadlineTime")} required error={fieldError("deadlineTime")} {...form.register("deadlineTime")} />
      </div>
      <Fieldset legend={t("events.form.regions")} hint={t("events.form.regionsHint")} optional error={fieldError("regionCodes")}>
        <div className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
          {REGION_CODES.map((code) => (
            <Checkbox key={code} value={code} label={`${code} ${REGION_NAMES[code]?.[locale] ?? ""}`} {...form.register("regionCodes")} />
          ))}
        </div>
      </Fieldset>
      <Fieldset legend={t("events.form.sectors")} hint={t("events.form.sectorsHint")} optional error={fieldError("sectorCodes")}>
        <div className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
          {NAICS_SECTORS.map((code) => (
            <Checkbox key={code} value={code} label={t(`employer.sectors.${code}`)} {...form.register("sectorCodes")} />
          ))}
        </div>
      </Fieldset>
      <div>
        <Button type="submit" loading={form.formState.isSubmitting}>
          {t(mode === "create" ? "events.form.create" : "events.form.save")}
        </Button>
      </div>
    </form>
  );
}
