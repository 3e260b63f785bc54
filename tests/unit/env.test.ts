import { describe, expect, it } from "vitest";
import { parseEnv, EnvError } from "@/lib/env";

const base = { DATABASE_URL: "postgresql://u:p@localhost:5432/db" };

describe("parseEnv", () => {
  it("applies defaults", () => {
    const env = parseEnv(base);
    expect(env.PORT).toBe(3000);
    expect(env.REFERENCE_DATA_DIR).toBe("../shared/data");
    expect(env.NODE_ENV).toBe("development");
    expect(env.MIN_HOURLY_WAGE_CENTS).toBe(1610);
  });
  it("coerces numbers and booleans", () => {
    const env = parseEnv({ ...base, PORT: "8080", SECURE_COOKIES: "false", DB_POOL_MAX: "25" });
    expect(env.PORT).toBe(8080);
    expect(env.SECURE_COOKIES).toBe(false);
    expect(env.DB_POOL_MAX).toBe(25);
  });
  it("refuses a missing or non-PostgreSQL DATABASE_URL, naming the variable", () => {
    expect(() => parseEnv({})).toThrow(/DATABASE_URL/);
    expect(() => parseEnv({ DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL: must be a postgresql/);
  });
  it("refuses a bad port and a short secret", () => {
    expect(() => parseEnv({ ...base, PORT: "70000" })).toThrow(/PORT/);
    expect(() => parseEnv({ ...base, NEXTAUTH_SECRET: "short" })).toThrow(/NEXTAUTH_SECRET/);
  });
  it("requires a secret in production", () => {
    expect(() => parseEnv({ ...base, NODE_ENV: "production" })).toThrow(EnvError);
    expect(parseEnv({ ...base, NODE_ENV: "production", NEXTAUTH_SECRET: "x".repeat(32) }).NODE_ENV).toBe("production");
  });
});
