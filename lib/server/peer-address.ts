import "server-only";
import dc from "node:diagnostics_channel";
import type { IncomingMessage } from "node:http";
import type { Socket } from "node:net";
import { PEER_HEADER } from "@/lib/security/client-ip";

// Next.js gives pages, actions and route handlers the request's headers but not its socket. Before Node hands a
// request to any listener (so before Next.js sees it), this writes the TCP peer's address into PEER_HEADER,
// overwriting whatever a client put there. Installed once per server process by instrumentation.ts. Node's
// documented diagnostics channel "http.server.request.start" (Node >= 18.16), no monkey-patching.

const g = globalThis as unknown as { __peerAddressInstalled?: boolean };

export function installPeerAddressHeader() {
  if (g.__peerAddressInstalled) return;
  g.__peerAddressInstalled = true;
  dc.subscribe("http.server.request.start", (message) => {
    const { request, socket } = message as { request: IncomingMessage; socket: Socket };
    request.headers[PEER_HEADER] = socket.remoteAddress ?? "";
  });
}
