"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { ZInviteMember, EMPLOYER_ROLES, type TInviteMember } from "@/lib/schemas/employer";
import { changeMemberRoleAction, inviteMemberAction, removeMemberAction, revokeInvitationAction } from "@/lib/server/actions/team";
import { TextField } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { ConfirmDialog } from "@/components/ui/dialog";
import { useToast } from "@/components/ui/toast";
import { FormAlert } from "@/components/forms/form-alert";
import { useActionForm } from "@/components/forms/use-action-form";
import { useI18n } from "@/lib/i18n/client";
import { formatDate } from "@/lib/i18n/format";

type Role = (typeof EMPLOYER_ROLES)[number];
export type TeamMemberRow = { userId: string; name: string; email: string; role: Role; since: string; isMe: boolean };
export type InvitationRow = { id: string; email: string; role: Role; expiresAt: string };

const th = "border-b-2 border-line-strong px-3 py-2 text-start text-sm";

export function TeamManager({ members, invitations, isOwner }: { members: TeamMemberRow[]; invitations: InvitationRow[]; isOwner: boolean }) {
  const { t, locale } = useI18n();
  const router = useRouter();
  const { toast } = useToast();
  const [error, setError] = useState<string | null>(null);
  const [removing, setRemoving] = useState<TeamMemberRow | null>(null);
  const [created, setCreated] = useState<{ email: string; link: string } | null>(null);
  const form = useForm<TInviteMember>({ resolver: zodResolver(ZInviteMember) as never, defaultValues: { email: "", role: "RECRUITER" } });
  const { submit, formError, fieldError } = useActionForm(form, (v) => inviteMemberAction(v));
  const onInvite = submit((data) => {
    setCreated({ email: data.email, link: data.link });
    form.reset({ email: "", role: "RECRUITER" });
    router.refresh();
  });
  const date = (iso: string) => formatDate(locale, iso, { dateStyle: "medium", timeZone: "America/Toronto" });

  async function run<T>(p: Promise<{ ok: true; data: T } | { ok: false; error: { message: string } }>, success: string) {
    setError(null);
    const r = await p.catch(() => null);
    if (!r) return setError(t("errors.network"));
    if (!r.ok) return setError(r.error.message);
    toast({ variant: "success", title: success });
    router.refresh();
  }

  return (
    <div className="flex flex-col gap-8">
      <FormAlert message={error} />
      <div className="overflow-x-auto rounded border border-line" role="region" aria-labelledby="members-caption" tabIndex={0}>
        <table className="w-full border-collapse text-start" data-testid="team-members">
          <caption id="members-caption" className="px-3 py-2 text-start text-lg font-bold text-brand-800">{t("employer.team.membersCaption")}</caption>
          <thead className="bg-surface">
            <tr>
              <th scope="col" className={th}>{t("employer.team.name")}</th>
              <th scope="col" className={th}>{t("employer.team.email")}</th>
              <th scope="col" className={th}>{t("employer.team.role")}</th>
              <th scope="col" className={th}>{t("employer.team.since")}</th>
              {isOwner && <th scope="col" className={th}>{t("employer.team.actions")}</th>}
            </tr>
          </thead>
          <tbody>
            {members.map((m) => (
              <tr key={m.userId} className="border-b border-line last:border-b-0">
                <th scope="row" className="px-3 py-3 text-start align-top font-semibold">
                  {m.name} {m.isMe && <span className="font-normal text-ink-muted">{t("employer.team.you")}</span>}
                </th>
                <td className="px-3 py-3 align-top break-all">{m.email}</td>
                <td className="px-3 py-3 align-top">
                  {isOwner ? (
                    <label className="sr-only" htmlFor={`role-${m.userId}`}>{t("employer.team.changeRole", { name: m.name })}</label>
                  ) : null}
                  {isOwner ? (
                    <select
                      id={`role-${m.userId}`}
                      value={m.role}
                      onChange={(e) => run(changeMemberRoleAction({ userId: m.userId, role: e.target.value as Role }), t("employer.team.roleChanged"))}
                      className="min-h-9 rounded border-2 border-line-strong bg-white px-2"
                    >
                      {EMPLOYER_ROLES.map((r) => <option key={r} value={r}>{t(`employer.roles.${r}`)}</option>)}
                    </select>
                  ) : (
                    t(`employer.roles.${m.role}`)
                  )}
                </td>
                <td className="px-3 py-3 align-top text-sm whitespace-nowrap">{date(m.since)}</td>
                {isOwner && (
                  <td className="px-3 py-3 align-top">
                    <Button variant="ghost" size="sm" className="text-danger-600" onClick={() => setRemoving(m)}>
                      {t("employer.team.remove")}
                    </Button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {isOwner && (
        <section aria-labelledby="invite" className="flex flex-col gap-4">
          <h2 id="invite" className="text-xl font-bold">{t("employer.team.inviteTitle")}</h2>
          <p className="text-ink-muted">{t("employer.team.inviteIntro")}</p>
          {created && (
            <Alert variant="success" title={t("employer.team.invitedTitle", { email: created.email })}>
              <p>{t("employer.team.invitedBody")}</p>
              <div className="mt-2 flex flex-col gap-2 sm:flex-row sm:items-end">
                <TextField label={t("employer.team.invitationLink")} readOnly value={created.link} onFocus={(e) => e.currentTarget.select()} containerClassName="flex-1" data-testid="invitation-link" />
                <Button
                  variant="secondary"
                  onClick={async () => {
                    await navigator.clipboard?.writeText(created.link).catch(() => {});
                    toast({ variant: "success", title: t("employer.team.copied") });
                  }}
                >
                  {t("employer.team.copy")}
                </Button>
              </div>
            </Alert>
          )}
          <form onSubmit={onInvite} noValidate className="flex flex-col gap-4">
            <FormAlert message={formError} />
            <div className="grid gap-4 sm:grid-cols-[2fr_1fr]">
              <TextField label={t("employer.team.inviteEmail")} type="email" required autoComplete="off" error={fieldError("email")} {...form.register("email")} />
              <SelectField label={t("employer.team.inviteRole")} required error={fieldError("role")} options={EMPLOYER_ROLES.map((r) => ({ value: r, label: t(`employer.roles.${r}`) }))} {...form.register("role")} />
            </div>
            <div>
              <Button type="submit" loading={form.formState.isSubmitting}>{t("employer.team.invite")}</Button>
            </div>
          </form>
        </section>
      )}

      {isOwner && (
        <section aria-labelledby="pending" className="flex flex-col gap-3">
          <h2 id="pending" className="text-xl font-bold">{t("employer.team.pendingTitle")}</h2>
          {invitations.length === 0 ? (
            <p className="text-ink-muted">{t("employer.team.pendingEmpty")}</p>
          ) : (
            <ul className="flex flex-col divide-y divide-line rounded border border-line">
              {invitations.map((i) => (
                <li key={i.id} className="flex flex-col gap-2 p-3 sm:flex-row sm:items-center sm:justify-between">
                  <span>
                    <span className="font-semibold break-all">{i.email}</span> · {t(`employer.roles.${i.role}`)} ·{" "}
                    <span className="text-ink-muted">{t("employer.team.expires")} {date(i.expiresAt)}</span>
                  </span>
                  <Button variant="ghost" size="sm" onClick={() => run(revokeInvitationAction({ invitationId: i.id }), t("employer.team.revoked"))}>
                    {t("employer.team.revoke")}
                  </Button>
                </li>
              ))}
            </ul>
          )}
          <p className="text-sm text-ink-muted">{t("employer.team.reinviteHint")}</p>
        </section>
      )}

      <ConfirmDialog
        open={!!removing}
        onClose={() => setRemoving(null)}
        title={t("employer.team.removeTitle", { name: removing?.name ?? "" })}
        confirmLabel={t("employer.team.remove")}
        variant="danger"
        onConfirm={() => removing && run(removeMemberAction({ userId: removing.userId }), t("employer.team.removed"))}
      >
        <p>{t("employer.team.removeBody")}</p>
      </ConfirmDialog>
    </div>
  );
}
