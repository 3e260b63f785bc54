import "server-only";
import { redirect } from "next/navigation";
import { getSession, getSessionWithId, type SessionUser } from "@/lib/server/auth";
import { homePathFor } from "@/lib/auth/home-path";
import type { Role } from "@/lib/generated/prisma/enums";

/**
 * For pages of one audience: the signed-in user, or a redirect (to sign-in, or to the user's own home when the page
 * is for another role). A convenience for the page only: every data function still checks the actor itself.
 */
export async function requirePageRole(...roles: Role[]): Promise<SessionUser> {
  const user = await getSession();
  if (!user) redirect((await getSessionWithId())?.status === "needs-mfa" ? "/deux-facteurs" : "/connexion");
  if (!roles.includes(user.role)) redirect(homePathFor(user.role));
  return user;
}
