"use client";
import { useState } from "react";
import { signOut } from "next-auth/react";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/forms/form-alert";
import { signOutEverywhereAction } from "@/lib/server/actions/auth";
import { useT } from "@/lib/i18n/client";

export function SignOutEverywhereButton() {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="flex flex-col gap-2">
      <FormAlert message={error} />
      <Button
        variant="secondary"
        loading={busy}
        onClick={async () => {
          setBusy(true);
          const r = await signOutEverywhereAction({}).catch(() => null);
          if (r?.ok) await signOut({ callbackUrl: "/connexion" });
          else {
            setError(r ? r.error.message : t("errors.network"));
            setBusy(false);
          }
        }}
      >
        {t("auth.signOut.everywhere")}
      </Button>
    </div>
  );
}
