import Link from "next/link";
import { Container } from "@/components/layout/container";
import { IdentitySection } from "@/components/candidate/identity-section";
import { LocationSection } from "@/components/candidate/location-section";
import { OccupationsSection } from "@/components/candidate/occupations-section";
import { SkillsSection } from "@/components/candidate/skills-section";
import { EducationSection } from "@/components/candidate/education-section";
import { LanguagesSection } from "@/components/candidate/languages-section";
import { MobilitySection } from "@/components/candidate/mobility-section";
import { AvailabilitySection } from "@/components/candidate/availability-section";
import { CompletenessMeter } from "@/components/candidate/completeness-meter";
import { CardPreview } from "@/components/candidate/card-preview";
import { ConsentPanel } from "@/components/candidate/consent-panel";
import { FreshnessBanner } from "@/components/candidate/freshness-banner";
import { SECTION_ANCHORS } from "@/components/candidate/section-anchors";
import { getLocale, getT } from "@/lib/i18n/server";
import { requireRole } from "@/lib/server/auth";
import { getMyAnonymousCard, getMyCandidateProfile } from "@/lib/server/dal/candidate-profile";
import { getLanguageLevels, getRegionsMap } from "@/lib/server/reference-files";
import { PROFILE_SECTIONS } from "@/lib/domain/candidate/options";
import { countryOptions } from "@/lib/domain/candidate/countries";

export async function generateMetadata() {
  const t = await getT();
  return { title: t("candidate.profile.title"), robots: { index: false } };
}

export default async function CandidateProfilePage() {
  const actor = await requireRole("CANDIDATE");
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  const [view, card, map, levels] = await Promise.all([getMyCandidateProfile(actor, { locale }), getMyAnonymousCard(actor, locale), getRegionsMap(), getLanguageLevels()]);
  const v = view.sectionVersions;
  const countries = countryOptions(locale);
  return (
    <Container className="flex flex-col gap-6 py-8">
      <header className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold">{t("candidate.profile.title")}</h1>
        <p className="max-w-3xl text-ink-muted">{t("candidate.profile.intro")}</p>
      </header>
      <FreshnessBanner freshness={view.freshness} />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <aside className="flex flex-col gap-4 lg:order-2 lg:sticky lg:top-4 lg:self-start" aria-label={t("candidate.profile.summary")}>
          <CompletenessMeter completeness={view.completeness} />
          <CardPreview card={card} visible={view.consents.visible_to_employers} />
          <nav aria-labelledby="sections-nav" className="hidden rounded border border-line p-4 lg:block">
            <h2 id="sections-nav" className="text-base font-bold">
              {t("candidate.profile.sectionsNav")}
            </h2>
            <ul className="mt-2 flex flex-col gap-1 text-sm">
              {PROFILE_SECTIONS.map((s) => (
                <li key={s}>
                  <a href={`#${SECTION_ANCHORS[s]}`}>{t(`candidate.sections.${s}.title`)}</a>
                </li>
              ))}
              <li>
                <a href="#consentements">{t("candidate.consent.title")}</a>
              </li>
              <li>
                <Link href="/candidat/compte">{t("candidate.account.title")}</Link>
              </li>
            </ul>
          </nav>
        </aside>
        <div className="flex min-w-0 flex-col gap-6 lg:order-1">
          <IdentitySection initial={view.identity} version={v.identity} email={view.email} countries={countries} />
          <LocationSection initial={view.location} version={v.location} countries={countries} />
          <OccupationsSection initial={view.occupations} version={v.occupations} />
          <SkillsSection initial={view.skills} version={v.skills} />
          <EducationSection initial={view.education} version={v.education} occupations={view.occupations} countries={countries} />
          <LanguagesSection initial={view.languages} version={v.languages} levels={levels} />
          <MobilitySection initial={view.mobility} version={v.mobility} map={map} />
          <AvailabilitySection initial={view.availability} version={v.availability} />
          <ConsentPanel consents={view.consents} />
          <p>
            <Link href="/candidat/compte">{t("candidate.profile.dataRightsLink")}</Link>
          </p>
        </div>
      </div>
    </Container>
  );
}
