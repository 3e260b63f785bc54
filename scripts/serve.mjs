// Serves the built app with `next start` in WEB_CONCURRENCY worker processes sharing one port (node:cluster: the
// primary accepts connections and hands them to the workers in turn). One Node.js process renders on one core; the
// web tier keeps no state of its own (sessions are JWTs, rate limits, jobs and caches live in PostgreSQL), so
// workers on one machine are the same thing as instances behind a load balancer: see
// docs/decisions/0014-read-paths-under-load.md (item 4).
//   node scripts/serve.mjs [-p PORT]     WEB_CONCURRENCY: number of workers (default 1; "auto": one per core)
// A worker that dies is replaced (at most 5 times a minute, then the whole server stops, so that a supervisor sees
// it); SIGTERM and SIGINT stop the workers, which finish their requests first (Next's own shutdown).
import cluster from "node:cluster";
import os from "node:os";
import { createRequire } from "node:module";

const args = process.argv.slice(2);
const raw = process.env.WEB_CONCURRENCY ?? "1";
const workers = raw === "auto" ? os.availableParallelism() : Number(raw);
if (!Number.isInteger(workers) || workers < 1) {
  console.error(`serve: WEB_CONCURRENCY must be a positive whole number or "auto" (got "${raw}")`);
  process.exit(2);
}
const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");

if (workers === 1) {
  // One process, as plain `next start` (no primary in between).
  process.argv = [process.argv[0], nextBin, "start", ...args];
  await import(nextBin);
} else {
  cluster.setupPrimary({ exec: nextBin, args: ["start", ...args] });
  let stopping = false;
  const deaths = [];
  const fork = () => cluster.fork();
  for (let i = 0; i < workers; i++) fork();
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    const now = Date.now();
    deaths.push(now);
    while (deaths.length && deaths[0] < now - 60_000) deaths.shift();
    console.error(`[serve] worker ${worker.process.pid} stopped (${signal ?? `status ${code}`})`);
    if (deaths.length > 5) {
      console.error("[serve] workers keep stopping: giving up");
      process.exit(1);
    }
    fork();
  });
  const stop = (signal) => {
    if (stopping) return;
    stopping = true;
    for (const w of Object.values(cluster.workers ?? {})) w?.process.kill(signal);
    setTimeout(() => process.exit(0), 15_000).unref();
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
  console.error(`[serve] ${workers} workers of next start ${args.join(" ")}`);
}
