"use client";
import { useState } from "react";
import { regenerateRecoveryCodesAction } from "@/lib/server/actions/mfa";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { FormAlert } from "@/components/forms/form-alert";
import { RecoveryCodesList } from "@/components/auth/recovery-codes-list";
import { useT } from "@/lib/i18n/client";

/** New recovery codes from the account page (the old ones stop working); shown once. */
export function RecoveryCodesRegenerate() {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  if (codes) {
    return (
      <div className="flex flex-col gap-3">
        <Alert variant="success">{t("auth.mfa.regenerated")}</Alert>
        <RecoveryCodesList codes={codes} />
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-2">
      <FormAlert message={error} />
      <p className="text-sm text-ink-muted">{t("auth.mfa.regenerateHint")}</p>
      <div>
        <Button
          variant="secondary"
          loading={busy}
          onClick={async () => {
            setBusy(true);
            setError(null);
            const r = await regenerateRecoveryCodesAction({}).catch(() => null);
            setBusy(false);
            if (r?.ok) setCodes(r.data.recoveryCodes);
            else setError(r ? r.error.message : t("errors.network"));
          }}
        >
          {t("auth.mfa.regenerate")}
        </Button>
      </div>
    </div>
  );
}
