import "server-only";
import { getSession } from "@/lib/server/auth";
import { AppError, UnauthenticatedError } from "@/lib/server/errors";
import { toActionError } from "@/lib/server/actions/safe-action";
import { getT } from "@/lib/i18n/server";
import { getImportProgress } from "@/lib/server/dal/imports";
import { IMPORT_MAX_BYTES, ImportFileError, startVacancyImport } from "@/lib/server/services/vacancy-import";
import { revalidatePath } from "next/cache";
import { hitRateLimit } from "@/lib/server/rate-limit";

// HTTP side of the CSV upload. The body is read as a stream and dropped as soon as it passes the size limit, so a
// 50 MB file is refused without being held in memory. A cross-site page cannot post here: the request must come
// from our own origin and carry the X-File-Name header (which a plain HTML form cannot send).

const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409, INVALID: 400, RATE_LIMITED: 429 };

async function readLimited(request: Request, max: number): Promise<Uint8Array | null> {
  const declared = Number(request.headers.get("content-length") ?? "NaN");
  if (Number.isFinite(declared) && declared > max) return null;
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.byteLength;
  }
  return out;
}

function sameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return false;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

export async function uploadVacancyImport(request: Request): Promise<Response> {
  const t = await getT();
  const fail = (status: number, code: string, message: string, fieldErrors?: Record<string, string>) =>
    Response.json({ ok: false, error: { code, message, ...(fieldErrors ? { fieldErrors } : {}) } }, { status });
  if (!sameOrigin(request) || !request.headers.get("x-file-name")) return fail(403, "FORBIDDEN", t("errors.forbidden"));
  const actor = await getSession();
  if (!actor) return fail(401, "UNAUTHENTICATED", t("errors.unauthenticated"));
  if (!(await hitRateLimit(`import-upload:${actor.id}`, 60, 3600)).allowed) return fail(429, "RATE_LIMITED", t("errors.rateLimited"));
  const bytes = await readLimited(request, IMPORT_MAX_BYTES);
  if (bytes === null) {
    const message = t("vacancy.import.errors.tooLarge", { max: IMPORT_MAX_BYTES / 1024 / 1024 });
    return fail(413, "INVALID", message, { file: message });
  }
  let name = "import.csv";
  try {
    name = decodeURIComponent(request.headers.get("x-file-name") ?? name);
  } catch {
    /* keep the default name */
  }
  try {
    const r = await startVacancyImport(actor, { name, bytes });
    revalidatePath("/employeur/postes/import");
    return Response.json({ ok: true, data: r });
  } catch (e) {
    if (e instanceof ImportFileError) {
      const message = t(e.messageKey, e.vars);
      return fail(400, "INVALID", message, { file: message });
    }
    const err = toActionError(e, t);
    return fail(e instanceof AppError ? (STATUS[e.code] ?? 400) : 500, err.code, err.message, err.fieldErrors);
  }
}

export async function importProgressResponse(importId: string): Promise<Response> {
  const t = await getT();
  try {
    const actor = await getSession();
    if (!actor) throw new UnauthenticatedError();
    const p = await getImportProgress(actor, importId);
    return Response.json({ ok: true, data: p }, { headers: { "Cache-Control": "no-store" } });
  } catch (e) {
    const err = toActionError(e, t);
    return Response.json({ ok: false, error: err }, { status: e instanceof AppError ? (STATUS[e.code] ?? 400) : 500 });
  }
}
