import "server-only";
import { AppError } from "@/lib/server/errors";

/**
 * For pages: runs a data function and turns the expected refusals a page shows in place of its content into a
 * value (rate limit: the 429 page; not verified: the verification notice). Anything else is thrown as usual.
 */
export async function pageData<T>(load: () => Promise<T>): Promise<{ ok: true; data: T } | { ok: false; reason: "rateLimited" | "notVerified" }> {
  try {
    return { ok: true, data: await load() };
  } catch (e) {
    if (e instanceof AppError && e.code === "RATE_LIMITED") return { ok: false, reason: "rateLimited" };
    if (e instanceof AppError && e.code === "FORBIDDEN" && e.messageKey === "employer.errors.notVerified") return { ok: false, reason: "notVerified" };
    throw e;
  }
}
