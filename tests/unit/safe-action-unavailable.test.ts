import { describe, expect, it } from "vitest";
import { toActionError } from "@/lib/server/actions/safe-action";
import { ConflictError } from "@/lib/server/errors";
import { createTranslator } from "@/lib/i18n/translate";

// A server action run while PostgreSQL is down answers a translated { ok: false } with code UNAVAILABLE, not INTERNAL.
describe("toActionError when the database cannot be reached", () => {
  const unreachable = Object.assign(new Error("Can't reach database server at 127.0.0.1:5432"), { code: "P1001" });

  it("is UNAVAILABLE with a translated message, in French and in English", () => {
    expect(toActionError(unreachable, createTranslator("fr"))).toEqual({ code: "UNAVAILABLE", message: "Le service est momentanément indisponible\u00a0: rien n'a été enregistré. Réessayez dans quelques minutes." });
    expect(toActionError(unreachable, createTranslator("en"))).toEqual({ code: "UNAVAILABLE", message: "The service is temporarily unavailable: nothing was saved. Please try again in a few minutes." });
  });

  it("keeps expected errors and other failures as they were", () => {
    expect(toActionError(new ConflictError(), createTranslator("en")).code).toBe("CONFLICT");
    expect(toActionError(new TypeError("bug"), createTranslator("en")).code).toBe("INTERNAL");
  });
});
