import { z } from "zod";

// The one place that reads process.env (STYLE.md §7). Parsed lazily so that importing a module that needs
// one variable does not fail for another; every variable is documented in .env.example.
const ZBool = z.enum(["true", "false", "1", "0"]).transform((v) => v === "true" || v === "1");

export const ZEnv = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, "must be a postgresql:// URL"),
  NEXTAUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  NEXTAUTH_URL: z.url().optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  REFERENCE_DATA_DIR: z.string().min(1).default("../shared/data"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  DB_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  SESSION_MAX_AGE_HOURS: z.coerce.number().positive().default(12),
  SESSION_IDLE_MINUTES: z.coerce.number().positive().default(30),
  // Client address for the audit log and sign-in throttling: from X-Forwarded-For only behind a trusted proxy.
  TRUST_PROXY: ZBool.optional(),
  TRUST_PROXY_HOPS: z.coerce.number().int().min(1).max(10).default(1),
  RETENTION_INACTIVE_MONTHS: z.coerce.number().int().min(1).max(240).default(24),
  PRIVACY_OFFICER_EMAIL: z.email().default("confidentialite@passerelle-regions.quebec"),
  MIN_HOURLY_WAGE_CENTS: z.coerce.number().int().positive().default(1610),
  SMTP_URL: z.string().optional(),
  SECURE_COOKIES: ZBool.optional(),
  // Uploaded files (event CVs): on disk under STORAGE_DIR, or in an S3-compatible bucket (lib/server/storage).
  STORAGE_DRIVER: z.enum(["disk", "s3"]).default("disk"),
  STORAGE_DIR: z.string().min(1).default(".data/uploads"),
  S3_ENDPOINT: z.url().optional(),
  S3_REGION: z.string().min(1).default("us-east-1"),
  S3_BUCKET: z.string().min(3).optional(),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  S3_FORCE_PATH_STYLE: ZBool.optional(),
});
export type TEnv = z.infer<typeof ZEnv>;

export class EnvError extends Error {}

export function parseEnv(source: Record<string, string | undefined>): TEnv {
  const r = ZEnv.safeParse(source);
  if (!r.success) {
    const lines = r.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new EnvError(`Invalid environment (see .env.example):\n${lines.join("\n")}`);
  }
  const env = r.data;
  if (env.NODE_ENV === "production" && !env.NEXTAUTH_SECRET) {
    throw new EnvError("Invalid environment (see .env.example):\n  NEXTAUTH_SECRET: required in production");
  }
  return env;
}

/** The log level alone (loggers are created at import time, before the rest of the environment may be needed). */
export function logLevel(source: Record<string, string | undefined> = process.env): TEnv["LOG_LEVEL"] {
  return ZEnv.shape.LOG_LEVEL.catch("info").parse(source.LOG_LEVEL);
}

let cached: TEnv | undefined;
export function env(): TEnv {
  return (cached ??= parseEnv(process.env));
}

// Used only outside production (parseEnv requires NEXTAUTH_SECRET there): development, tests, the demo seed.
const DEVELOPMENT_SECRET = "development-only-secret-change-me-please-0123456789";

/** The server's signing secret (session JWTs) and the root of the keys derived from it (TOTP secret encryption). */
export function authSecret(e: TEnv = env()): string {
  return e.NEXTAUTH_SECRET ?? DEVELOPMENT_SECRET;
}

/** Cookies carry Secure when asked to, or by default in production behind https. */
export function secureCookies(e: TEnv = env()): boolean {
  return e.SECURE_COOKIES ?? (e.NODE_ENV === "production" && (e.NEXTAUTH_URL ?? "").startsWith("https://"));
}
