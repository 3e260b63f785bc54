import { vacancyCsvTemplate } from "@/lib/domain/vacancy/csv-columns";

/** GET /employeur/postes/import/modele?langue=fr|en: the CSV template (header and one example row). */
export async function GET(request: Request) {
  const lang = new URL(request.url).searchParams.get("langue") === "en" ? "en" : "fr";
  return new Response(vacancyCsvTemplate(lang), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${lang === "fr" ? "modele-postes" : "positions-template"}.csv"`,
      "Cache-Control": "public, max-age=3600",
    },
  });
}
