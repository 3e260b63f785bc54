import type { Role } from "@/lib/generated/prisma/enums";

/** Where each role lands after signing in. */
export function homePathFor(role: Role): string {
  switch (role) {
    case "CANDIDATE": return "/candidat/profil";
    case "EMPLOYER": return "/employeur";
    case "ADVISOR": return "/conseiller/verifications";
    case "ADMIN": return "/admin";
  }
}
