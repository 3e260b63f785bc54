import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authSecret, env, secureCookies } from "@/lib/env";
import { authenticate } from "@/lib/server/services/authentication";
import { RateLimitedError } from "@/lib/server/errors";
import { createAuthSession, revokeAuthSession } from "@/lib/server/auth-sessions";
import { ipFromHeaders } from "@/lib/server/request-context";
import { sessionCookie } from "@/lib/security/session-policy";

// next-auth 4, credentials + JWT: the web processes keep nothing in memory, so any instance behind a load balancer
// can serve any request. The JWT carries the user id, the user's sessionVersion and the id of a session row
// (AuthSession); getSession() checks both against the database on every request: "sign out everywhere", sign-out,
// idle and absolute time-outs and the second factor are all decided there (docs/decisions/0002 and 0013).

// Built on first use (not at import), so that `next build` needs no environment.
let options: NextAuthOptions | undefined;
export function getAuthOptions(): NextAuthOptions {
  return (options ??= buildAuthOptions());
}

function buildAuthOptions(): NextAuthOptions {
  const secure = secureCookies();
  return {
    // parseEnv requires NEXTAUTH_SECRET in production; the fallback only serves development and tests.
    secret: authSecret(),
    session: { strategy: "jwt", maxAge: env().SESSION_MAX_AGE_HOURS * 3600 },
    pages: { signIn: "/connexion", error: "/connexion" },
    useSecureCookies: secure,
    // Stated rather than left to next-auth's defaults, so that tests/unit/session.test.ts holds them.
    cookies: { sessionToken: sessionCookie(secure, env().SESSION_MAX_AGE_HOURS) },
    providers: [
      CredentialsProvider({
        name: "credentials",
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(credentials, req) {
          const h = (req?.headers ?? {}) as Record<string, string | undefined>;
          const ip = ipFromHeaders((n) => h[n] ?? null);
          // A throttled attempt throws: next-auth answers { error: "RATE_LIMITED" } and the form translates it.
          const user = await authenticate(credentials?.email, credentials?.password, ip).catch((e) => {
            if (e instanceof RateLimitedError) throw new Error("RATE_LIMITED");
            throw e;
          });
          if (!user) return null;
          const sid = await createAuthSession(user.id, ip);
          return { id: user.id, email: user.email, name: user.name, role: user.role, sv: user.sessionVersion, sid };
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (user) {
          const u = user as unknown as { id: string; role: string; sv: number; sid: string };
          token.uid = u.id;
          token.role = u.role;
          token.sv = u.sv;
          token.sid = u.sid;
        }
        return token;
      },
      async session({ session, token }) {
        // Only what the browser needs; authorization never trusts this copy (see lib/server/auth.ts).
        return { ...session, user: { ...session.user, id: token.uid, role: token.role, sv: token.sv, sid: token.sid } };
      },
    },
    events: {
      // Sign-out ends the session on the server too: a copy of the cookie is worthless afterwards.
      async signOut({ token }) {
        if (typeof token?.sid === "string") await revokeAuthSession(token.sid);
      },
    },
  };
}
