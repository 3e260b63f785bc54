"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { useI18n } from "@/lib/i18n/client";
import type { AnonymousCandidateCard as Card } from "@/lib/domain/candidate/anonymous-card";
import { AnonymousCandidateCard } from "./anonymous-candidate-card";

/** "What an employer sees": opens the anonymous card in a dialog. */
export function CardPreview({ card, visible }: { card: Card; visible: boolean }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="secondary" fullWidth onClick={() => setOpen(true)}>
        {t("candidate.preview.open")}
      </Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        title={t("candidate.preview.title")}
        description={visible ? t("candidate.preview.visible") : t("candidate.preview.notVisible")}
        size="lg"
        footer={
          <Button variant="secondary" onClick={() => setOpen(false)}>
            {t("common.actions.close")}
          </Button>
        }
      >
        <AnonymousCandidateCard card={card} />
      </Dialog>
    </>
  );
}
