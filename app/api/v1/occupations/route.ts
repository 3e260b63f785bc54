import { suggestOccupations } from "@/lib/server/dal/occupations";
import { referenceLookupResponse } from "@/lib/server/reference-api";

export const dynamic = "force-dynamic";

/** GET /api/v1/occupations?q=soudeuse&locale=fr&limit=10 -> [{ code, title, matchedTitle }], best first. Public. */
export async function GET(request: Request) {
  return referenceLookupResponse(request, (p) => suggestOccupations(p.q, { locale: p.locale, limit: p.limit }));
}
