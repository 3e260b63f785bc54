"use client";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { TextField } from "@/components/ui/field";
import { Checkbox } from "@/components/ui/checkbox";
import { useToast } from "@/components/ui/toast";
import { FormAlert } from "@/components/forms/form-alert";
import { useActionForm } from "@/components/forms/use-action-form";
import { newSubmissionId } from "@/components/forms/submission-id";
import { saveSearchAction } from "@/lib/server/actions/saved-search";
import { ZSaveSearch, type TCandidateSearchFilters, type TSaveSearch } from "@/lib/schemas/recruiting";
import { useT } from "@/lib/i18n/client";

/** "Save this search": a name and whether to be alerted; the filters are the page's. */
export function SaveSearchButton({ filters }: { filters: TCandidateSearchFilters }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)}>
        {t("recruiting.search.save")}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} title={t("recruiting.saveDialog.title")}>
        <SaveSearchForm filters={filters} onDone={() => setOpen(false)} />
      </Dialog>
    </>
  );
}

function SaveSearchForm({ filters, onDone }: { filters: TCandidateSearchFilters; onDone: () => void }) {
  const t = useT();
  const router = useRouter();
  const { toast } = useToast();
  const form = useForm<TSaveSearch>({ resolver: zodResolver(ZSaveSearch), defaultValues: { name: "", alertsEnabled: true, filters } });
  // One id for this dialog's submission: a double click or a retry saves the search once.
  const [submissionId] = useState(newSubmissionId);
  const { submit, formError, fieldError } = useActionForm(form, (v) => saveSearchAction({ ...v, submissionId }));
  const onSubmit = submit(() => {
    toast({ variant: "success", title: t("recruiting.saveDialog.done") });
    onDone();
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormAlert message={formError} />
      <TextField label={t("recruiting.saveDialog.name")} placeholder={t("recruiting.saveDialog.namePlaceholder")} required maxLength={80} autoComplete="off" data-autofocus error={fieldError("name")} {...form.register("name")} />
      <Checkbox label={t("recruiting.saveDialog.alerts")} {...form.register("alertsEnabled")} />
      <div className="flex justify-end gap-3">
        <Button variant="secondary" onClick={onDone}>
          {t("common.actions.cancel")}
        </Button>
        <Button type="submit" loading={form.formState.isSubmitting}>
          {t("recruiting.saveDialog.save")}
        </Button>
      </div>
    </form>
  );
}
