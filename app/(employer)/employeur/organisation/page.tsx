import Link from "next/link";
import { Container } from "@/components/layout/container";
import { Alert } from "@/components/ui/alert";
import { OrganisationForm } from "@/components/employer/organisation-form";
import { VerifiedMark } from "@/components/employer/verified-mark";
import { getLocale, getT } from "@/lib/i18n/server";
import { formatDate } from "@/lib/i18n/format";
import { requirePageRole } from "@/lib/server/page-auth";
import { getMyOrganisation } from "@/lib/server/dal/employers";

export async function generateMetadata() {
  const t = await getT();
  return { title: t("employer.organisation.title") };
}

export default async function OrganisationPage() {
  const actor = await requirePageRole("EMPLOYER");
  const [t, locale, org] = await Promise.all([getT(), getLocale(), getMyOrganisation(actor)]);
  const m = org.municipality;
  return (
    <Container className="flex max-w-3xl flex-col gap-6 py-8">
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold">{t("employer.organisation.title")}</h1>
        <p className="text-ink-muted">{t("employer.organisation.intro")}</p>
        <p>
          <Link href="/employeur/organisation/equipe">{t("employer.organisation.teamLink")}</Link>
        </p>
        {org.memberRole === "OWNER" && (
          <p>
            <Link href="/employeur/accompagnement">{t("integration.employer.link")}</Link>
          </p>
        )}
      </div>
      <section aria-labelledby="verification" className="flex flex-col gap-2">
        <h2 id="verification" className="text-xl font-bold">{t("employer.organisation.verificationTitle")}</h2>
        {org.verificationStatus === "VERIFIED" ? (
          <p className="flex flex-wrap items-center gap-3">
            <VerifiedMark t={t} />
            {org.verifiedAt && <span className="text-ink-muted">{t("employer.organisation.verifiedOn", { date: formatDate(locale, org.verifiedAt) })}</span>}
          </p>
        ) : org.verificationStatus === "REJECTED" ? (
          <Alert variant="warning" live="off" title={t("employer.dashboard.rejectedTitle")}>
            <p>{t("employer.dashboard.rejectedBody", { reason: org.rejectionReason ?? "" })}</p>
            <p>{t("employer.dashboard.rejectedAction")}</p>
          </Alert>
        ) : (
          <Alert variant="info" live="off" title={t("employer.dashboard.pendingTitle")}>
            {t("employer.dashboard.pendingBody")}
          </Alert>
        )}
      </section>
      <OrganisationForm
        initial={{ legalName: org.legalName, neq: org.neq ?? "", sectorCode: org.sectorCode ?? "", size: org.size ?? "", website: org.website ?? "", description: org.description ?? "", version: org.version }}
        municipality={m && org.municipalityCode ? { code: org.municipalityCode, name: m.name, regionCode: m.regionCode, regionNameFr: m.region.nameFr, regionNameEn: m.region.nameEn, mrcName: null, inCmm: m.inCmm } : null}
        canEdit={org.memberRole === "OWNER"}
        verified={org.verificationStatus === "VERIFIED"}
      />
    </Container>
  );
}
