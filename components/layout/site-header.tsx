import Link from "next/link";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { getT } from "@/lib/i18n/server";
import type { SessionUser } from "@/lib/server/auth";
import { Container } from "./container";
import { LanguageSwitch } from "./language-switch";
import { LogoMark } from "./logo";
import { MainNav } from "./main-nav";
import { navItemsFor } from "./nav-links";

/** The header of every page: the service's name, the language switch, the navigation for the person's role. */
export async function SiteHeader({ user }: { user: SessionUser | null }) {
  const t = await getT();
  const items = navItemsFor(user?.role).map((i) => ({ href: i.href, label: t(i.labelKey) }));
  const account = user ? (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
      <p className="text-sm text-ink-muted">
        {t("common.account.signedInAs", { name: user.name })}
        <span className="sr-only"> ({t(`common.account.roles.${user.role}`)})</span>
      </p>
      <SignOutButton />
    </div>
  ) : null;

  return (
    <header>
      <div className="on-dark bg-brand-800 text-white">
        <Container className="flex min-h-16 items-center justify-between gap-4 py-2">
          <Link href="/" aria-label={t("common.homeLink")} className="flex items-center gap-3 text-white no-underline hover:text-white">
            <LogoMark className="size-10 shrink-0" />
            <span className="flex flex-col leading-tight">
              <span className="font-heading text-lg font-bold sm:text-xl">{t("common.appName")}</span>
              <span className="hidden text-sm text-white/90 sm:block">{t("common.tagline")}</span>
            </span>
          </Link>
          <LanguageSwitch />
        </Container>
      </div>
      <div className="border-b border-line bg-white shadow-sm">
        <Container className="flex items-center">
          <MainNav items={items} label={t("common.nav.label")} menuLabel={t("common.nav.menu")} account={account} />
        </Container>
      </div>
    </header>
  );
}
