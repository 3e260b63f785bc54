import type { Metadata } from "next";
import { StatusPage } from "@/components/layout/status-page";
import { ButtonLink } from "@/components/ui/button-link";
import { getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT();
  return { title: t("errors.notFoundPage.title") };
}

export default async function NotFound() {
  const t = await getT();
  return (
    <StatusPage
      code={t("errors.notFoundPage.code")}
      title={t("errors.notFoundPage.title")}
      actions={
        <>
          <ButtonLink href="/">{t("errors.notFoundPage.home")}</ButtonLink>
          <ButtonLink href="/emplois" variant="secondary">
            {t("errors.notFoundPage.jobs")}
          </ButtonLink>
        </>
      }
    >
      <p>{t("errors.notFoundPage.body")}</p>
    </StatusPage>
  );
}
