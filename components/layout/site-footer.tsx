import Link from "next/link";
import { getT } from "@/lib/i18n/server";
import { Container } from "./container";

export async function SiteFooter() {
  const t = await getT();
  const links = [
    { href: "/confidentialite", label: t("common.footer.privacy") },
    { href: "/fonctionnement", label: t("common.footer.howRankingWorks") },
  ];
  return (
    <footer className="on-dark mt-16 bg-brand-800 text-white">
      <Container className="flex flex-col gap-6 py-8 md:flex-row md:items-start md:justify-between">
        <div className="max-w-xl">
          <p className="font-heading text-lg font-bold">{t("common.appName")}</p>
          <p className="mt-1 text-sm text-white/90">{t("common.footer.about")}</p>
        </div>
        <nav aria-label={t("common.footer.label")}>
          <ul className="flex flex-col gap-2 md:items-end">
            {links.map((l) => (
              <li key={l.href}>
                <Link href={l.href} className="text-white underline underline-offset-4 hover:text-white hover:decoration-2">
                  {l.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </Container>
    </footer>
  );
}
