import "server-only";
import pino from "pino";
import { logLevel } from "@/lib/env";

// Structured JSON logs on stdout; never log passwords, tokens or profile contents (redacted if they slip in).
export const logger = pino({
  level: logLevel(),
  base: { service: "passerelle-regions" },
  redact: { paths: ["password", "*.password", "token", "*.token", "passwordHash", "*.passwordHash"], censor: "[redacted]" },
});
