import "server-only";
import { getSession } from "@/lib/server/auth";
import { AppError, UnauthenticatedError } from "@/lib/server/errors";
import { toActionError } from "@/lib/server/actions/safe-action";
import { hitRateLimit } from "@/lib/server/rate-limit";
import { storeCvFile, getApplicationCvForEmployer } from "@/lib/server/dal/events-applications";
import { getBookingIcs } from "@/lib/server/dal/events-interviews";
import { exportEventDashboardCsv } from "@/lib/server/dal/events";
import { listRegions } from "@/lib/server/dal/municipalities";
import { CV_MAX_BYTES, readPdfUpload, UploadError } from "@/lib/server/storage";
import { getLocale, getT } from "@/lib/i18n/server";

// HTTP side of Journées Québec files: the CV upload (a raw PDF body, streamed through the size and type checks),
// the CV an organisation opens, .ics calendar files and the dashboard's CSV. Each handler authorises through the data
// layer like any page; answers are JSON errors with translated messages, or the file.

const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409, INVALID: 400, RATE_LIMITED: 429 };

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

async function failure(e: unknown): Promise<Response> {
  const t = await getT();
  const err = toActionError(e, t);
  return Response.json({ ok: false, error: err }, { status: e instanceof AppError ? (STATUS[e.code] ?? 400) : 500 });
}

/**
 * POST a CV as the raw request body (Content-Type application/pdf, X-File-Name header). Refused before reading when
 * the declared size is too large, and while reading at the 5 MB mark; the type is judged from the bytes.
 */
export async function uploadCv(request: Request): Promise<Response> {
  const t = await getT();
  const fail = (status: number, code: string, message: string) => Response.json({ ok: false, error: { code, message, fieldErrors: { file: message } } }, { status });
  // A cross-site page cannot post here: same origin, and a custom header a plain HTML form cannot send.
  if (!sameOrigin(request) || !request.headers.get("x-file-name")) return fail(403, "FORBIDDEN", t("errors.forbidden"));
  const actor = await getSession();
  if (!actor) return fail(401, "UNAUTHENTICATED", t("errors.unauthenticated"));
  if (!(await hitRateLimit(`event-cv:${actor.id}`, 30, 3600)).allowed) return fail(429, "RATE_LIMITED", t("errors.rateLimited"));
  let name = "cv.pdf";
  try {
    name = decodeURIComponent(request.headers.get("x-file-name") ?? name);
  } catch {
    /* keep the default name */
  }
  try {
    const checked = await readPdfUpload(request.body, { maxBytes: CV_MAX_BYTES, declaredLength: Number(request.headers.get("content-length") ?? "NaN") });
    const file = await storeCvFile(actor, { ...checked, fileName: name });
    return Response.json({ ok: true, data: file });
  } catch (e) {
    if (e instanceof UploadError) return fail(e.messageKey === "events.errors.fileTooLarge" ? 413 : 400, "INVALID", t(e.messageKey, { max: CV_MAX_BYTES / 1024 / 1024 }));
    return failure(e);
  }
}

const attachment = (fileName: string) => `attachment; filename="${fileName.replace(/[^\w.\- ]/g, "_")}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;

/** The CV of an application, for a member of the organisation it was sent to. */
export async function downloadApplicationCv(applicationId: string): Promise<Response> {
  const actor = await getSession();
  if (!actor) return failure(new UnauthenticatedError());
  try {
    const f = await getApplicationCvForEmployer(actor, applicationId);
    return new Response(Buffer.from(f.bytes), { headers: { "content-type": "application/pdf", "content-disposition": attachment(f.fileName), "cache-control": "private, no-store", "x-content-type-options": "nosniff" } });
  } catch (e) {
    return failure(e);
  }
}

/** The .ics of a booking, for its candidate or its organisation. */
export async function downloadBookingIcs(bookingId: string): Promise<Response> {
  const actor = await getSession();
  if (!actor) return failure(new UnauthenticatedError());
  try {
    const f = await getBookingIcs(actor, bookingId, await getLocale());
    return new Response(f.text, { headers: { "content-type": "text/calendar; charset=utf-8", "content-disposition": attachment(f.fileName), "cache-control": "private, no-store" } });
  } catch (e) {
    return failure(e);
  }
}

/** The dashboard of an event as CSV, for advisors. */
export async function downloadDashboardCsv(eventId: string): Promise<Response> {
  const actor = await getSession();
  if (!actor) return failure(new UnauthenticatedError());
  try {
    const [t, locale, regions] = await Promise.all([getT(), getLocale(), listRegions(null)]);
    const names = new Map(regions.map((r) => [r.code, locale === "en" ? r.nameEn : r.nameFr]));
    const f = await exportEventDashboardCsv(actor, eventId, t, (code) => names.get(code) ?? "");
    return new Response(f.text, { headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": attachment(f.fileName), "cache-control": "private, no-store" } });
  } catch (e) {
    return failure(e);
  }
}
