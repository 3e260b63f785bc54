"use client";
import { useFormStatus } from "react-dom";
import { useI18n } from "@/lib/i18n/client";
import type { Locale } from "@/lib/i18n/config";
import { setLocaleFormAction } from "@/lib/server/actions/locale";
import { cn } from "@/components/ui/cn";

/**
 * The switch to the other language, as a form posting to the server action: it works before (and without)
 * JavaScript, and with JavaScript the action's response re-renders the page in place (a server action that sets a
 * cookie refreshes the current route). The button's text is in the target language and marked with its lang.
 */
export function LanguageSwitch({ className }: { className?: string }) {
  const { t, locale } = useI18n();
  const target: Locale = locale === "fr" ? "en" : "fr";
  return (
    <form action={setLocaleFormAction.bind(null, target)} className={className}>
      <SwitchButton lang={target} label={t("common.language.switchTo")} />
    </form>
  );
}

function SwitchButton({ lang, label }: { lang: Locale; label: string }) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      lang={lang}
      aria-disabled={pending || undefined}
      data-testid="language-switch"
      className={cn(
        "inline-flex min-h-10 items-center rounded px-3 font-semibold text-white underline underline-offset-4 hover:bg-white/10",
        pending && "opacity-70",
      )}
    >
      {label}
    </button>
  );
}
