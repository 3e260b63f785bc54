import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { SkipLink } from "@/components/layout/skip-link";
import { ToastProvider } from "@/components/ui/toast";
import { I18nProvider } from "@/lib/i18n/client";
import { getLocale, getT } from "@/lib/i18n/server";
import { getSession } from "@/lib/server/auth";
import { logger } from "@/lib/server/logger";
import { unstable_rethrow } from "next/navigation";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT();
  return {
    title: { default: t("common.appName"), template: `%s · ${t("common.appName")}` },
    description: t("common.metaDescription"),
    icons: { icon: "/favicon.svg" },
  };
}

export const viewport: Viewport = { themeColor: "#223654" };

export default async function RootLayout({ children }: { children: ReactNode }) {
  // The shell still renders when the session cannot be read (database down): the header then shows the
  // signed-out links, and pages that need the session fail on their own, inside this layout, with a translated error.
  const [locale, t, user] = await Promise.all([
    getLocale(),
    getT(),
    getSession().catch((err: unknown) => {
      unstable_rethrow(err); // Next's own signals (dynamic rendering, redirects) are not failures
      logger.error({ err }, "layout: session unavailable");
      return null;
    }),
  ]);
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col bg-white text-ink antialiased">
        <SkipLink label={t("common.skipToContent")} />
        <I18nProvider locale={locale}>
          <ToastProvider>
            <SiteHeader user={user} />
            <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
              {children}
            </main>
            <SiteFooter />
          </ToastProvider>
        </I18nProvider>
      </body>
    </html>
  );
}
