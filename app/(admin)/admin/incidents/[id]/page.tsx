import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Container } from "@/components/layout/container";
import { IncidentForm } from "@/components/admin/incident-form";
import { getT } from "@/lib/i18n/server";
import { requirePageRole } from "@/lib/server/page-auth";
import { getIncident } from "@/lib/server/dal/incidents";
import { NotFoundError } from "@/lib/server/errors";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT();
  return { title: t("admin.incidents.edit"), robots: { index: false } };
}

export default async function EditIncidentPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageRole("ADMIN");
  const { id } = await params;
  const incident = await getIncident(actor, id).catch((e) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  const t = await getT();
  const { id: _id, version, createdAt: _c, updatedAt: _u, ...values } = incident;
  return (
    <Container className="flex max-w-3xl flex-col gap-6 py-8">
      <p><Link href="/admin/incidents">{t("admin.incidents.back")}</Link></p>
      <h1 className="text-3xl font-bold">{t("admin.incidents.edit")}</h1>
      <IncidentForm existing={{ id, version, values: { ...values, occurredTo: values.occurredTo ?? "", commissionNotifiedOn: values.commissionNotifiedOn ?? "", personsNotifiedOn: values.personsNotifiedOn ?? "", publicNoticeReason: values.publicNoticeReason ?? "" } }} />
    </Container>
  );
}
