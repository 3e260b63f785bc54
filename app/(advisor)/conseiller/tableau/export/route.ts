import { getSession } from "@/lib/server/auth";
import { getDashboard } from "@/lib/server/dal/dashboard";
import { dashboardCsv } from "@/lib/server/dal/dashboard-csv";
import { getLocale } from "@/lib/i18n/server";
import { CSV_SECTIONS, parsePeriod, type CsvSection } from "@/lib/domain/integration/dashboard";
import { quebecDateOf } from "@/lib/domain/integration/working-days";

export const dynamic = "force-dynamic";

/** GET /conseiller/tableau/export?section=regions|months|french|occupations&du=&au=: the dashboard's figures as CSV. */
export async function GET(request: Request) {
  const actor = await getSession();
  if (!actor) return Response.json({ error: { code: "UNAUTHENTICATED" } }, { status: 401 });
  if (actor.role !== "ADVISOR" && actor.role !== "ADMIN") return Response.json({ error: { code: "FORBIDDEN" } }, { status: 403 });
  const url = new URL(request.url);
  const sectionParam = url.searchParams.get("section") ?? "regions";
  if (!(CSV_SECTIONS as readonly string[]).includes(sectionParam)) return Response.json({ error: { code: "INVALID" } }, { status: 400 });
  const period = parsePeriod({ du: url.searchParams.get("du"), au: url.searchParams.get("au") }, quebecDateOf(new Date()));
  const [locale, d] = await Promise.all([getLocale(), getDashboard(actor, period)]);
  const { fileName, text } = dashboardCsv(d, sectionParam as CsvSection, locale);
  return new Response(text, {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${fileName}"`, "Cache-Control": "no-store" },
  });
}
