import { searchMunicipalities } from "@/lib/server/dal/municipalities";
import { referenceLookupResponse } from "@/lib/server/reference-api";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/municipalities?q=trois riv&limit=10 -> [{ code, name, regionCode, regionNameFr, regionNameEn, mrcName,
 * inCmm }], best first (accents and case ignored). Public reference data.
 */
export async function GET(request: Request) {
  return referenceLookupResponse(request, (p) => searchMunicipalities(null, p.q, p.limit));
}
