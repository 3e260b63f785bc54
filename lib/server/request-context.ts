import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";
import { clientIp } from "@/lib/security/client-ip";

/** The client address of a header set (see lib/security/client-ip.ts for which header is believed). */
export function ipFromHeaders(get: (name: string) => string | null | undefined): string | null {
  const e = env();
  return clientIp(get, { trustProxy: e.TRUST_PROXY ?? false, hops: e.TRUST_PROXY_HOPS });
}

/** The current request's client address; null outside a request (background jobs, scripts, tests). */
export async function requestIp(): Promise<string | null> {
  try {
    const h = await headers();
    return ipFromHeaders((n) => h.get(n));
  } catch {
    return null;
  }
}
