import Link from "next/link";
import { getT } from "@/lib/i18n/server";
import { cn } from "@/components/ui/cn";

const LINKS = [
  { href: "/conseiller/accompagnement", key: "integration.nav.queue", id: "queue" },
  { href: "/conseiller/accompagnement/partenaires", key: "integration.nav.partners", id: "partners" },
  { href: "/conseiller/accompagnement/entreprises", key: "integration.nav.businesses", id: "businesses" },
] as const;

/** The three rooms of Accompagnement Québec for advisors: requests, partner organisations, services to businesses. */
export async function AccompanimentNav({ current }: { current: (typeof LINKS)[number]["id"] }) {
  const t = await getT();
  return (
    <nav aria-label={t("integration.nav.sectionLabel")} className="border-b border-line">
      <ul className="flex flex-wrap gap-x-6 gap-y-1">
        {LINKS.map((l) => (
          <li key={l.id}>
            <Link
              href={l.href}
              aria-current={l.id === current ? "page" : undefined}
              className={cn("inline-block border-b-4 py-2 no-underline", l.id === current ? "border-brand-600 font-bold text-ink" : "border-transparent text-brand-600 hover:border-line-strong")}
            >
              {t(l.key)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
