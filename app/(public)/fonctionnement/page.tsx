import type { Metadata } from "next";
import Link from "next/link";
import { Container } from "@/components/layout/container";
import { getLocale, getT } from "@/lib/i18n/server";
import { formatPercent } from "@/lib/i18n/format";
import { WEIGHTS, WEIGHTS_WITH_ENGLISH, FACTOR_ORDER } from "@/lib/domain/matching";
import { MATCH_SCALE_CUTOFFS, MATCH_SCALE_STEPS } from "@/lib/domain/matching-scale";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT();
  return { title: t("matching.how.metaTitle"), description: t("matching.how.intro") };
}

/**
 * "How ranking works", in plain language, for everyone: what the engine reads and with what weight (the real
 * weights, read from the engine), what it never reads, and that a person, not the engine, makes every decision.
 */
export default async function HowRankingWorksPage() {
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  const pct = (x: number) => formatPercent(locale, x);
  const factors = FACTOR_ORDER.filter((k) => k in WEIGHTS_WITH_ENGLISH);
  const never = ["nationality", "country", "age", "sex", "name", "contact", "family", "religion", "photo"] as const;
  const rights = ["consent", "explain", "freshness", "correct", "review"] as const;
  return (
    <>
      <section className="border-b border-brand-100 bg-brand-50">
        <Container className="py-8">
          <h1 className="text-3xl font-bold sm:text-4xl">{t("matching.how.title")}</h1>
          <p className="mt-2 max-w-3xl text-lg">{t("matching.how.intro")}</p>
        </Container>
      </section>
      <Container className="flex max-w-3xl flex-col gap-10 py-8">
        <section aria-labelledby="decides" className="flex flex-col gap-3 rounded-lg border-s-4 border-brand-600 bg-white p-4">
          <h2 id="decides" className="text-2xl font-bold">{t("matching.how.decidesTitle")}</h2>
          <p>{t("matching.how.decides1")}</p>
          <p>{t("matching.how.decides2")}</p>
        </section>

        <section aria-labelledby="reads" className="flex flex-col gap-3">
          <h2 id="reads" className="text-2xl font-bold">{t("matching.how.readsTitle")}</h2>
          <p>{t("matching.how.readsIntro")}</p>
          <div className="overflow-x-auto rounded border border-line" role="region" aria-labelledby="weights-caption" tabIndex={0}>
            <table className="w-full border-collapse text-start">
              <caption id="weights-caption" className="px-3 py-2 text-start font-bold text-brand-800">{t("matching.how.weightsCaption")}</caption>
              <thead className="bg-surface">
                <tr>
                  <th scope="col" className="border-b-2 border-line-strong px-3 py-2 text-start">{t("matching.how.factor")}</th>
                  <th scope="col" className="border-b-2 border-line-strong px-3 py-2 text-end">{t("matching.how.weight")}</th>
                  <th scope="col" className="border-b-2 border-line-strong px-3 py-2 text-end">{t("matching.how.weightWithEnglish")}</th>
                  <th scope="col" className="border-b-2 border-line-strong px-3 py-2 text-start">{t("matching.how.what")}</th>
                </tr>
              </thead>
              <tbody>
                {factors.map((k) => (
                  <tr key={k} className="border-b border-line align-top last:border-b-0">
                    <th scope="row" className="px-3 py-2 text-start font-semibold">{t(`matching.factors.${k}`)}</th>
                    <td className="px-3 py-2 text-end whitespace-nowrap">{k in WEIGHTS ? pct(WEIGHTS[k as keyof typeof WEIGHTS]) : "—"}</td>
                    <td className="px-3 py-2 text-end whitespace-nowrap">{pct(WEIGHTS_WITH_ENGLISH[k as keyof typeof WEIGHTS_WITH_ENGLISH])}</td>
                    <td className="px-3 py-2">{t(`matching.how.factorText.${k}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p>{t("matching.how.region")}</p>
          <p>{t("matching.how.languages")}</p>
        </section>

        <section aria-labelledby="never" className="flex flex-col gap-3">
          <h2 id="never" className="text-2xl font-bold">{t("matching.how.neverTitle")}</h2>
          <p>{t("matching.how.neverIntro")}</p>
          <ul className="list-disc ps-6">
            {never.map((k) => (
              <li key={k}>{t(`matching.how.never.${k}`)}</li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="score" className="flex flex-col gap-3">
          <h2 id="score" className="text-2xl font-bold">{t("matching.how.scoreTitle")}</h2>
          <p>{t("matching.how.score")}</p>
          <ul className="list-disc ps-6">
            {[...MATCH_SCALE_STEPS].reverse().map((s) => (
              <li key={s}>
                {s === 1
                  ? t("matching.how.stepBelow", { label: t(`matching.scale.steps.${s}`), from: MATCH_SCALE_CUTOFFS[2] })
                  : t("matching.how.stepFrom", { label: t(`matching.scale.steps.${s}`), from: MATCH_SCALE_CUTOFFS[s as 2 | 3 | 4 | 5] })}
              </li>
            ))}
          </ul>
          <p>{t("matching.how.sameEngine")}</p>
        </section>

        <section aria-labelledby="rights" className="flex flex-col gap-3">
          <h2 id="rights" className="text-2xl font-bold">{t("matching.how.rightsTitle")}</h2>
          <ul className="list-disc ps-6">
            {rights.map((k) => (
              <li key={k}>{t(`matching.how.rights.${k}`)}</li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="developers" className="flex flex-col gap-3">
          <h2 id="developers" className="text-2xl font-bold">{t("matching.how.developersTitle")}</h2>
          <p>
            {t("matching.how.developers")} <a href="/api/v1/openapi.json">{t("matching.how.openApiLink")}</a>
          </p>
          <p>
            <Link href="/emplois">{t("matching.how.boardLink")}</Link>
          </p>
        </section>
      </Container>
    </>
  );
}
