import type { Metadata } from "next";
import Link from "next/link";
import { Container } from "@/components/layout/container";
import { ButtonLink } from "@/components/ui/button-link";
import { Card, CardBody, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { formatPercent } from "@/lib/i18n/format";
import { getLocale, getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT();
  return { title: t("home.meta.title") };
}

// Share of Québec's immigrants living in the Montréal Metropolitan Community (glossary: "about 84%").
const CMM_SHARE = 0.84;

const AUDIENCES = [
  { key: "candidates", href: "/inscription/candidat" },
  { key: "employers", href: "/inscription/employeur" },
  { key: "advisors", href: "/connexion" },
] as const;

const STEPS = ["step1", "step2", "step3"] as const;

export default async function HomePage() {
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  const percent = formatPercent(locale, CMM_SHARE);

  return (
    <>
      <section aria-labelledby="home-title" className="border-b border-brand-100 bg-brand-50">
        <Container className="py-12 sm:py-16">
          <p className="font-semibold text-brand-600">{t("home.hero.eyebrow")}</p>
          <h1 id="home-title" className="mt-2 max-w-3xl text-3xl font-bold sm:text-5xl">
            {t("home.hero.title")}
          </h1>
          <p className="mt-4 max-w-2xl text-lg sm:text-xl">{t("home.hero.lead")}</p>
          <div className="mt-8 flex flex-col gap-3 sm:flex-row sm:flex-wrap">
            <ButtonLink href="/inscription/candidat" size="lg">
              {t("home.hero.ctaCandidate")}
            </ButtonLink>
            <ButtonLink href="/inscription/employeur" size="lg" variant="secondary">
              {t("home.hero.ctaEmployer")}
            </ButtonLink>
          </div>
          <p className="mt-6">
            <Link href="/emplois" className="font-semibold underline underline-offset-4">
              {t("home.hero.ctaJobs")}
            </Link>
          </p>
        </Container>
      </section>

      <section aria-labelledby="home-why">
        <Container className="grid gap-8 py-12 md:grid-cols-[minmax(0,1fr)_minmax(0,2fr)] md:items-center">
          <div>
            <h2 id="home-why" className="text-lg font-semibold text-ink-muted">
              {t("home.stat.title")}
            </h2>
            <p className="mt-1 font-heading text-6xl font-bold text-brand-600 sm:text-7xl" aria-hidden="true">
              {percent}
            </p>
          </div>
          <div className="flex flex-col gap-3 text-lg">
            <p className="font-semibold text-brand-800">{t("home.stat.figureLabel", { percent })}</p>
            <p>{t("home.stat.body")}</p>
          </div>
        </Container>
      </section>

      <section aria-labelledby="home-audiences" className="bg-surface">
        <Container className="py-12">
          <h2 id="home-audiences" className="text-2xl font-bold sm:text-3xl">
            {t("home.audiences.title")}
          </h2>
          <ul className="mt-6 grid gap-6 md:grid-cols-3">
            {AUDIENCES.map(({ key, href }) => (
              <Card as="li" key={key}>
                <CardHeader>
                  <CardTitle level={3}>{t(`home.audiences.${key}.title`)}</CardTitle>
                  <CardDescription>{t(`home.audiences.${key}.audience`)}</CardDescription>
                </CardHeader>
                <CardBody>
                  <ul className="flex list-disc flex-col gap-2 ps-5">
                    {(["p1", "p2", "p3"] as const).map((p) => (
                      <li key={p}>{t(`home.audiences.${key}.${p}`)}</li>
                    ))}
                  </ul>
                </CardBody>
                <CardFooter>
                  <ButtonLink href={href} variant={key === "advisors" ? "secondary" : "primary"} fullWidth>
                    {t(`home.audiences.${key}.cta`)}
                  </ButtonLink>
                </CardFooter>
              </Card>
            ))}
          </ul>
        </Container>
      </section>

      <section aria-labelledby="home-how">
        <Container className="py-12">
          <h2 id="home-how" className="text-2xl font-bold sm:text-3xl">
            {t("home.how.title")}
          </h2>
          <p className="mt-2 max-w-3xl text-lg">{t("home.how.lead")}</p>
          <ol className="mt-8 grid gap-6 md:grid-cols-3">
            {STEPS.map((step, i) => (
              <li key={step} className="flex gap-4">
                <span aria-hidden="true" className="flex size-10 shrink-0 items-center justify-center rounded-full bg-brand-600 font-bold text-white">
                  {i + 1}
                </span>
                <div>
                  <h3 className="text-lg font-bold">{t(`home.how.${step}.title`)}</h3>
                  <p className="mt-1">{t(`home.how.${step}.body`)}</p>
                </div>
              </li>
            ))}
          </ol>
          <p className="mt-8">
            <Link href="/fonctionnement" className="font-semibold underline underline-offset-4">
              {t("home.how.more")}
            </Link>
          </p>
        </Container>
      </section>

      <section aria-labelledby="home-privacy">
        <Container>
          <div className="rounded-lg border border-line bg-white p-6">
            <h2 id="home-privacy" className="text-xl font-bold">
              {t("home.privacy.title")}
            </h2>
            <p className="mt-2 max-w-3xl">{t("home.privacy.body")}</p>
            <p className="mt-3">
              <Link href="/confidentialite" className="font-semibold underline underline-offset-4">
                {t("home.privacy.link")}
              </Link>
            </p>
          </div>
        </Container>
      </section>
    </>
  );
}
