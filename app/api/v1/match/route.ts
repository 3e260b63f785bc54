import { handleMatchRequest } from "@/lib/server/services/matching-api";

export const dynamic = "force-dynamic";

/**
 * POST /api/v1/match?locale=en: ranks candidates for a vacancy, the batch format of `npm run match` over HTTP.
 * For API keys of verified employers and advisors' sessions. Documented at /api/v1/openapi.json.
 */
export async function POST(request: Request) {
  return handleMatchRequest(request);
}
