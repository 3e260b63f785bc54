import { getRegionShapes } from "@/lib/server/reference-files";
import { logger } from "@/lib/server/logger";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/regions-map -> { width, height, shapes: [{ code, d }] }: the 17 administrative regions' outlines as SVG
 * paths (public reference data, the same for everyone). Browsers and proxies may keep it for a day: it changes only
 * with the reference files, that is with a deployment.
 */
export async function GET() {
  try {
    return Response.json(await getRegionShapes(), { headers: { "Cache-Control": "public, max-age=86400, stale-while-revalidate=604800" } });
  } catch (e) {
    logger.error({ err: e }, "regions map unavailable");
    return Response.json({ error: { code: "INTERNAL", message: "Internal error" } }, { status: 500 });
  }
}
