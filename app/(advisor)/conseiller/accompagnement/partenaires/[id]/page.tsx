import Link from "next/link";
import { notFound } from "next/navigation";
import { Container } from "@/components/layout/container";
import { Alert } from "@/components/ui/alert";
import { PartnerForm } from "@/components/integration/partner-form";
import { getLocale, getT } from "@/lib/i18n/server";
import { requirePageRole } from "@/lib/server/page-auth";
import { getPartner } from "@/lib/server/dal/partners";
import { getAdvisorScope } from "@/lib/server/dal/handovers";
import { listRegions } from "@/lib/server/dal/municipalities";
import { NotFoundError } from "@/lib/server/errors";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata() {
  const t = await getT();
  return { title: t("integration.partners.title"), robots: { index: false } };
}

export default async function PartnerEditPage({ params }: Props) {
  const actor = await requirePageRole("ADVISOR", "ADMIN");
  const { id } = await params;
  const [t, locale, scope, regions] = await Promise.all([getT(), getLocale(), getAdvisorScope(actor), listRegions(null)]);
  const p = await getPartner(actor, id).catch((e: unknown) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  const mine = regions.filter((r) => scope.regions === null || scope.regions.includes(r.code)).map((r) => ({ code: r.code, name: locale === "en" ? r.nameEn : r.nameFr }));
  return (
    <Container className="flex max-w-3xl flex-col gap-6 py-8">
      <p>
        <Link href="/conseiller/accompagnement/partenaires">← {t("integration.partners.back")}</Link>
      </p>
      <h1 className="text-3xl font-bold">{t("integration.partners.editTitle", { name: p.name })}</h1>
      {p.isDemo && <Alert variant="warning" live="off">{t("integration.partners.exampleNote")}</Alert>}
      <PartnerForm
        regions={mine}
        afterSave="back"
        initial={{ partnerId: p.id, version: p.version, regionCode: p.regionCode, name: p.name, kind: p.kind, municipalityName: p.municipalityName ?? "", website: p.website ?? "", email: p.email ?? "", phone: p.phone ?? "", description: p.description ?? "", active: p.active }}
      />
    </Container>
  );
}
