import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { Container } from "@/components/layout/container";
import { ButtonLink } from "@/components/ui/button-link";
import { VerifiedMark } from "@/components/employer/verified-mark";
import { wageText } from "@/components/employer/job-card";
import { getLocale, getT } from "@/lib/i18n/server";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { getPublicVacancy } from "@/lib/server/dal/vacancies";
import { jobPostingJsonLd, serializeJsonLd } from "@/lib/domain/vacancy/json-ld";
import { env } from "@/lib/env";

type Props = { params: Promise<{ id: string }> };

const load = async (id: string) => (/^[a-z0-9]{1,64}$/i.test(id) ? getPublicVacancy(id) : null);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const [t, v] = await Promise.all([getT(), load(id)]);
  if (!v) return { title: t("jobs.detail.notFoundTitle"), robots: { index: false } };
  return { title: `${v.title} · ${v.municipalityName}`, description: v.description.slice(0, 160) };
}

async function origin() {
  const configured = env().NEXTAUTH_URL;
  if (configured) return configured.replace(/\/+$/, "");
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost";
  return `${h.get("x-forwarded-proto") ?? "http"}://${host}`;
}

/** A public vacancy page, with schema.org JobPosting JSON-LD for job boards and search engines. */
export default async function JobPage({ params }: Props) {
  const { id } = await params;
  const [t, locale, v] = await Promise.all([getT(), getLocale(), load(id)]);
  if (!v) notFound();
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  const nocTitle = locale === "en" ? v.nocTitleEn : v.nocTitleFr;
  const regionName = locale === "en" ? v.regionNameEn : v.regionNameFr;
  const date = (d: Date) => formatDate(locale, d, { dateStyle: "long", timeZone: "America/Toronto" });
  const wage = wageText(t, locale, v.wageMinCents, v.wageMaxCents);
  const offers = (["offersHousingHelp", "offersRelocation", "offersFrancisation", "offersImmigrationHelp"] as const).filter((k) => v[k]);
  const jsonLd = jobPostingJsonLd({
    id: v.id, url: `${await origin()}/emplois/${v.id}`, title: v.title, description: v.description, datePosted: v.publishedAt, validThrough: v.expiresAt,
    employmentType: v.employmentType, hoursPerWeek: v.hoursPerWeek, positions: v.positions, wageMinCents: v.wageMinCents, wageMaxCents: v.wageMaxCents,
    startDate: v.startDate, nocCode: v.nocCode, nocTitle, municipalityName: v.municipalityName, regionName, employerName: v.employer.name,
    employerWebsite: v.employer.website, requiredSkills: v.requiredSkills, minExperienceYears: v.minExperienceYears,
    educationLabel: v.minEducation ? t(`vacancy.education.${v.minEducation}`) : null, language: locale, frenchLevel: v.minFrenchLevel,
  });
  const facts: [string, string][] = [
    [t("jobs.detail.employmentType"), t(`vacancy.employmentTypes.${v.employmentType}`)],
    [t("jobs.detail.positions"), formatNumber(locale, v.positions)],
    ...(v.hoursPerWeek !== null ? [[t("jobs.detail.hours"), formatNumber(locale, v.hoursPerWeek)] as [string, string]] : []),
    ...(wage ? [[t("jobs.detail.wage"), wage] as [string, string]] : []),
    [t("jobs.detail.start"), v.startDate ? formatDate(locale, v.startDate) : t("jobs.detail.asap")],
    [t("jobs.detail.occupation"), `${v.nocCode} · ${nocTitle}`],
  ];
  const requirements: [string, string][] = [
    [t("jobs.detail.french"), v.minFrenchLevel ? t("jobs.detail.frenchLevel", { level: v.minFrenchLevel }) : t("jobs.detail.notRequired")],
    [t("jobs.detail.english"), v.minEnglishLevel ? t("jobs.detail.englishLevel", { level: v.minEnglishLevel }) : t("jobs.detail.notRequired")],
    [t("jobs.detail.experience"), v.minExperienceYears ? t("jobs.detail.experienceYears", { count: v.minExperienceYears }) : t("jobs.detail.notRequired")],
    [t("jobs.detail.education"), v.minEducation ? t(`vacancy.education.${v.minEducation}`) : t("jobs.detail.notRequired")],
  ];
  const dl = (items: [string, string][]) => (
    <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[minmax(0,1fr)_minmax(0,2fr)]">
      {items.map(([k, val]) => (
        <div key={k} className="contents">
          <dt className="font-semibold">{k}</dt>
          <dd>{val}</dd>
        </div>
      ))}
    </dl>
  );
  return (
    <Container className="flex max-w-4xl flex-col gap-8 py-8">
      <script type="application/ld+json" nonce={nonce} dangerouslySetInnerHTML={{ __html: serializeJsonLd(jsonLd) }} />
      <p>
        <Link href="/emplois">{t("jobs.detail.back")}</Link>
      </p>
      <header className="flex flex-col gap-3">
        <h1 className="text-3xl font-bold sm:text-4xl">{v.title}</h1>
        <p className="flex flex-wrap items-center gap-3 text-lg">
          <span className="font-semibold">{v.employer.name}</span>
          {v.employer.verified && <VerifiedMark t={t} />}
        </p>
        <p className="text-lg">
          {v.municipalityName} · {t("jobs.detail.region", { region: regionName })}
          {v.mrcName ? ` · ${t("jobs.detail.mrc", { mrc: v.mrcName })}` : ""}
        </p>
        {v.publishedAt && v.expiresAt && <p className="text-sm text-ink-muted">{t("jobs.detail.published", { date: date(v.publishedAt), date2: date(v.expiresAt) })}</p>}
      </header>
      <section aria-labelledby="conditions" className="flex flex-col gap-3">
        <h2 id="conditions" className="text-2xl font-bold">{t("jobs.detail.conditions")}</h2>
        {dl(facts)}
      </section>
      <section aria-labelledby="description" className="flex flex-col gap-3">
        <h2 id="description" className="text-2xl font-bold">{t("jobs.detail.description")}</h2>
        <div className="whitespace-pre-line">{v.description}</div>
      </section>
      <section aria-labelledby="requirements" className="flex flex-col gap-3">
        <h2 id="requirements" className="text-2xl font-bold">{t("jobs.detail.requirements")}</h2>
        {dl(requirements)}
        {v.requiredSkills.length > 0 && (
          <div>
            <h3 className="text-lg font-semibold">{t("jobs.detail.requiredSkills")}</h3>
            <ul className="mt-1 flex flex-wrap gap-2">{v.requiredSkills.map((s) => <li key={s} className="rounded border border-line px-2 py-0.5">{s}</li>)}</ul>
          </div>
        )}
        {v.assetSkills.length > 0 && (
          <div>
            <h3 className="text-lg font-semibold">{t("jobs.detail.assetSkills")}</h3>
            <ul className="mt-1 flex flex-wrap gap-2">{v.assetSkills.map((s) => <li key={s} className="rounded border border-line px-2 py-0.5">{s}</li>)}</ul>
          </div>
        )}
      </section>
      <section aria-labelledby="settling" className="flex flex-col gap-3">
        <h2 id="settling" className="text-2xl font-bold">{t("jobs.detail.settling")}</h2>
        {offers.length ? (
          <ul className="list-disc ps-6">{offers.map((o) => <li key={o}>{t(`vacancy.offers.${o}`)}</li>)}</ul>
        ) : (
          <p className="text-ink-muted">{t("jobs.detail.noSettling")}</p>
        )}
        <p>{t("jobs.detail.lmiaStatus", { status: t(`vacancy.lmiaStatuses.${v.lmiaStatus}`) })}</p>
      </section>
      {(v.employer.description || v.employer.website) && (
        <section aria-labelledby="employer" className="flex flex-col gap-3">
          <h2 id="employer" className="text-2xl font-bold">{t("jobs.detail.aboutEmployer")}</h2>
          {v.employer.description && <p className="whitespace-pre-line">{v.employer.description}</p>}
          {v.employer.website && (
            <p>
              <a href={v.employer.website} rel="noopener noreferrer nofollow">{t("jobs.detail.website")}</a>
            </p>
          )}
        </section>
      )}
      <section aria-labelledby="apply" className="flex flex-col gap-3 rounded-lg border border-brand-200 bg-brand-50 p-6">
        <h2 id="apply" className="text-2xl font-bold">{t("jobs.detail.apply")}</h2>
        <p>{t("jobs.detail.applyBody")}</p>
        <div>
          <ButtonLink href="/inscription/candidat">{t("jobs.detail.applyCta")}</ButtonLink>
        </div>
      </section>
    </Container>
  );
}
