import type { Role } from "@/lib/generated/prisma/enums";

// The main navigation for each audience. Paths are French in both languages (the product is French-first);
// labels are message keys. Pure, so that it is unit-tested and shared by the header and any sitemap.

export type NavItem = { href: string; labelKey: string };

const SIGNED_OUT: readonly NavItem[] = [
  { href: "/emplois", labelKey: "common.nav.jobs" },
  { href: "/evenements", labelKey: "common.nav.events" },
  { href: "/inscription/candidat", labelKey: "common.nav.candidates" },
  { href: "/inscription/employeur", labelKey: "common.nav.employers" },
  { href: "/connexion", labelKey: "common.nav.signIn" },
];

const CANDIDATE: readonly NavItem[] = [
  { href: "/candidat/profil", labelKey: "common.nav.profile" },
  { href: "/candidat/offres", labelKey: "common.nav.recommendedJobs" },
  { href: "/candidat/invitations", labelKey: "common.nav.invitations" },
  { href: "/candidat/messages", labelKey: "recruiting.nav.messages" },
  { href: "/candidat/evenements", labelKey: "common.nav.events" },
  { href: "/candidat/plan", labelKey: "integration.nav.myPlan" },
];

const EMPLOYER: readonly NavItem[] = [
  { href: "/employeur", labelKey: "common.nav.dashboard" },
  { href: "/employeur/postes", labelKey: "common.nav.postings" },
  { href: "/employeur/recherche", labelKey: "common.nav.candidateSearch" },
  { href: "/employeur/messages", labelKey: "recruiting.nav.messages" },
  { href: "/employeur/evenements", labelKey: "common.nav.events" },
  { href: "/employeur/organisation", labelKey: "common.nav.organisation" },
];

const ADVISOR: readonly NavItem[] = [
  { href: "/conseiller/verifications", labelKey: "common.nav.verifications" },
  { href: "/conseiller/evenements", labelKey: "common.nav.events" },
  { href: "/conseiller/accompagnement", labelKey: "common.nav.accompaniment" },
  { href: "/conseiller/tableau", labelKey: "common.nav.regionalDashboard" },
  { href: "/conseiller/revisions", labelKey: "common.nav.reviews" },
];

const ADMIN: readonly NavItem[] = [...ADVISOR, { href: "/admin", labelKey: "common.nav.admin" }];

/** The links of the main navigation for a role, or for a visitor who is not signed in (null). */
export function navItemsFor(role: Role | null | undefined): readonly NavItem[] {
  switch (role) {
    case "CANDIDATE":
      return CANDIDATE;
    case "EMPLOYER":
      return EMPLOYER;
    case "ADVISOR":
      return ADVISOR;
    case "ADMIN":
      return ADMIN;
    default:
      return SIGNED_OUT;
  }
}

/**
 * The link to mark as the current page: the one whose path is the pathname or its longest prefix at a segment
 * boundary, so /employeur/postes/123 marks "Postes" and not the dashboard (/employeur).
 */
export function activeHref(pathname: string | null | undefined, hrefs: readonly string[]): string | null {
  if (!pathname) return null;
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, "") : pathname;
  let best: string | null = null;
  for (const href of hrefs) {
    const matches = path === href || (href !== "/" && path.startsWith(`${href}/`));
    if (matches && (!best || href.length > best.length)) best = href;
  }
  return best;
}
