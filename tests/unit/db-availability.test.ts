import { describe, expect, it } from "vitest";
import { isDatabaseUnavailableError } from "@/lib/server/db-availability";
import { unavailableHtml, unavailableResponse } from "@/lib/server/unavailable-response";

// Shapes recorded from Prisma 7 + @prisma/adapter-pg against an embedded PostgreSQL that was stopped (pg.stop()).
const prismaError = (code: string, cause: Record<string, unknown>, message = "Invalid `prisma.user.count()` invocation") =>
  Object.assign(new Error(message), { name: "PrismaClientKnownRequestError", code, meta: { driverAdapterError: Object.assign(new Error("DriverAdapterError"), { cause }) } });

describe("isDatabaseUnavailableError", () => {
  it.each([
    ["server stopped: cannot connect (model query)", prismaError("P1001", { kind: "DatabaseNotReachable", host: "127.0.0.1", port: 15540 })],
    ["server stopped: cannot connect (raw query)", prismaError("P2010", { kind: "DatabaseNotReachable", host: "127.0.0.1", port: 15540 })],
    ["in-flight query when the server stops (57P01)", prismaError("P2010", { kind: "postgres", code: "57P01", originalCode: "57P01", message: "terminating connection due to administrator command" })],
    ["server starting up (57P03)", prismaError("P2010", { kind: "postgres", code: "57P03", originalCode: "57P03" })],
    ["connection closed", prismaError("P1017", { kind: "ConnectionClosed" })],
    ["interactive transaction on a dead connection", new Error("Client has encountered a connection error and is not queryable")],
    ["pg pool connect time-out", new Error("timeout exceeded when trying to connect")],
    ["idle client terminated (pool error)", Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" })],
    ["socket refused", Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED", syscall: "connect" })],
    ["wrapped in a cause", new Error("render failed", { cause: Object.assign(new Error("x"), { code: "P1001" }) })],
  ])("%s", (_label, error) => {
    expect(isDatabaseUnavailableError(error)).toBe(true);
  });

  it.each([
    ["unique constraint", prismaError("P2002", { kind: "UniqueConstraintViolation", constraint: { fields: ["email"] } })],
    ["foreign key", prismaError("P2003", { kind: "ForeignKeyConstraintViolation" })],
    ["syntax error in a query", prismaError("P2010", { kind: "postgres", code: "42601", originalCode: "42601" })],
    ["a plain bug", new TypeError("cannot read properties of undefined")],
    ["not an error", "oops"],
    ["nothing", undefined],
  ])("not for %s", (_label, error) => {
    expect(isDatabaseUnavailableError(error)).toBe(false);
  });

  it("does not loop on a cycle of causes", () => {
    const a = new Error("a") as Error & { cause?: unknown };
    a.cause = new Error("b", { cause: a });
    expect(isDatabaseUnavailableError(a)).toBe(false);
  });
});

describe("the 503 answered while the database is down", () => {
  it("is a French page by default, English with the English locale cookie, never cached", async () => {
    const fr = unavailableResponse({ pathname: "/emplois", search: "?q=soudeur", localeCookie: undefined });
    expect(fr.status).toBe(503);
    expect(fr.headers.get("cache-control")).toBe("no-store");
    expect(fr.headers.get("retry-after")).toBe("5");
    const frHtml = await fr.text();
    expect(frHtml).toContain('<html lang="fr">');
    expect(frHtml).toContain("Service temporairement indisponible");
    expect(frHtml).toContain('href="/emplois?q=soudeur"');
    const en = await unavailableResponse({ pathname: "/emplois", search: "", localeCookie: "en" }).text();
    expect(en).toContain('<html lang="en">');
    expect(en).toContain("Service temporarily unavailable");
    expect(en).not.toContain("indisponible");
  });

  it("answers JSON for the API", async () => {
    const r = unavailableResponse({ pathname: "/api/v1/vacancies", search: "", localeCookie: "en" });
    expect(r.status).toBe(503);
    expect(await r.json()).toEqual({ error: { code: "UNAVAILABLE", message: "Service temporarily unavailable" } });
  });

  it("escapes the address it links back to", () => {
    expect(unavailableHtml("fr", '/emplois?q="><script>')).not.toContain("<script>");
  });
});
