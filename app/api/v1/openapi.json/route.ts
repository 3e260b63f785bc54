import { openApiResponse } from "@/lib/server/services/matching-openapi";

export const dynamic = "force-dynamic";

/** GET /api/v1/openapi.json: the OpenAPI 3.1 description of the matching API. Public. */
export async function GET(request: Request) {
  return openApiResponse(request);
}
