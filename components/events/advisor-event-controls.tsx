"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormAlert } from "@/components/forms/form-alert";
import { changeEventStatusAction, decideParticipationAction, inviteToApplyAction } from "@/lib/server/actions/event";
import { useT } from "@/lib/i18n/client";
import type { EventStatus } from "@/lib/domain/events/rules";
import { useEventAction } from "./use-event-action";

/** The stage buttons of an event (forward first). */
export function EventStatusButtons({ id, version, transitions }: { id: string; version: number; transitions: readonly EventStatus[] }) {
  const t = useT();
  const { run, pending, error } = useEventAction();
  if (transitions.length === 0) return null;
  return (
    <div className="flex flex-col gap-2">
      <FormAlert message={error} />
      <div className="flex flex-wrap gap-2">
        {transitions.map((to, i) => (
          <Button key={to} variant={i === 0 ? "primary" : "secondary"} loading={pending === to} onClick={() => run(to, () => changeEventStatusAction({ id, version, to }), t(`events.statuses.${to}`))}>
            {t(`events.moveTo.${to}`)}
          </Button>
        ))}
      </div>
    </div>
  );
}

/** Approve or refuse an organisation's registration (a refusal says why). */
export function ParticipationDecision({ participationId, version, status, employerName }: { participationId: string; version: number; status: string; employerName: string }) {
  const t = useT();
  const { run, pending, error } = useEventAction();
  const [refusing, setRefusing] = useState(false);
  const [reason, setReason] = useState("");
  const decide = (decision: "APPROVED" | "REJECTED") =>
    run(decision, () => decideParticipationAction({ participationId, version, decision, reason: decision === "REJECTED" ? reason : null }), t(`events.participationStatuses.${decision}`));
  return (
    <div className="flex flex-col gap-2">
      <FormAlert message={error} />
      <div className="flex flex-wrap items-end gap-2">
        {status !== "APPROVED" && (
          <Button size="sm" loading={pending === "APPROVED"} onClick={() => decide("APPROVED")} aria-label={t("events.advisor.approveNamed", { name: employerName })}>
            {t("events.advisor.approve")}
          </Button>
        )}
        {status !== "REJECTED" && !refusing && (
          <Button size="sm" variant="secondary" onClick={() => setRefusing(true)} aria-label={t("events.advisor.rejectNamed", { name: employerName })}>
            {t("events.advisor.reject")}
          </Button>
        )}
      </div>
      {refusing && (
        <div className="flex flex-wrap items-end gap-2">
          <TextField label={t("events.advisor.reason")} value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} containerClassName="min-w-64 flex-1" />
          <Button size="sm" variant="danger" loading={pending === "REJECTED"} onClick={() => decide("REJECTED")}>
            {t("events.advisor.confirmReject")}
          </Button>
        </div>
      )}
    </div>
  );
}

/** Sends the checked candidates an invitation to apply (the list is rendered by the page; checkboxes are named "candidate"). */
export function InviteToApplyButton({ eventVacancyId, formId }: { eventVacancyId: string; formId: string }) {
  const t = useT();
  const { run, pending, error, setError } = useEventAction();
  const [done, setDone] = useState<number | null>(null);
  async function invite() {
    const form = document.getElementById(formId) as HTMLFormElement | null;
    const ids = form ? new FormData(form).getAll("candidate").map(String) : [];
    if (ids.length === 0) return setError(t("events.errors.chooseCandidates"));
    await run("invite", () => inviteToApplyAction({ eventVacancyId, candidateProfileIds: ids }), undefined, (d) => setDone(d.invited));
  }
  return (
    <div className="flex flex-col gap-2">
      <FormAlert message={error} />
      {done !== null && (
        <p role="status" className="font-semibold text-success-700">
          {t("events.prematch.invited", { count: done })}
        </p>
      )}
      <div>
        <Button loading={pending === "invite"} onClick={invite}>
          {t("events.prematch.invite")}
        </Button>
      </div>
    </div>
  );
}
