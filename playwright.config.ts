import { defineConfig } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${PORT}`;

export default defineConfig({
  testDir: "tests/e2e",
  timeout: 45_000,
  expect: { timeout: 10_000 },
  retries: 0,
  workers: 1,
  reporter: [["list"]],
  outputDir: "test-results",
  use: {
    baseURL,
    browserName: "chromium",
    screenshot: "only-on-failure",
    trace: "retain-on-failure",
    locale: "fr-CA",
    timezoneId: "America/Toronto",
    launchOptions: {
      // Debian's chromium (apt-get install -y chromium); `npx playwright install` cannot download here.
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
    },
  },
  webServer: {
    // Needs a build (scripts/e2e.mjs runs next build first). A separate database "app_e2e", seeded with reference
    // and demo data, so the journeys can sign in with the demo accounts.
    command: `node scripts/with-db.mjs --db ${PORT === 3100 ? "app_e2e" : `app_e2e_${PORT}`} sh -c "npx tsx prisma/seed.ts --if-empty && exec npx next start -p ${PORT} -H 127.0.0.1"`,
    url: `${baseURL}/api/health`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
    stdout: "pipe",
    // The default teardown SIGKILLs the group, which leaves embedded PostgreSQL's postmaster.pid behind.
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
    // SMTP_URL: the local SMTP capture that tests/e2e/recruiting.spec.ts starts (tests/fixtures/smtp-capture.ts).
    env: { SMTP_URL: `smtp://127.0.0.1:${PORT + 1000}`, NEXTAUTH_URL: baseURL, NEXTAUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-0123456789", LOG_LEVEL: "warn", RATE_LIMIT_MULTIPLIER: "1" },
  },
});
