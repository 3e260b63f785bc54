"use client";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/forms/form-alert";
import { useI18n } from "@/lib/i18n/client";
import { formatDateTime } from "@/lib/i18n/format";
import type { ProfileSection as SectionName } from "@/lib/domain/candidate/options";
import type { SectionStatus } from "./use-section-form";
import { SECTION_ANCHORS } from "./section-anchors";


/**
 * A section of the profile editor: its own form, title, explanation, save button and state (saved, error, or
 * "changed since you opened it" with a way to reload). Each section is saved on its own.
 */
export function ProfileSection({
  section,
  onSubmit,
  submitting,
  dirty,
  status,
  formError,
  children,
  privateNote,
}: {
  section: SectionName;
  onSubmit: (e?: React.BaseSyntheticEvent) => Promise<void>;
  submitting: boolean;
  dirty: boolean;
  status: SectionStatus;
  formError: string | null;
  children: ReactNode;
  privateNote?: boolean;
}) {
  const { t, locale } = useI18n();
  const anchor = SECTION_ANCHORS[section];
  return (
    <section id={anchor} aria-labelledby={`${anchor}-title`} className="scroll-mt-24 rounded border border-line bg-white p-4 shadow-sm sm:p-6" data-section={section}>
      <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
        <header className="flex flex-col gap-1">
          <h2 id={`${anchor}-title`} className="text-2xl font-bold">
            {t(`candidate.sections.${section}.title`)}
          </h2>
          <p className="text-ink-muted">{t(`candidate.sections.${section}.description`)}</p>
          {privateNote && <p className="text-sm font-semibold text-brand-800">{t("candidate.section.privateNote")}</p>}
        </header>
        <FormAlert message={formError} />
        {status.conflict && (
          <div className="flex flex-wrap items-center gap-3 rounded border-s-4 border-warning-500 bg-warning-50 p-3 text-warning-800" data-testid="section-conflict">
            <span>{t("candidate.section.conflictHelp")}</span>
            <Button variant="secondary" size="sm" onClick={() => window.location.reload()}>
              {t("common.actions.reload")}
            </Button>
          </div>
        )}
        {children}
        <div className="flex flex-wrap items-center gap-4 border-t border-line pt-4">
          <Button type="submit" loading={submitting}>
            {t("candidate.section.save")}
          </Button>
          <p className="text-sm text-ink-muted" role="status" aria-live="polite" data-testid={`section-status-${section}`}>
            {submitting
              ? t("common.status.saving")
              : dirty
                ? t("candidate.section.unsaved")
                : status.savedAt
                  ? t("candidate.section.savedAt", { time: formatDateTime(locale, status.savedAt) })
                  : ""}
          </p>
        </div>
      </form>
    </section>
  );
}
