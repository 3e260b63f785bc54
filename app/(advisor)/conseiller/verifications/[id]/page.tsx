import Link from "next/link";
import { notFound } from "next/navigation";
import { Container } from "@/components/layout/container";
import { Alert } from "@/components/ui/alert";
import { VerificationDecisionForm } from "@/components/employer/verification-decision-form";
import { getLocale, getT } from "@/lib/i18n/server";
import { formatDate, formatDateTime, formatNumber } from "@/lib/i18n/format";
import { requirePageRole } from "@/lib/server/page-auth";
import { getVerificationDetail } from "@/lib/server/dal/verification";
import { NotFoundError } from "@/lib/server/errors";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata() {
  const t = await getT();
  return { title: t("employer.verification.title") };
}

export default async function VerificationDetailPage({ params }: Props) {
  const { id } = await params;
  const actor = await requirePageRole("ADVISOR", "ADMIN");
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  const e = await getVerificationDetail(actor, id).catch((err) => {
    if (err instanceof NotFoundError) notFound();
    throw err;
  });
  const none = <span className="text-ink-muted">{t("employer.verification.notProvided")}</span>;
  const rows: [string, React.ReactNode][] = [
    [t("employer.organisation.legalName"), e.legalName],
    [t("employer.organisation.neq"), e.neq ?? none],
    [t("employer.organisation.sector"), e.sectorCode ? `${e.sectorCode} · ${t(`employer.sectors.${e.sectorCode}`)}` : none],
    [t("employer.municipality.label"), e.municipality ? `${e.municipality.name} (${e.municipality.code}) · ${e.municipality.regionCode} · ${t(e.municipality.inCmm ? "employer.cmm.inside" : "employer.cmm.outside")}` : none],
    [t("employer.organisation.size"), e.size ? t(`employer.sizes.${e.size}`) : none],
    [t("employer.organisation.website"), e.website ? <a href={e.website} rel="noopener noreferrer nofollow" target="_blank">{e.website}</a> : none],
    [t("employer.organisation.description"), e.description ?? none],
    [t("employer.verification.registered"), formatDate(locale, e.createdAt, { dateStyle: "long", timeZone: "America/Toronto" })],
    [t("employer.verification.vacancies"), formatNumber(locale, e.vacancyCount)],
  ];
  return (
    <Container className="flex max-w-3xl flex-col gap-6 py-8">
      <p>
        <Link href="/conseiller/verifications">{t("employer.verification.back")}</Link>
      </p>
      <h1 className="text-3xl font-bold">{t("employer.verification.detailTitle", { name: e.legalName })}</h1>
      <section aria-labelledby="declared">
        <h2 id="declared" className="text-xl font-bold">{t("employer.verification.declared")}</h2>
        <dl className="mt-3 grid gap-x-6 gap-y-3 sm:grid-cols-[minmax(0,1fr)_minmax(0,2fr)]">
          {rows.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="font-semibold">{label}</dt>
              <dd className="break-words whitespace-pre-line">{value}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="members">
        <h2 id="members" className="text-xl font-bold">{t("employer.verification.members")}</h2>
        <ul className="mt-3 flex flex-col gap-1">
          {e.members.map((m) => (
            <li key={m.email}>
              <span className="font-semibold">{m.name}</span> · <span className="break-all">{m.email}</span> · {t(`employer.roles.${m.role}`)}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="history">
        <h2 id="history" className="text-xl font-bold">{t("employer.verification.history")}</h2>
        {e.history.length === 0 ? (
          <p className="mt-2 text-ink-muted">{t("employer.verification.historyEmpty")}</p>
        ) : (
          <ul className="mt-2 flex flex-col gap-1">
            {e.history.map((h, i) => (
              <li key={i}>
                {formatDateTime(locale, h.at)} · {t(`employer.verification.actions.${h.action}`)}
                {h.reason ? ` · ${h.reason}` : ""}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="decision" className="flex flex-col gap-4 rounded-lg border border-line bg-surface p-4">
        <h2 id="decision" className="text-xl font-bold">{t("employer.verification.decisionTitle")}</h2>
        {e.verificationStatus === "PENDING" ? (
          <VerificationDecisionForm employerId={e.id} version={e.version} />
        ) : (
          <Alert variant="info" live="off">{t("employer.verification.notPending", { status: t(`employer.status.${e.verificationStatus}`) })}</Alert>
        )}
      </section>
    </Container>
  );
}
