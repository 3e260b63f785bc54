import type { Metadata } from "next";
import Link from "next/link";
import { Container } from "@/components/layout/container";
import { IncidentForm } from "@/components/admin/incident-form";
import { getT } from "@/lib/i18n/server";
import { requirePageRole } from "@/lib/server/page-auth";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT();
  return { title: t("admin.incidents.new"), robots: { index: false } };
}

export default async function NewIncidentPage() {
  await requirePageRole("ADMIN");
  const t = await getT();
  return (
    <Container className="flex max-w-3xl flex-col gap-6 py-8">
      <p><Link href="/admin/incidents">{t("admin.incidents.back")}</Link></p>
      <h1 className="text-3xl font-bold">{t("admin.incidents.new")}</h1>
      <p className="text-ink-muted">{t("admin.incidents.formIntro")}</p>
      <IncidentForm />
    </Container>
  );
}
