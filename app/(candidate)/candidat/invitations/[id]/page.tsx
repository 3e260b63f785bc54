import Link from "next/link";
import { notFound } from "next/navigation";
import { Container } from "@/components/layout/container";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button-link";
import { VerifiedMark } from "@/components/employer/verified-mark";
import { InvitationResponse } from "@/components/recruiting/invitation-response";
import { getLocale, getT } from "@/lib/i18n/server";
import { formatDate, formatMoney, formatNumber } from "@/lib/i18n/format";
import { requirePageRole } from "@/lib/server/page-auth";
import { getMyInvitation } from "@/lib/server/dal/invitations";
import { NotFoundError } from "@/lib/server/errors";
import { REGION_NAMES } from "@/lib/domain/matching/regions";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata() {
  const t = await getT();
  return { title: t("recruiting.candidate.invitationsTitle") };
}

export default async function InvitationPage({ params }: Props) {
  const actor = await requirePageRole("CANDIDATE");
  const [{ id }, t, locale] = await Promise.all([params, getT(), getLocale()]);
  const inv = await getMyInvitation(actor, id).catch((e) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  const v = inv.vacancy;
  const date = (d: string) => formatDate(locale, d, { dateStyle: "long", timeZone: "America/Toronto" });
  const offers = (Object.keys(v.settlement) as (keyof typeof v.settlement)[]).filter((k) => v.settlement[k]);
  const row = (label: string, value: React.ReactNode) => (
    <div className="grid gap-1 py-2 sm:grid-cols-[12rem_1fr]">
      <dt className="font-semibold">{label}</dt>
      <dd>{value}</dd>
    </div>
  );
  return (
    <Container className="flex max-w-3xl flex-col gap-6 py-8">
      <p>
        <Link href="/candidat/invitations">← {t("recruiting.candidate.back")}</Link>
      </p>
      <h1 className="text-3xl font-bold">{t("recruiting.candidate.invitationTitle", { title: v.title })}</h1>
      <dl className="divide-y divide-line rounded border border-line bg-white px-4">
        {row(
          t("recruiting.candidate.from"),
          <span className="flex flex-wrap items-center gap-2">
            <span className="font-semibold" data-testid="invitation-organisation">{inv.employer.name}</span>
            {inv.employer.verified && <VerifiedMark t={t} />}
          </span>,
        )}
        {row(t("recruiting.candidate.place"), `${v.municipality}, ${REGION_NAMES[v.regionCode]?.[locale] ?? v.regionCode}`)}
        {row(t("recruiting.candidate.jobType"), `${t(`vacancy.employmentTypes.${v.employmentType}`)}${v.hoursPerWeek ? ` · ${t("recruiting.candidate.hours", { hours: formatNumber(locale, v.hoursPerWeek) })}` : ""}`)}
        {v.wageMinCents !== null &&
          row(
            t("recruiting.candidate.wage"),
            v.wageMaxCents ? t("recruiting.candidate.wageRange", { min: formatMoney(locale, v.wageMinCents), max: formatMoney(locale, v.wageMaxCents) }) : t("recruiting.candidate.wageFrom", { min: formatMoney(locale, v.wageMinCents) }),
          )}
        {v.startDate && row(t("recruiting.candidate.start"), formatDate(locale, v.startDate))}
      </dl>
      <section aria-labelledby="settle" className="flex flex-col gap-2">
        <h2 id="settle" className="text-xl font-bold">{t("recruiting.candidate.settlementTitle")}</h2>
        {offers.length === 0 ? (
          <p className="text-ink-muted">{t("recruiting.candidate.noSettlement")}</p>
        ) : (
          <ul className="list-disc ps-6" data-testid="settlement">
            {offers.map((k) => (
              <li key={k}>{t(`recruiting.candidate.settlement.${k}`)}</li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="msg" className="flex flex-col gap-2">
        <h2 id="msg" className="text-xl font-bold">{t("recruiting.candidate.message")}</h2>
        <blockquote className="border-s-4 border-brand-600 bg-surface p-4 whitespace-pre-wrap" data-testid="invitation-message">{inv.message}</blockquote>
      </section>
      {v.description && (
        <section aria-labelledby="desc" className="flex flex-col gap-2">
          <h2 id="desc" className="text-xl font-bold">{t("recruiting.candidate.description")}</h2>
          <p className="whitespace-pre-wrap">{v.description}</p>
        </section>
      )}
      <section aria-labelledby="answer" className="flex flex-col gap-3 rounded-lg border border-line bg-surface p-4">
        <h2 id="answer" className="text-xl font-bold">{t("recruiting.candidate.answerTitle")}</h2>
        {inv.status === "PENDING" ? (
          v.open ? <InvitationResponse invitationId={inv.id} organisation={inv.employer.name} /> : <p>{t("recruiting.candidate.vacancyClosed")}</p>
        ) : (
          <Alert variant={inv.status === "ACCEPTED" ? "success" : "info"} live="off">
            <p>{t(inv.status === "ACCEPTED" ? "recruiting.candidate.answeredAccepted" : "recruiting.candidate.answeredDeclined", { date: inv.respondedAt ? date(inv.respondedAt) : "" })}</p>
          </Alert>
        )}
        {inv.threadId && (
          <div>
            <ButtonLink href={`/candidat/messages/${inv.threadId}`}>{t("recruiting.candidate.writeToThem")}</ButtonLink>
          </div>
        )}
      </section>
    </Container>
  );
}
