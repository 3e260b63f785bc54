import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authSecret, env, secureCookies } from "@/lib/env";
import { authenticate } from "@/lib/server/services/authentication";
import { RateLimitedError } from "@/lib/server/errors";

// next-auth 4, credentials + JWT sessions: nothing about a session is kept in the web process, so any instance
// behind a load balancer can serve any request. The JWT carries the user's sessionVersion; getSession() compares it
// with the database on every request, which is how "sign out everywhere" revokes tokens already issued.

// Built on first use (not at import), so that `next build` needs no environment.
let options: NextAuthOptions | undefined;
export function getAuthOptions(): NextAuthOptions {
  return (options ??= buildAuthOptions());
}

function buildAuthOptions(): NextAuthOptions {
  return {
    // parseEnv requires NEXTAUTH_SECRET in production; the fallback only serves development and tests.
    secret: authSecret(),
    session: { strategy: "jwt", maxAge: env().SESSION_MAX_AGE_HOURS * 3600 },
    pages: { signIn: "/connexion", error: "/connexion" },
    useSecureCookies: secureCookies(),
    providers: [
      CredentialsProvider({
        name: "credentials",
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(credentials, req) {
          const ip = String((req?.headers as Record<string, string> | undefined)?.["x-forwarded-for"] ?? "").split(",")[0].trim() || null;
          // A throttled attempt throws: next-auth answers { error: "RATE_LIMITED" } and the form translates it.
          const user = await authenticate(credentials?.email, credentials?.password, ip).catch((e) => {
            if (e instanceof RateLimitedError) throw new Error("RATE_LIMITED");
            throw e;
          });
          return user ? { id: user.id, email: user.email, name: user.name, role: user.role, sv: user.sessionVersion } : null;
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (user) {
          const u = user as unknown as { id: string; role: string; sv: number };
          token.uid = u.id;
          token.role = u.role;
          token.sv = u.sv;
        }
        return token;
      },
      async session({ session, token }) {
        // Only what the browser needs; authorization never trusts this copy (see lib/server/auth.ts).
        return { ...session, user: { ...session.user, id: token.uid, role: token.role, sv: token.sv } };
      },
    },
  };
}
