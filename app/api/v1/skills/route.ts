import { suggestSkills } from "@/lib/server/dal/skills";
import { referenceLookupResponse } from "@/lib/server/reference-api";

export const dynamic = "force-dynamic";

/** GET /api/v1/skills?q=soud&locale=fr&limit=10 -> [{ key, label }], best first. Public. */
export async function GET(request: Request) {
  return referenceLookupResponse(request, (p) => suggestSkills(p.q, { locale: p.locale, limit: p.limit }));
}
