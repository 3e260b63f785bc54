"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { ButtonLink } from "@/components/ui/button-link";
import { ConfirmDialog } from "@/components/ui/dialog";
import { useToast } from "@/components/ui/toast";
import { FormAlert } from "@/components/forms/form-alert";
import { changeVacancyStatusAction, deleteDraftVacancyAction, duplicateVacancyAction } from "@/lib/server/actions/vacancy";
import type { LifecycleAction } from "@/lib/domain/vacancy/lifecycle";
import { useT } from "@/lib/i18n/client";

/** Publish, renew, reopen, close, mark as filled, duplicate, delete: the steps that apply to this vacancy now. */
export function VacancyLifecycle({ id, version, actions, isDraft, isLive, canPublish }: { id: string; version: number; actions: LifecycleAction[]; isDraft: boolean; isLive: boolean; canPublish: boolean }) {
  const t = useT();
  const router = useRouter();
  const { toast } = useToast();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState<string | null>(null);
  const [confirm, setConfirm] = useState<"close" | "fill" | "delete" | null>(null);

  async function step(action: LifecycleAction) {
    setError(null);
    setPending(action);
    const r = await changeVacancyStatusAction({ id, version, action }).catch(() => null);
    setPending(null);
    if (!r) return setError(t("errors.network"));
    if (!r.ok) return setError(r.error.message);
    toast({ variant: "success", title: t(`vacancy.actions.done.${action}`) });
    router.refresh();
  }

  async function duplicate() {
    setError(null);
    setPending("duplicate");
    const r = await duplicateVacancyAction({ id }).catch(() => null);
    setPending(null);
    if (!r) return setError(t("errors.network"));
    if (!r.ok) return setError(r.error.message);
    toast({ variant: "success", title: t("vacancy.detail.duplicated") });
    router.push(`/employeur/postes/${r.data.id}`);
  }

  async function remove() {
    const r = await deleteDraftVacancyAction({ id, version }).catch(() => null);
    if (!r) return setError(t("errors.network"));
    if (!r.ok) return setError(r.error.message);
    toast({ variant: "success", title: t("vacancy.detail.deleted") });
    router.push("/employeur/postes");
  }

  const goesLive = (a: LifecycleAction) => a === "publish" || a === "renew" || a === "reopen";
  const shown = actions.filter((a) => canPublish || !goesLive(a));

  return (
    <div className="flex flex-col gap-3">
      <FormAlert message={error} />
      <div className="flex flex-wrap gap-2">
        {shown.map((a) =>
          a === "close" || a === "fill" ? (
            <Button key={a} variant="secondary" size="sm" onClick={() => setConfirm(a)} disabled={!!pending}>
              {t(`vacancy.actions.${a}`)}
            </Button>
          ) : (
            <Button key={a} variant={a === "publish" ? "primary" : "secondary"} size="sm" loading={pending === a} disabled={!!pending && pending !== a} onClick={() => step(a)}>
              {t(`vacancy.actions.${a}`)}
            </Button>
          ),
        )}
        <Button variant="ghost" size="sm" loading={pending === "duplicate"} disabled={!!pending && pending !== "duplicate"} onClick={duplicate}>
          {t("vacancy.detail.duplicate")}
        </Button>
        {isLive && (
          <ButtonLink variant="ghost" size="sm" href={`/emplois/${id}`}>
            {t("vacancy.detail.viewPublic")}
          </ButtonLink>
        )}
        {isDraft && (
          <Button variant="ghost" size="sm" className="text-danger-600" onClick={() => setConfirm("delete")} disabled={!!pending}>
            {t("vacancy.detail.delete")}
          </Button>
        )}
      </div>
      <ConfirmDialog
        open={confirm === "close" || confirm === "fill"}
        onClose={() => setConfirm(null)}
        title={confirm === "fill" ? t("vacancy.actions.fill") : t("vacancy.actions.close")}
        confirmLabel={confirm === "fill" ? t("vacancy.actions.fill") : t("vacancy.actions.close")}
        onConfirm={() => step(confirm as "close" | "fill")}
      >
        <p>{confirm === "fill" ? t("vacancy.actions.confirm.fill") : t("vacancy.actions.confirm.close")}</p>
      </ConfirmDialog>
      <ConfirmDialog open={confirm === "delete"} onClose={() => setConfirm(null)} title={t("vacancy.detail.deleteTitle")} confirmLabel={t("vacancy.detail.delete")} variant="danger" onConfirm={remove}>
        <p>{t("vacancy.detail.deleteBody")}</p>
      </ConfirmDialog>
    </div>
  );
}
