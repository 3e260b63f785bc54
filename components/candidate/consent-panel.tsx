"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { setConsentAction } from "@/lib/server/actions/candidate-profile";
import { CONSENT_PURPOSES, CONSENT_WORDING_VERSIONS, type ConsentPurpose } from "@/lib/domain/candidate/consent";
import { useI18n } from "@/lib/i18n/client";
import { useToast } from "@/components/ui/toast";
import { FormAlert } from "@/components/forms/form-alert";
import { Spinner } from "@/components/ui/spinner";

/**
 * The three consents of Loi 25, each given or withdrawn on its own, at once, by a switch. Each shows its full wording
 * and the wording's version, which is stored with the choice.
 */
export function ConsentPanel({ consents }: { consents: Record<ConsentPurpose, boolean> }) {
  const { t } = useI18n();
  const { toast } = useToast();
  const router = useRouter();
  const [state, setState] = useState(consents);
  const [pending, setPending] = useState<ConsentPurpose | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [, startTransition] = useTransition();

  async function change(purpose: ConsentPurpose, granted: boolean) {
    setError(null);
    setPending(purpose);
    try {
      const r = await setConsentAction({ purpose, granted, wordingVersion: CONSENT_WORDING_VERSIONS[purpose] });
      if (r.ok) {
        setState((s) => ({ ...s, [purpose]: granted }));
        toast({ title: t(granted ? "candidate.consent.granted" : "candidate.consent.withdrawn", { purpose: t(`candidate.consent.${purpose}.title`) }), variant: "success" });
        startTransition(() => router.refresh());
      } else setError(r.error.message);
    } catch {
      setError(t("errors.network"));
    } finally {
      setPending(null);
    }
  }

  return (
    <section id="consentements" aria-labelledby="consent-title" className="scroll-mt-24 rounded border border-line bg-white p-4 shadow-sm sm:p-6" data-testid="consents">
      <h2 id="consent-title" className="text-2xl font-bold">
        {t("candidate.consent.title")}
      </h2>
      <p className="mt-1 text-ink-muted">{t("candidate.consent.intro")}</p>
      <div className="mt-3">
        <FormAlert message={error} />
      </div>
      <ul className="mt-3 flex flex-col gap-4">
        {CONSENT_PURPOSES.map((purpose) => {
          const on = state[purpose];
          const id = `consent-${purpose}`;
          return (
            <li key={purpose} className="flex flex-col gap-2 rounded border border-line p-3 sm:flex-row sm:items-start sm:justify-between">
              <div className="flex flex-col gap-1">
                <label htmlFor={id} className="font-semibold text-ink">
                  {t(`candidate.consent.${purpose}.title`)}
                </label>
                <p id={`${id}-text`} className="text-sm text-ink">
                  {t(`candidate.consent.${purpose}.text`)}
                </p>
                <p className="text-xs text-ink-muted">{t("candidate.consent.version", { version: CONSENT_WORDING_VERSIONS[purpose] })}</p>
              </div>
              <div className="flex shrink-0 items-center gap-2">
                {pending === purpose && <Spinner className="text-brand-600" />}
                <button
                  id={id}
                  type="button"
                  role="switch"
                  aria-checked={on}
                  aria-describedby={`${id}-text`}
                  disabled={pending !== null}
                  onClick={() => change(purpose, !on)}
                  data-testid={id}
                  className={`relative inline-flex h-8 w-14 shrink-0 cursor-pointer items-center rounded-full border-2 transition-colors disabled:cursor-wait ${on ? "border-brand-600 bg-brand-600" : "border-line-strong bg-surface"}`}
                >
                  <span className={`inline-block size-6 rounded-full bg-white shadow transition-transform ${on ? "translate-x-6" : "translate-x-0.5"}`} />
                </button>
                <span className="w-10 text-sm font-semibold" aria-hidden="true">
                  {on ? t("candidate.consent.on") : t("candidate.consent.off")}
                </span>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
