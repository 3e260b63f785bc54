import { Container } from "@/components/layout/container";
import { ThreadList } from "@/components/recruiting/thread-list";
import { getLocale, getT } from "@/lib/i18n/server";
import { requirePageRole } from "@/lib/server/page-auth";
import { listMyThreads } from "@/lib/server/dal/messages";

export async function generateMetadata() {
  const t = await getT();
  return { title: t("recruiting.messages.title") };
}

export default async function MessagesPage() {
  const actor = await requirePageRole("EMPLOYER");
  const [t, locale, threads] = await Promise.all([getT(), getLocale(), listMyThreads(actor)]);
  return (
    <Container className="flex max-w-3xl flex-col gap-6 py-8">
      <div>
        <h1 className="text-3xl font-bold">{t("recruiting.messages.title")}</h1>
        <p className="mt-2 text-ink-muted">{t("recruiting.messages.intro")}</p>
      </div>
      <ThreadList threads={threads} basePath="/employeur/messages" t={t} locale={locale} />
    </Container>
  );
}
