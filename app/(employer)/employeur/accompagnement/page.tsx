import { Container } from "@/components/layout/container";
import { Alert } from "@/components/ui/alert";
import { BusinessServiceHistory } from "@/components/integration/business-service-history";
import { getT } from "@/lib/i18n/server";
import { requirePageRole } from "@/lib/server/page-auth";
import { listMyOrganisationServices } from "@/lib/server/dal/business-services";
import { ForbiddenError } from "@/lib/server/errors";

export async function generateMetadata() {
  const t = await getT();
  return { title: t("integration.employer.title"), robots: { index: false } };
}

/** The organisation's history of services from the ministry's advisors (its owners only). */
export default async function EmployerAccompanimentPage() {
  const actor = await requirePageRole("EMPLOYER");
  const t = await getT();
  const services = await listMyOrganisationServices(actor).catch((e: unknown) => {
    if (e instanceof ForbiddenError) return null;
    throw e;
  });
  return (
    <Container className="flex flex-col gap-6 py-8">
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold">{t("integration.employer.title")}</h1>
        <p className="max-w-3xl text-ink-muted">{t("integration.employer.intro")}</p>
      </div>
      {services === null ? (
        <Alert variant="info" live="off">
          {t("integration.employer.ownerOnly")}
        </Alert>
      ) : (
        <BusinessServiceHistory services={services} captionKey="integration.employer.caption" emptyKey="integration.employer.empty" />
      )}
    </Container>
  );
}
