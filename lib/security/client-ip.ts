// The address a request came from, for the audit log and sign-in throttling (pure; lib/server/request-context.ts
// applies it to the current request).
//
// Behind a reverse proxy (TRUST_PROXY=true) the address is the entry of X-Forwarded-For that our own proxy wrote:
// the last one, or the TRUST_PROXY_HOPS-th from the end with several proxies in a row. Earlier entries are written
// by the client and never trusted. Without a trusted proxy, X-Forwarded-For is ignored altogether: the address is
// the TCP peer's, which the server stamps on every request in PEER_HEADER (lib/server/peer-address.ts), replacing
// any value a client sent.

export const PEER_HEADER = "x-passerelle-peer";

type HeaderGetter = (name: string) => string | null | undefined;

/** "::ffff:192.0.2.1" -> "192.0.2.1"; trims; at most 64 characters of [0-9a-f.:]; anything else is no address. */
export function normaliseIp(raw: string | null | undefined): string | null {
  const v = (raw ?? "").trim().toLowerCase().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, "");
  return /^[0-9a-f.:]{2,64}$/.test(v) ? v : null;
}

export function clientIp(get: HeaderGetter, opts: { trustProxy: boolean; hops: number }): string | null {
  if (opts.trustProxy) {
    const chain = (get("x-forwarded-for") ?? "").split(",").map((s) => s.trim()).filter(Boolean);
    const fromProxy = chain.length >= opts.hops ? normaliseIp(chain[chain.length - opts.hops]) : null;
    if (fromProxy) return fromProxy;
  }
  return normaliseIp(get(PEER_HEADER));
}
