import Link from "next/link";
import { Container } from "@/components/layout/container";
import { EventForm } from "@/components/events/event-form";
import { getLocale, getT } from "@/lib/i18n/server";
import { countryOptions } from "@/lib/domain/candidate/countries";
import { requirePageRole } from "@/lib/server/page-auth";
import { orNotFound } from "@/lib/server/not-found";
import { getEventForAdvisor } from "@/lib/server/dal/events";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata() {
  const t = await getT();
  return { title: t("events.form.editTitle") };
}

export default async function EditEventPage({ params }: Props) {
  const actor = await requirePageRole("ADVISOR", "ADMIN");
  const { id } = await params;
  const [t, { event: e }] = await Promise.all([getT(), orNotFound(getEventForAdvisor(actor, id))]);
  return (
    <Container className="flex max-w-5xl flex-col gap-6 py-8">
      <p>
        <Link href={`/conseiller/evenements/${id}`}>{t("events.advisor.backToEvent")}</Link>
      </p>
      <h1 className="text-3xl font-bold">{t("events.form.editTitle")}</h1>
      <EventForm
        mode="edit"
        countries={countryOptions(await getLocale())}
        initial={{
          id: e.id, version: e.version, nameFr: e.nameFr, nameEn: e.nameEn, descriptionFr: e.descriptionFr, descriptionEn: e.descriptionEn, format: e.format,
          city: e.city ?? "", countryCode: e.countryCode ?? "", timeZone: e.timeZone, startDate: e.startDate, endDate: e.endDate, deadlineDate: e.deadlineDate,
          deadlineTime: e.deadlineTime, sectorCodes: e.sectorCodes as never, regionCodes: e.regionCodes as never,
        }}
      />
    </Container>
  );
}
