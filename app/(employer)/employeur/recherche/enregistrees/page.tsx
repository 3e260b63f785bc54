import Link from "next/link";
import { Container } from "@/components/layout/container";
import { ButtonLink } from "@/components/ui/button-link";
import { SavedSearchList } from "@/components/recruiting/saved-search-list";
import { describeSearch } from "@/components/recruiting/search-summary";
import { getLocale, getT } from "@/lib/i18n/server";
import { requirePageRole } from "@/lib/server/page-auth";
import { listSavedSearches } from "@/lib/server/dal/saved-searches";

export async function generateMetadata() {
  const t = await getT();
  return { title: t("recruiting.saved.title") };
}

export default async function SavedSearchesPage() {
  const actor = await requirePageRole("EMPLOYER");
  const [t, locale, rows] = await Promise.all([getT(), getLocale(), listSavedSearches(actor)]);
  const items = rows.map((r) => ({ id: r.id, name: r.name, query: r.query, summary: describeSearch(r.filters, t, locale), alertsEnabled: r.alertsEnabled, version: r.version, createdAt: r.createdAt, createdBy: r.createdBy, unseen: r.unseen }));
  return (
    <Container className="flex max-w-4xl flex-col gap-6 py-8">
      <p>
        <Link href="/employeur/recherche">← {t("recruiting.search.title")}</Link>
      </p>
      <div className="flex flex-col gap-4 sm:flex-row sm:items-end sm:justify-between">
        <div>
          <h1 className="text-3xl font-bold">{t("recruiting.saved.title")}</h1>
          <p className="mt-2 text-ink-muted">{t("recruiting.saved.intro")}</p>
        </div>
        <ButtonLink href="/employeur/recherche" variant="secondary" className="whitespace-nowrap">{t("recruiting.saved.newSearch")}</ButtonLink>
      </div>
      <SavedSearchList items={items} />
    </Container>
  );
}
