import { importProgressResponse } from "@/lib/server/services/import-upload";

export const dynamic = "force-dynamic";

/** GET /api/v1/imports/:id -> the import's status and progress (for the progress bar); the member's own imports only. */
export async function GET(_request: Request, ctx: RouteContext<"/api/v1/imports/[id]">) {
  const { id } = await ctx.params;
  return importProgressResponse(id);
}
