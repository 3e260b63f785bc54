"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { ZCreateApiKey, type TCreateApiKey } from "@/lib/schemas/api-keys";
import { createApiKeyAction, revokeApiKeyAction } from "@/lib/server/actions/api-keys";
import { TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { ConfirmDialog } from "@/components/ui/dialog";
import { useToast } from "@/components/ui/toast";
import { FormAlert } from "@/components/forms/form-alert";
import { useActionForm } from "@/components/forms/use-action-form";
import { useI18n } from "@/lib/i18n/client";
import { formatDate } from "@/lib/i18n/format";

export type ApiKeyListRow = { id: string; prefix: string; label: string; createdAt: string; lastUsedAt: string | null; revokedAt: string | null };

const th = "border-b-2 border-line-strong px-3 py-2 text-start text-sm";

/**
 * The organisation's API keys: owners of a verified organisation create them (the key is shown once, then only its
 * prefix) and revoke them; other members see the list.
 */
export function ApiKeyManager({ keys, canManage }: { keys: ApiKeyListRow[]; canManage: boolean }) {
  const { t, locale } = useI18n();
  const router = useRouter();
  const { toast } = useToast();
  const [created, setCreated] = useState<{ label: string; key: string } | null>(null);
  const [revoking, setRevoking] = useState<ApiKeyListRow | null>(null);
  const [error, setError] = useState<string | null>(null);
  const form = useForm<TCreateApiKey>({ resolver: zodResolver(ZCreateApiKey), defaultValues: { label: "" } });
  const { submit, formError, fieldError } = useActionForm(form, (v) => createApiKeyAction(v));
  const onCreate = submit((data) => {
    setCreated({ label: data.label, key: data.key });
    form.reset({ label: "" });
    router.refresh();
  });
  const date = (iso: string | null) => (iso ? formatDate(locale, iso, { dateStyle: "medium", timeZone: "America/Toronto" }) : t("matching.apiKeys.never"));

  async function revoke(row: ApiKeyListRow) {
    setError(null);
    const r = await revokeApiKeyAction({ id: row.id }).catch(() => null);
    if (!r) return setError(t("errors.network"));
    if (!r.ok) return setError(r.error.message);
    toast({ variant: "success", title: t("matching.apiKeys.revoked", { label: row.label }) });
    router.refresh();
  }

  return (
    <div className="flex flex-col gap-8">
      {canManage && (
        <section aria-labelledby="create-key" className="flex flex-col gap-4">
          <h2 id="create-key" className="text-xl font-bold">{t("matching.apiKeys.createTitle")}</h2>
          {created && (
            <Alert variant="success" title={t("matching.apiKeys.createdTitle", { label: created.label })}>
              <p>{t("matching.apiKeys.createdBody")}</p>
              <div className="mt-2 flex flex-col gap-2 sm:flex-row sm:items-end">
                <TextField label={t("matching.apiKeys.key")} readOnly value={created.key} onFocus={(e) => e.currentTarget.select()} containerClassName="flex-1" className="font-mono" data-testid="api-key-secret" />
                <Button
                  variant="secondary"
                  onClick={async () => {
                    await navigator.clipboard?.writeText(created.key).catch(() => {});
                    toast({ variant: "success", title: t("matching.apiKeys.copied") });
                  }}
                >
                  {t("matching.apiKeys.copy")}
                </Button>
              </div>
            </Alert>
          )}
          <form onSubmit={onCreate} noValidate className="flex flex-col gap-4 sm:flex-row sm:items-end">
            <FormAlert message={formError} />
            <TextField label={t("matching.apiKeys.label")} hint={t("matching.apiKeys.labelHint")} required autoComplete="off" error={fieldError("label")} containerClassName="flex-1" {...form.register("label")} />
            <div>
              <Button type="submit" loading={form.formState.isSubmitting}>{t("matching.apiKeys.create")}</Button>
            </div>
          </form>
        </section>
      )}

      <section aria-labelledby="keys-caption" className="flex flex-col gap-3">
        <FormAlert message={error} />
        {keys.length === 0 ? (
          <>
            <h2 id="keys-caption" className="text-xl font-bold">{t("matching.apiKeys.listTitle")}</h2>
            <p className="text-ink-muted">{t("matching.apiKeys.empty")}</p>
          </>
        ) : (
          <div className="overflow-x-auto rounded border border-line" role="region" aria-labelledby="keys-caption" tabIndex={0}>
            <table className="w-full border-collapse text-start" data-testid="api-keys">
              <caption id="keys-caption" className="px-3 py-2 text-start text-lg font-bold text-brand-800">{t("matching.apiKeys.listTitle")}</caption>
              <thead className="bg-surface">
                <tr>
                  <th scope="col" className={th}>{t("matching.apiKeys.label")}</th>
                  <th scope="col" className={th}>{t("matching.apiKeys.prefix")}</th>
                  <th scope="col" className={th}>{t("matching.apiKeys.created")}</th>
                  <th scope="col" className={th}>{t("matching.apiKeys.lastUsed")}</th>
                  <th scope="col" className={th}>{t("matching.apiKeys.status")}</th>
                  {canManage && <th scope="col" className={th}>{t("matching.apiKeys.actions")}</th>}
                </tr>
              </thead>
              <tbody>
                {keys.map((k) => (
                  <tr key={k.id} className="border-b border-line last:border-b-0">
                    <th scope="row" className="px-3 py-3 text-start align-top font-semibold">{k.label}</th>
                    <td className="px-3 py-3 align-top font-mono text-sm">pr_{k.prefix}_…</td>
                    <td className="px-3 py-3 align-top text-sm whitespace-nowrap">{date(k.createdAt)}</td>
                    <td className="px-3 py-3 align-top text-sm whitespace-nowrap">{date(k.lastUsedAt)}</td>
                    <td className="px-3 py-3 align-top">
                      {k.revokedAt ? <Badge variant="neutral">{t("matching.apiKeys.revokedOn", { date: date(k.revokedAt) })}</Badge> : <Badge variant="success">{t("matching.apiKeys.active")}</Badge>}
                    </td>
                    {canManage && (
                      <td className="px-3 py-3 align-top">
                        {!k.revokedAt && (
                          <Button variant="ghost" size="sm" className="text-danger-600" onClick={() => setRevoking(k)}>
                            {t("matching.apiKeys.revoke")}
                          </Button>
                        )}
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <ConfirmDialog
        open={!!revoking}
        onClose={() => setRevoking(null)}
        title={t("matching.apiKeys.revokeTitle", { label: revoking?.label ?? "" })}
        confirmLabel={t("matching.apiKeys.revoke")}
        variant="danger"
        onConfirm={() => revoking && revoke(revoking)}
      >
        <p>{t("matching.apiKeys.revokeBody")}</p>
      </ConfirmDialog>
    </div>
  );
}
