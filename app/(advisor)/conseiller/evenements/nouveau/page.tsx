import Link from "next/link";
import { Container } from "@/components/layout/container";
import { EventForm } from "@/components/events/event-form";
import { getLocale, getT } from "@/lib/i18n/server";
import { countryOptions } from "@/lib/domain/candidate/countries";
import { requirePageRole } from "@/lib/server/page-auth";

export async function generateMetadata() {
  const t = await getT();
  return { title: t("events.form.newTitle") };
}

export default async function NewEventPage() {
  await requirePageRole("ADVISOR", "ADMIN");
  const t = await getT();
  return (
    <Container className="flex max-w-5xl flex-col gap-6 py-8">
      <p>
        <Link href="/conseiller/evenements">{t("events.advisor.back")}</Link>
      </p>
      <h1 className="text-3xl font-bold">{t("events.form.newTitle")}</h1>
      <EventForm
        mode="create"
        countries={countryOptions(await getLocale())}
        initial={{ nameFr: "", nameEn: "", descriptionFr: "", descriptionEn: "", format: "IN_PERSON", city: "", countryCode: "", timeZone: "Europe/Paris", startDate: "", endDate: "", deadlineDate: "", deadlineTime: "23:59", sectorCodes: [], regionCodes: [] }}
      />
    </Container>
  );
}
