import Link from "next/link";
import { Container } from "@/components/layout/container";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button-link";
import { VerifiedMark } from "@/components/employer/verified-mark";
import { getLocale, getT } from "@/lib/i18n/server";
import { formatNumber } from "@/lib/i18n/format";
import { requirePageRole } from "@/lib/server/page-auth";
import { getEmployerDashboard, getMyOrganisation } from "@/lib/server/dal/employers";

export async function generateMetadata() {
  const t = await getT();
  return { title: t("employer.dashboard.title") };
}

export default async function EmployerDashboardPage() {
  const actor = await requirePageRole("EMPLOYER");
  const [t, locale, org, counts] = await Promise.all([getT(), getLocale(), getMyOrganisation(actor), getEmployerDashboard(actor)]);
  const incomplete = !org.sectorCode || !org.municipalityCode;
  const cards = [
    { key: "live", value: counts.live, href: "/employeur/postes?statut=published" },
    { key: "drafts", value: counts.drafts, href: "/employeur/postes?statut=draft" },
    { key: "expiringSoon", value: counts.expiringSoon, href: "/employeur/postes?expire=1" },
    { key: "expired", value: counts.expired, href: "/employeur/postes?statut=expired" },
    { key: "members", value: counts.members, href: "/employeur/organisation/equipe" },
  ] as const;
  return (
    <Container className="flex flex-col gap-8 py-8">
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold">{t("employer.dashboard.title")}</h1>
        <p className="flex flex-wrap items-center gap-3 text-lg">
          <span>{t("employer.dashboard.organisation", { name: org.legalName })}</span>
          {org.verificationStatus === "VERIFIED" && <VerifiedMark t={t} />}
        </p>
      </div>

      {org.verificationStatus === "PENDING" && (
        <Alert variant="info" title={t("employer.dashboard.pendingTitle")} live="off">
          {t("employer.dashboard.pendingBody")}
        </Alert>
      )}
      {org.verificationStatus === "REJECTED" && (
        <Alert variant="warning" title={t("employer.dashboard.rejectedTitle")} live="off">
          <p>{t("employer.dashboard.rejectedBody", { reason: org.rejectionReason ?? "" })}</p>
          <p>
            <Link href="/employeur/organisation">{t("employer.dashboard.rejectedAction")}</Link>
          </p>
        </Alert>
      )}
      {incomplete && (
        <Alert variant="info" title={t("employer.dashboard.incompleteTitle")} live="off">
          <p>{t("employer.dashboard.incompleteBody")}</p>
          <p>
            <Link href="/employeur/organisation">{t("employer.dashboard.completeProfile")}</Link>
          </p>
        </Alert>
      )}

      <section aria-labelledby="counts">
        <h2 id="counts" className="text-xl font-bold">{t("employer.dashboard.countsTitle")}</h2>
        <ul className="mt-4 grid grid-cols-2 gap-4 md:grid-cols-5">
          {cards.map((c) => (
            <li key={c.key}>
              <Link href={c.href} className="flex h-full flex-col gap-1 rounded-lg border border-line p-4 no-underline hover:border-brand-600 hover:bg-brand-50">
                <span className="text-3xl font-bold text-brand-800 tabular-nums">{formatNumber(locale, c.value)}</span>
                <span className="text-ink">{t(`employer.dashboard.counts.${c.key}`)}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="quick">
        <h2 id="quick" className="text-xl font-bold">{t("employer.dashboard.quickTitle")}</h2>
        <div className="mt-4 flex flex-col gap-3 sm:flex-row sm:flex-wrap">
          <ButtonLink href="/employeur/postes/nouveau">{t("employer.dashboard.newVacancy")}</ButtonLink>
          <ButtonLink href="/employeur/postes/import" variant="secondary">{t("employer.dashboard.import")}</ButtonLink>
          <ButtonLink href="/employeur/postes" variant="secondary">{t("employer.dashboard.allVacancies")}</ButtonLink>
          <ButtonLink href="/employeur/organisation/equipe" variant="secondary">{t("employer.dashboard.team")}</ButtonLink>
          <ButtonLink href="/employeur/organisation" variant="secondary">{t("employer.dashboard.profile")}</ButtonLink>
        </div>
      </section>
    </Container>
  );
}
