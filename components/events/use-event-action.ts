"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useToast } from "@/components/ui/toast";
import type { ActionResult } from "@/lib/server/actions/safe-action";
import { useT } from "@/lib/i18n/client";

/**
 * Runs a server action from a button: a spinner while it runs, the translated error in a scoped alert, a toast and a
 * refresh of the page's data on success.
 */
export function useEventAction() {
  const t = useT();
  const router = useRouter();
  const { toast } = useToast();
  const [pending, setPending] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  async function run<T>(key: string, call: () => Promise<ActionResult<T>>, success?: string, after?: (data: T) => void): Promise<boolean> {
    setError(null);
    setPending(key);
    const r = await call().catch(() => null);
    setPending(null);
    if (!r) {
      setError(t("errors.network"));
      return false;
    }
    if (!r.ok) {
      setError(r.error.message);
      return false;
    }
    if (success) toast({ variant: "success", title: success });
    after?.(r.data);
    router.refresh();
    return true;
  }
  return { run, pending, error, setError };
}
