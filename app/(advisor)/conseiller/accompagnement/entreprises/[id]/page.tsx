import Link from "next/link";
import { notFound } from "next/navigation";
import { Container } from "@/components/layout/container";
import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/card";
import { BusinessServiceForm } from "@/components/integration/business-service-form";
import { BusinessServiceHistory } from "@/components/integration/business-service-history";
import { getT } from "@/lib/i18n/server";
import { requirePageRole } from "@/lib/server/page-auth";
import { getEmployerServices } from "@/lib/server/dal/business-services";
import { NotFoundError } from "@/lib/server/errors";
import { quebecDateOf } from "@/lib/domain/integration/working-days";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata() {
  const t = await getT();
  return { title: t("integration.businesses.title"), robots: { index: false } };
}

export default async function BusinessPage({ params }: Props) {
  const actor = await requirePageRole("ADVISOR", "ADMIN");
  const { id } = await params;
  const t = await getT();
  const data = await getEmployerServices(actor, id).catch((e: unknown) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  return (
    <Container className="flex flex-col gap-6 py-8">
      <p>
        <Link href="/conseiller/accompagnement/entreprises">← {t("integration.businesses.back")}</Link>
      </p>
      <header>
        <h1 className="text-3xl font-bold">{data.employer.legalName}</h1>
        <p className="text-ink-muted">
          {data.employer.municipalityName} ({data.employer.regionCode})
        </p>
      </header>
      <section aria-labelledby="history-title" className="flex flex-col gap-3">
        <h2 id="history-title" className="text-2xl font-bold">
          {t("integration.businesses.history")}
        </h2>
        <BusinessServiceHistory services={data.services} captionKey="integration.businesses.history" emptyKey="integration.businesses.noHistory" />
      </section>
      <Card as="section" aria-labelledby="record-title">
        <CardHeader>
          <CardTitle>
            <span id="record-title">{t("integration.businesses.record")}</span>
          </CardTitle>
        </CardHeader>
        <CardBody>
          <BusinessServiceForm employerId={data.employer.id} today={quebecDateOf(new Date())} />
        </CardBody>
      </Card>
    </Container>
  );
}
