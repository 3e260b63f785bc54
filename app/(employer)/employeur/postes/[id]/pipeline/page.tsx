import Link from "next/link";
import { notFound } from "next/navigation";
import { Container } from "@/components/layout/container";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button-link";
import { PipelineBoard } from "@/components/recruiting/pipeline-board";
import type { PipelineCardData } from "@/components/recruiting/pipeline-types";
import { getT } from "@/lib/i18n/server";
import { formatNumber } from "@/lib/i18n/format";
import { getLocale } from "@/lib/i18n/server";
import { requirePageRole } from "@/lib/server/page-auth";
import { listPipeline } from "@/lib/server/dal/pipeline";
import { pageData } from "@/lib/server/dal/recruiting-page";
import { NotFoundError } from "@/lib/server/errors";
import { cn } from "@/components/ui/cn";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata() {
  const t = await getT();
  return { title: t("recruiting.pipeline.title") };
}

export default async function PipelinePage({ params, searchParams }: Props) {
  const actor = await requirePageRole("EMPLOYER");
  const [{ id }, sp, t, locale] = await Promise.all([params, searchParams, getT(), getLocale()]);
  const view = sp.vue === "liste" ? "table" : "board";
  const result = await pageData(() =>
    listPipeline(actor, id).catch((e) => {
      if (e instanceof NotFoundError) notFound();
      throw e;
    }),
  );
  if (!result.ok) {
    return (
      <Container className="py-8">
        <Alert variant="info" title={t("recruiting.search.notVerifiedTitle")} live="off">
          {t("recruiting.search.notVerifiedBody")}
        </Alert>
      </Container>
    );
  }
  const { vacancy, entries } = result.data;
  const cards: PipelineCardData[] = entries.map((e) => ({
    id: e.id,
    version: e.version,
    stage: e.stage,
    source: e.source,
    stageChangedAt: e.stageChangedAt,
    name: e.identity ? [e.identity.firstName, e.identity.lastName].filter(Boolean).join(" ") || e.identity.email : null,
    occupation: e.card.occupations[0]?.title ?? e.card.occupations[0]?.nocCode ?? "",
    card: { id: e.card.id, frenchLevel: e.card.frenchLevel, confirmedDaysAgo: e.card.confirmedDaysAgo },
    threadId: e.threadId,
    allowedTargets: e.allowedTargets,
  }));
  const tab = (active: boolean) => cn("rounded px-3 py-2 font-semibold no-underline", active ? "bg-brand-600 text-white hover:text-white" : "text-brand-600 hover:bg-brand-50");
  return (
    <Container className="flex flex-col gap-6 py-8">
      <p>
        <Link href={`/employeur/postes/${vacancy.id}`}>← {vacancy.title}</Link>
      </p>
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold">{t("recruiting.pipeline.title")}</h1>
        <p className="text-lg">{t("recruiting.pipeline.vacancy", { title: vacancy.title })}</p>
        <p className="text-ink-muted" data-testid="positions-filled">
          {t("recruiting.pipeline.positions", { filled: formatNumber(locale, vacancy.positionsFilled), positions: formatNumber(locale, vacancy.positions) })}
        </p>
        <p className="max-w-3xl text-ink-muted">{t("recruiting.pipeline.intro")}</p>
      </div>
      <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
        <nav aria-label={t("recruiting.pipeline.viewLabel")} className="flex gap-2">
          <Link href={`/employeur/postes/${vacancy.id}/pipeline`} aria-current={view === "board" ? "page" : undefined} className={tab(view === "board")}>
            {t("recruiting.pipeline.board")}
          </Link>
          <Link href={`/employeur/postes/${vacancy.id}/pipeline?vue=liste`} aria-current={view === "table" ? "page" : undefined} className={tab(view === "table")}>
            {t("recruiting.pipeline.table")}
          </Link>
        </nav>
        <ButtonLink href={`/employeur/recherche?cnp=${vacancy.nocCode}&tri=pertinence&poste=${vacancy.id}`} variant="secondary">
          {t("recruiting.pipeline.search")}
        </ButtonLink>
      </div>
      {entries.length === 0 ? <p className="text-ink-muted">{t("recruiting.pipeline.empty")}</p> : <PipelineBoard entries={cards} view={view} vacancyId={vacancy.id} />}
    </Container>
  );
}
