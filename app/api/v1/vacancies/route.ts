import { publicVacancyFeed } from "@/lib/server/services/vacancy-feed";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/vacancies?region=02,08&noc=72106&q=soudeur&page=1: the public job board as a paginated JSON feed for
 * partner sites and aggregators (published vacancies of verified employers only; no personal data).
 */
export async function GET(request: Request) {
  return publicVacancyFeed(request);
}

export async function OPTIONS() {
  return new Response(null, { status: 204, headers: { "Access-Control-Allow-Origin": "*", "Access-Control-Allow-Methods": "GET, OPTIONS", "Access-Control-Max-Age": "86400" } });
}
