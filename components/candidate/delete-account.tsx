"use client";
import { useState } from "react";
import { signOut } from "next-auth/react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Dialog } from "@/components/ui/dialog";
import { FormAlert } from "@/components/forms/form-alert";
import { useActionForm } from "@/components/forms/use-action-form";
import { ZDeleteAccount, type TDeleteAccount } from "@/lib/schemas/candidate";
import { deleteAccountAction } from "@/lib/server/actions/candidate-profile";
import { useI18n } from "@/lib/i18n/client";

/** Account deletion: explained, then confirmed by typing a word; the session ends and the person lands on the home page. */
export function DeleteAccount() {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const form = useForm<TDeleteAccount>({ resolver: zodResolver(ZDeleteAccount, undefined, { raw: true }), defaultValues: { confirmation: "" } });
  const { submit, formError, fieldError } = useActionForm(form, (v) => deleteAccountAction(v));
  const onSubmit = submit(async () => {
    await signOut({ callbackUrl: "/?compte=supprime" });
  });
  return (
    <>
      <Button variant="danger" onClick={() => setOpen(true)}>
        {t("candidate.account.delete.open")}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} title={t("candidate.account.delete.title")} description={t("candidate.account.delete.warning")}>
        <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
          <FormAlert message={formError} />
          <TextField
            label={t("candidate.account.delete.typeWord", { word: t("candidate.account.delete.word") })}
            autoComplete="off"
            error={fieldError("confirmation")}
            {...form.register("confirmation")}
          />
          <div className="flex flex-wrap gap-3">
            <Button type="submit" variant="danger" loading={form.formState.isSubmitting}>
              {t("candidate.account.delete.confirm")}
            </Button>
            <Button variant="secondary" onClick={() => setOpen(false)}>
              {t("common.actions.cancel")}
            </Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
