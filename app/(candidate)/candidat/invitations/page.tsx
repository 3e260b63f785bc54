import Link from "next/link";
import { Container } from "@/components/layout/container";
import { Badge } from "@/components/ui/badge";
import { VerifiedMark } from "@/components/employer/verified-mark";
import { getLocale, getT } from "@/lib/i18n/server";
import { formatDate } from "@/lib/i18n/format";
import { requirePageRole } from "@/lib/server/page-auth";
import { listMyInvitations } from "@/lib/server/dal/invitations";
import { REGION_NAMES } from "@/lib/domain/matching/regions";

export async function generateMetadata() {
  const t = await getT();
  return { title: t("recruiting.candidate.invitationsTitle") };
}

export default async function InvitationsPage() {
  const actor = await requirePageRole("CANDIDATE");
  const [t, locale, invitations] = await Promise.all([getT(), getLocale(), listMyInvitations(actor)]);
  return (
    <Container className="flex max-w-3xl flex-col gap-6 py-8">
      <div>
        <h1 className="text-3xl font-bold">{t("recruiting.candidate.invitationsTitle")}</h1>
        <p className="mt-2 text-ink-muted">{t("recruiting.candidate.invitationsIntro")}</p>
        <p className="mt-2">
          <Link href="/candidat/consultations">{t("recruiting.candidate.viewsTitle")}</Link>
        </p>
      </div>
      {invitations.length === 0 ? (
        <p className="text-ink-muted">{t("recruiting.candidate.invitationsEmpty")}</p>
      ) : (
        <ul className="flex flex-col gap-4" data-testid="invitation-list">
          {invitations.map((inv) => (
            <li key={inv.id} className="flex flex-col gap-2 rounded border border-line-strong bg-white p-4">
              <div className="flex flex-wrap items-center gap-2">
                <h2 className="text-xl font-bold">
                  <Link href={`/candidat/invitations/${inv.id}`}>{inv.vacancy.title}</Link>
                </h2>
                <Badge variant={inv.status === "PENDING" ? "warning" : inv.status === "ACCEPTED" ? "success" : "neutral"}>{t(`recruiting.candidate.status.${inv.status}`)}</Badge>
              </div>
              <p className="flex flex-wrap items-center gap-2">
                <span className="font-semibold">{inv.employer.name}</span>
                {inv.employer.verified && <VerifiedMark t={t} />}
              </p>
              <p className="text-ink-muted">
                {inv.vacancy.municipality}, {REGION_NAMES[inv.vacancy.regionCode]?.[locale] ?? inv.vacancy.regionCode}
              </p>
              <p className="text-sm text-ink-muted">{t("recruiting.candidate.receivedOn", { date: formatDate(locale, inv.createdAt, { dateStyle: "long", timeZone: "America/Toronto" }) })}</p>
            </li>
          ))}
        </ul>
      )}
    </Container>
  );
}
