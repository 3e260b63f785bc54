// Runs once when a Next.js server process starts (https://nextjs.org/docs/app/guides/instrumentation): the background
// job workers (pg-boss) start inside the web server, so that nothing else has to be run. Only in the Node.js runtime
// and not while `next build` collects pages. NEXT_RUNTIME and NEXT_PHASE are Next's own variables, not configuration.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  // Before the first request: every request carries its TCP peer's address (audit log, sign-in throttling).
  (await import("./lib/server/peer-address")).installPeerAddressHeader();
  const { startWorkers } = await import("./lib/server/jobs/workers");
  // Not awaited: the site must answer even while the database (and so pg-boss) is still coming up.
  void startWorkers();
}

// Every error of a page, route handler or action in this process: a database that cannot be reached opens the circuit
// that makes proxy.ts answer a fast 503 (lib/server/db-availability.ts). Reporting only: Next still answers this request.
export async function onRequestError(error: unknown) {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  (await import("./lib/server/db-availability")).noteDatabaseError(error);
}
