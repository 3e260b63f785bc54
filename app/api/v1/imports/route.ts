import { uploadVacancyImport } from "@/lib/server/services/import-upload";

export const dynamic = "force-dynamic";

/**
 * POST /api/v1/imports: the CSV file of vacancies as the request body (Content-Type text/csv, its name in the
 * X-File-Name header). Answers like a server action: { ok: true, data: { importId, status } } or { ok: false, error }.
 */
export async function POST(request: Request) {
  return uploadVacancyImport(request);
}
