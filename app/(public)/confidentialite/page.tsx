import type { Metadata } from "next";
import Link from "next/link";
import { Container } from "@/components/layout/container";
import { getT } from "@/lib/i18n/server";
import { env } from "@/lib/env";
import { FACTOR_ORDER } from "@/lib/domain/matching";
import { CONSENT_PURPOSES } from "@/lib/domain/candidate/consent";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT();
  return { title: t("privacy.metaTitle"), description: t("privacy.intro") };
}

// Read at request time: the retention period, session limits and contact come from the environment.
export const dynamic = "force-dynamic";

const SECTIONS = ["officer", "collect", "consents", "automated", "rights", "retention", "protection", "cookies"] as const;

/** The privacy notice (Loi 25): purposes, consents, automated decisions, rights, retention, person in charge. */
export default async function PrivacyNoticePage() {
  const t = await getT();
  const e = env();
  const h2 = "text-2xl font-bold";
  const section = "flex scroll-mt-4 flex-col gap-3";
  return (
    <>
      <section className="border-b border-brand-100 bg-brand-50">
        <Container className="py-8">
          <h1 className="text-3xl font-bold sm:text-4xl">{t("privacy.title")}</h1>
          <p className="mt-2 max-w-3xl text-lg">{t("privacy.intro")}</p>
          <p className="mt-2 text-sm text-ink-muted">{t("privacy.updated")}</p>
        </Container>
      </section>
      <Container className="flex max-w-3xl flex-col gap-10 py-8">
        <nav aria-labelledby="toc">
          <h2 id="toc" className="text-lg font-bold">{t("privacy.toc")}</h2>
          <ul className="mt-2 flex flex-col gap-1 ps-5 list-disc">
            {SECTIONS.map((s) => (
              <li key={s}><a href={`#${s}`}>{t(`privacy.${s}.title`)}</a></li>
            ))}
          </ul>
        </nav>

        <section id="officer" aria-labelledby="officer-h" className={section}>
          <h2 id="officer-h" className={h2}>{t("privacy.officer.title")}</h2>
          <p>{t("privacy.officer.body")}</p>
          <p>
            {t("privacy.officer.contact")}{" "}
            <a href={`mailto:${e.PRIVACY_OFFICER_EMAIL}`} data-testid="privacy-officer-email">{e.PRIVACY_OFFICER_EMAIL}</a>
          </p>
          <p>{t("privacy.officer.delay")}</p>
        </section>

        <section id="collect" aria-labelledby="collect-h" className={section}>
          <h2 id="collect-h" className={h2}>{t("privacy.collect.title")}</h2>
          <p>{t("privacy.collect.intro")}</p>
          <ul className="flex list-disc flex-col gap-2 ps-5">
            {(["account", "profile", "identity", "employer", "security"] as const).map((k) => <li key={k}>{t(`privacy.collect.${k}`)}</li>)}
          </ul>
          <p>{t("privacy.collect.never")}</p>
        </section>

        <section id="consents" aria-labelledby="consents-h" className={section}>
          <h2 id="consents-h" className={h2}>{t("privacy.consents.title")}</h2>
          <p>{t("privacy.consents.intro")}</p>
          <ul className="flex list-disc flex-col gap-2 ps-5">
            {CONSENT_PURPOSES.map((p) => <li key={p}>{t(`privacy.consents.${p}`)}</li>)}
          </ul>
          <p><Link href="/candidat/profil">{t("privacy.consents.link")}</Link></p>
        </section>

        <section id="automated" aria-labelledby="automated-h" className={section}>
          <h2 id="automated-h" className={h2}>{t("privacy.automated.title")}</h2>
          <p>{t("privacy.automated.body")}</p>
          <ul className="flex list-disc flex-col gap-1 ps-5" data-testid="privacy-factors">
            {FACTOR_ORDER.map((f) => <li key={f}>{t(`matching.factors.${f}`)}</li>)}
          </ul>
          <p>{t("privacy.automated.never")}</p>
          <p><Link href="/fonctionnement">{t("privacy.automated.how")}</Link></p>
          <p>{t("privacy.automated.review")}</p>
        </section>

        <section id="rights" aria-labelledby="rights-h" className={section}>
          <h2 id="rights-h" className={h2}>{t("privacy.rights.title")}</h2>
          <ul className="flex list-disc flex-col gap-2 ps-5">
            {(["access", "rectification", "portability", "deletion", "withdrawal"] as const).map((k) => <li key={k}>{t(`privacy.rights.${k}`)}</li>)}
          </ul>
          <p>{t("privacy.rights.how")}</p>
          <p><Link href="/candidat/compte">{t("privacy.rights.accountLink")}</Link></p>
          <p>{t("privacy.rights.complaint")}</p>
        </section>

        <section id="retention" aria-labelledby="retention-h" className={section}>
          <h2 id="retention-h" className={h2}>{t("privacy.retention.title")}</h2>
          <ul className="flex list-disc flex-col gap-2 ps-5">
            <li data-testid="retention-profile">{t("privacy.retention.profile", { months: e.RETENTION_INACTIVE_MONTHS })}</li>
            <li>{t("privacy.retention.account")}</li>
            <li>{t("privacy.retention.sessions", { hours: e.SESSION_MAX_AGE_HOURS, idle: e.SESSION_IDLE_MINUTES })}</li>
            <li>{t("privacy.retention.security")}</li>
            <li>{t("privacy.retention.incidents")}</li>
          </ul>
        </section>

        <section id="protection" aria-labelledby="protection-h" className={section}>
          <h2 id="protection-h" className={h2}>{t("privacy.protection.title")}</h2>
          <p>{t("privacy.protection.body")}</p>
          <p>{t("privacy.protection.incidents")}</p>
        </section>

        <section id="cookies" aria-labelledby="cookies-h" className={section}>
          <h2 id="cookies-h" className={h2}>{t("privacy.cookies.title")}</h2>
          <p>{t("privacy.cookies.body")}</p>
        </section>
      </Container>
    </>
  );
}
