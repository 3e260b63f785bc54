import type { ReactNode } from "react";
import { redirect } from "next/navigation";
import { getSession } from "@/lib/server/auth";
import { homePathFor } from "@/lib/auth/home-path";

// Candidate pages: a visitor is sent to sign in, another role to its own home. (Only a convenience: every data
// function and action checks the role again.)
export default async function CandidateLayout({ children }: { children: ReactNode }) {
  const user = await getSession();
  if (!user) redirect("/connexion");
  if (user.role !== "CANDIDATE") redirect(homePathFor(user.role));
  return children;
}
