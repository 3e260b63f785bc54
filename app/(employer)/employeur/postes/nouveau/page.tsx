import Link from "next/link";
import { Container } from "@/components/layout/container";
import { VacancyForm } from "@/components/employer/vacancy-form";
import { emptyVacancyFormValues } from "@/components/employer/vacancy-form-values";
import { getT } from "@/lib/i18n/server";
import { env } from "@/lib/env";
import { requirePageRole } from "@/lib/server/page-auth";
import { getMyOrganisation } from "@/lib/server/dal/employers";
import { getLanguageLevels } from "@/lib/server/reference-files";

export async function generateMetadata() {
  const t = await getT();
  return { title: t("vacancy.form.newTitle") };
}

export default async function NewVacancyPage() {
  const actor = await requirePageRole("EMPLOYER");
  const [t, org, levels] = await Promise.all([getT(), getMyOrganisation(actor), getLanguageLevels()]);
  return (
    <Container className="flex max-w-3xl flex-col gap-6 py-8">
      <p>
        <Link href="/employeur/postes">{t("vacancy.detail.back")}</Link>
      </p>
      <h1 className="text-3xl font-bold">{t("vacancy.form.newTitle")}</h1>
      <VacancyForm
        mode="create"
        initial={emptyVacancyFormValues()}
        municipality={null}
        occupation={null}
        minHourlyWageCents={env().MIN_HOURLY_WAGE_CENTS}
        languageLevels={levels}
        canPublish={org.verificationStatus === "VERIFIED"}
      />
    </Container>
  );
}
