import "server-only";
import { ZVacancyFeedQuery } from "@/lib/schemas/vacancy";
import { searchParamsObject } from "@/lib/schemas/reference";
import { listPublicVacancies, type PublicVacancySummary } from "@/lib/server/dal/vacancies";
import { zodFieldErrors } from "@/lib/server/actions/safe-action";
import { createTranslator } from "@/lib/i18n/translate";
import { logger } from "@/lib/server/logger";
import { publicRateLimited } from "@/lib/server/public-rate-limit";

// The JSON feed of the public board. Its shape is a contract with partner sites: add fields, never rename them.

export const FEED_PAGE_SIZE = 50;
const CORS = { "Access-Control-Allow-Origin": "*" };

function feedItem(v: PublicVacancySummary, origin: string) {
  return {
    id: v.id,
    url: `${origin}/emplois/${v.id}`,
    title: v.title,
    employer: { name: v.employerName, verified: v.employerVerified },
    location: { municipalityCode: v.municipalityCode, municipality: v.municipalityName, regionCode: v.regionCode, inCmm: v.inCmm },
    occupation: { nocCode: v.nocCode, titleFr: v.nocTitleFr, titleEn: v.nocTitleEn },
    employmentType: v.employmentType,
    positions: v.positions,
    hoursPerWeek: v.hoursPerWeek,
    hourlyWage: v.wageMinCents === null ? null : { currency: "CAD", min: v.wageMinCents / 100, max: v.wageMaxCents === null ? null : v.wageMaxCents / 100 },
    minFrenchLevel: v.minFrenchLevel,
    minEnglishLevel: v.minEnglishLevel,
    startDate: v.startDate,
    settlingSupport: { housing: v.offersHousingHelp, relocationAllowance: v.offersRelocation, frenchAtWork: v.offersFrancisation, immigrationSteps: v.offersImmigrationHelp },
    datePosted: v.publishedAt?.toISOString() ?? null,
    validThrough: v.expiresAt?.toISOString() ?? null,
  };
}

export async function publicVacancyFeed(request: Request): Promise<Response> {
  const limited = await publicRateLimited(request, "feed", CORS);
  if (limited) return limited;
  const url = new URL(request.url);
  const raw = searchParamsObject(url.searchParams);
  const parsed = ZVacancyFeedQuery.safeParse(raw);
  if (!parsed.success) {
    const t = createTranslator(raw.locale === "en" ? "en" : "fr");
    return Response.json({ error: { code: "INVALID", message: t("errors.invalidInput"), fieldErrors: zodFieldErrors(parsed.error, t) } }, { status: 400, headers: CORS });
  }
  const q = parsed.data;
  try {
    const r = await listPublicVacancies({ page: q.page, regions: q.region, noc: q.noc, q: q.q }, new Date(), FEED_PAGE_SIZE);
    const totalPages = Math.max(1, Math.ceil(r.total / FEED_PAGE_SIZE));
    const next = new URL(url);
    next.searchParams.set("page", String(q.page + 1));
    return Response.json(
      { page: q.page, pageSize: FEED_PAGE_SIZE, total: r.total, totalPages, next: q.page < totalPages ? next.toString() : null, items: r.items.map((v) => feedItem(v, url.origin)) },
      { headers: { ...CORS, "Cache-Control": "public, max-age=300" } },
    );
  } catch (err) {
    logger.error({ err }, "vacancy feed failed");
    return Response.json({ error: { code: "INTERNAL", message: "Internal error" } }, { status: 500, headers: CORS });
  }
}
