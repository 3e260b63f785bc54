import type { Metadata } from "next";
import Link from "next/link";
import { Container } from "@/components/layout/container";
import { getT } from "@/lib/i18n/server";
import { requirePageRole } from "@/lib/server/page-auth";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT();
  return { title: t("admin.home.title"), robots: { index: false } };
}

/** The administrators' home: what only they do, and the advisor tools they also have. */
export default async function AdminHomePage() {
  await requirePageRole("ADMIN");
  const t = await getT();
  const links = [
    { href: "/admin/incidents", title: t("admin.incidents.title"), body: t("admin.home.incidents") },
    { href: "/admin/comptes", title: t("admin.home.accountsTitle"), body: t("admin.home.accounts") },
    { href: "/conseiller/revisions", title: t("privacy.review.queueTitle"), body: t("admin.home.reviews") },
    { href: "/conseiller/verifications", title: t("admin.home.verificationsTitle"), body: t("admin.home.verifications") },
    { href: "/confidentialite", title: t("privacy.title"), body: t("admin.home.notice") },
  ];
  return (
    <Container className="flex flex-col gap-6 py-8">
      <h1 className="text-3xl font-bold">{t("admin.home.title")}</h1>
      <p className="max-w-3xl text-ink-muted">{t("admin.home.intro")}</p>
      <ul className="grid gap-4 sm:grid-cols-2">
        {links.map((l) => (
          <li key={l.href} className="rounded-lg border border-line p-4">
            <h2 className="text-xl font-semibold"><Link href={l.href}>{l.title}</Link></h2>
            <p className="mt-1 text-ink-muted">{l.body}</p>
          </li>
        ))}
      </ul>
    </Container>
  );
}
